import { Badge, Button, Card, List, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { complaintDue, personalAs, type Complaint, type ComplaintDue } from '../../shared/complaints';
import type { Navigate } from '../app/useHashRoute';
import { OpenRecordButton } from '../components/table/OpenRecordButton';
import { useMessages } from '../i18n/I18nProvider';
import { useEstateDirectory, useToday } from '../inspections/ui';
import { useSettings } from '../settings/SettingsProvider';
import { useOpenComplaints } from './complaintHooks';
import { ComplaintDrawer } from './ComplaintDrawer';
import { ComplaintDueTag } from './ComplaintStatusTag';

/**
 * Home page: this week's complaints — those past a deadline (逾期) and those whose deadline
 * falls within the warning days (即将到期), the longest overdue first. Read against today, so
 * a complaint turns overdue at midnight without a reload.
 */
export function ComplaintWeekPanel({ navigate }: { readonly navigate: Navigate }) {
  const { complaints: t } = useMessages();
  const { settings } = useSettings();
  const today = useToday();
  const open = useOpenComplaints();
  const directory = useEstateDirectory();
  const [openId, setOpenId] = useState<string | null>(null);
  const due = useMemo(() => {
    const rows: { complaint: Complaint; due: ComplaintDue }[] = [];
    for (const complaint of open ?? []) {
      const d = complaintDue(complaint, today, settings.complaintRules);
      if (d !== null && d.state !== 'inTime') rows.push({ complaint, due: d });
    }
    return rows.sort((a, b) => b.due.daysOverdue - a.due.daysOverdue || a.due.deadline.localeCompare(b.due.deadline));
  }, [open, today, settings.complaintRules]);
  const overdue = due.filter((d) => d.due.state === 'overdue').length;
  return (
    <Card
      data-testid="home-complaints"
      title={
        <Space>
          {t.home.title}
          <Badge count={overdue} showZero color={overdue > 0 ? 'red' : 'green'} data-testid="home-complaints-overdue" />
        </Space>
      }
      extra={<Button type="link" onClick={() => navigate({ page: 'complaints' })} data-testid="home-open-complaints">{t.home.open}</Button>}
    >
      <List
        size="small"
        loading={open === undefined}
        dataSource={due}
        locale={{ emptyText: t.home.none }}
        renderItem={({ complaint, due: d }) => (
          <List.Item data-testid={`home-complaint-${complaint.number}`} actions={[<ComplaintDueTag key="due" due={d} />]}>
            <Space wrap>
              <OpenRecordButton onOpen={() => setOpenId(complaint.id)}>{complaint.number}</OpenRecordButton>
              <span>{complaint.estateId === null ? '' : (directory?.label(complaint.estateId) ?? '')}</span>
              <span>{personalAs(complaint, 'masked').complainantName}</span>
              <Typography.Text type="secondary">{t.home.line(t.stage[d.stage], d.deadline)}</Typography.Text>
              {d.daysOverdue > 0 && <Typography.Text type="danger">{t.detail.daysOverdue(d.daysOverdue)}</Typography.Text>}
            </Space>
          </List.Item>
        )}
      />
      <ComplaintDrawer complaintId={openId} view="masked" onClose={() => setOpenId(null)} />
    </Card>
  );
}
