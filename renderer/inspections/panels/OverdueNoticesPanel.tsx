import { Badge, Button, Card, List, Space, Typography } from 'antd';
import { daysOverdue } from '../../../shared/inspections/overdue';
import type { Navigate } from '../../app/useHashRoute';
import { useOverdueNotices } from '../inspectionHooks';
import { useMessages } from '../../i18n/I18nProvider';
import { NoticeStatusTag } from '../notice/NoticeStatusTag';
import { useEstateDirectory } from '../useEstateDirectory';
import { useInspectionDialogs } from '../useInspectionDialogs';
import { useToday } from '../useToday';

/** Home page: notices past their deadline and not closed (逾期), longest overdue first. */
export function OverdueNoticesPanel({ navigate }: { readonly navigate: Navigate }) {
  const { inspections: t } = useMessages();
  const today = useToday();
  const overdue = useOverdueNotices(today);
  const directory = useEstateDirectory();
  const dialogs = useInspectionDialogs();

  return (
    <Card
      data-testid="home-overdue-notices"
      title={
        <Space>
          {t.home.overdueTitle}
          <Badge count={overdue?.length ?? 0} showZero color={overdue && overdue.length > 0 ? 'red' : 'green'} data-testid="home-overdue-count" />
        </Space>
      }
      extra={<Button type="link" onClick={() => navigate({ page: 'inspections' })} data-testid="home-open-notices">{t.home.openLedger}</Button>}
    >
      <List
        size="small"
        loading={overdue === undefined}
        dataSource={overdue ?? []}
        locale={{ emptyText: t.home.none }}
        renderItem={(notice) => (
          <List.Item data-testid={`overdue-${notice.number}`} actions={[<NoticeStatusTag key="status" status="overdue" />]}>
            <Space wrap>
              <Typography.Link onClick={() => dialogs.openNotice(notice.id)}>{notice.number}</Typography.Link>
              <span>{directory?.label(notice.estateId) ?? ''}</span>
              <Typography.Text type="secondary">{`${t.noticeLedger.deadline} ${notice.deadline}`}</Typography.Text>
              <Typography.Text type="danger">{t.noticeLedger.daysOverdue(daysOverdue(notice, today))}</Typography.Text>
            </Space>
          </List.Item>
        )}
      />
      {dialogs.dialogs}
    </Card>
  );
}
