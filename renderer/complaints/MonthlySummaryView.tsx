import { Button, DatePicker, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { exportComplaintSummary, monthlySummary, rate, type SummaryFigures, type SummaryLine } from '../../shared/complaints';
import { useMessages } from '../i18n/I18nProvider';
import { useSaveWorkbook, useToday, type EstateDirectory } from '../inspections/ui';
import { useSettings } from '../settings/SettingsProvider';
import { useAllComplaints } from './complaintHooks';

type Line = SummaryLine & { readonly label: string };

/** The month's figures in the coverage report's manner, by category and by community, and their workbook. */
export function MonthlySummaryView({ directory }: { directory: EstateDirectory }) {
  const { complaints: t, locale } = useMessages();
  const { settings } = useSettings();
  const today = useToday();
  const saveWorkbook = useSaveWorkbook();
  const [month, setMonth] = useState(today.slice(0, 7));
  const complaints = useAllComplaints();
  const communityName = useMemo(() => new Map(directory.communities.map((c) => [c.id, c.name])), [directory]);
  const summary = useMemo(
    () => (complaints ? monthlySummary(complaints, month, today, settings.complaintRules, directory.communities.map((c) => c.id)) : undefined),
    [complaints, month, today, settings.complaintRules, directory],
  );
  const s = t.summary;
  const figureColumns = [
    { title: s.received, key: 'received', dataIndex: 'received', width: 70, align: 'right' as const },
    { title: s.concluded, key: 'concluded', dataIndex: 'concluded', width: 70, align: 'right' as const },
    { title: s.onTime, key: 'onTime', dataIndex: 'onTime', width: 80, align: 'right' as const },
    { title: s.onTimeRate, key: 'onTimeRate', width: 90, align: 'right' as const, render: (_: unknown, l: SummaryFigures) => s.percent(rate(l.onTime, l.concluded)) },
    { title: s.asked, key: 'asked', dataIndex: 'asked', width: 70, align: 'right' as const },
    { title: s.satisfied, key: 'satisfied', dataIndex: 'satisfied', width: 110, align: 'right' as const },
    { title: s.satisfactionRate, key: 'satisfactionRate', width: 80, align: 'right' as const, render: (_: unknown, l: SummaryFigures) => s.percent(rate(l.satisfied, l.asked)) },
    { title: s.overdue, key: 'overdue', dataIndex: 'overdue', width: 90, align: 'right' as const },
  ];
  const table = (testId: string, heading: string, first: string, lines: readonly Line[]) => (
    <Table<Line>
      data-testid={testId}
      size="small"
      bordered
      pagination={false}
      rowKey="key"
      title={() => <Typography.Text strong>{heading}</Typography.Text>}
      dataSource={summary ? [...lines, { key: '__total', label: s.total, ...summary.total }] : []}
      loading={summary === undefined}
      columns={[{ title: first, key: 'label', dataIndex: 'label', width: 140 }, ...figureColumns]}
      onRow={(line) => ({ 'data-testid': `${testId}-${line.key}` }) as React.HTMLAttributes<HTMLElement>}
      style={{ marginBottom: 16 }}
    />
  );
  const communityLabel = (id: string) => (id === '' ? s.noCommunity : (communityName.get(id) ?? id));
  return (
    <div data-testid="complaint-summary">
      <Space style={{ marginBottom: 12 }} wrap>
        <span>{s.month}</span>
        <DatePicker picker="month" allowClear={false} value={dayjs(`${month}-01`)} onChange={(d) => d && setMonth(d.format('YYYY-MM'))} aria-label={s.month} data-testid="complaint-summary-month" />
        {summary && <Typography.Text type="secondary">{s.asOf(summary.asOf)}</Typography.Text>}
        <Button
          disabled={!summary}
          onClick={() =>
            summary &&
            void saveWorkbook(t.report.summaryFile(settings.streetName, month), () => exportComplaintSummary({ streetName: settings.streetName, date: summary.asOf }, summary, communityLabel, locale))
          }
          data-testid="complaint-summary-export"
        >
          {s.export}
        </Button>
      </Space>
      {table('complaint-summary-category', s.byCategory, t.report.category, (summary?.byCategory ?? []).map((l) => ({ ...l, label: t.category[l.key] })))}
      {table('complaint-summary-community', s.byCommunity, t.report.community, (summary?.byCommunity ?? []).map((l) => ({ ...l, label: communityLabel(l.key) })))}
    </div>
  );
}
