import { Card, Spin, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import { campaignDeadlines, type CampaignDeadline } from '../../shared/campaigns';
import type { Navigate } from '../app/useHashRoute';
import { OpenRecordButton } from '../components/table/OpenRecordButton';
import { testIdProps } from '../components/testId';
import { useMessages } from '../i18n/I18nProvider';
import { useToday } from '../inspections/ui';
import { useCampaignSummaries } from './campaignHooks';

/** The home page's campaign deadlines this week: open tasks and returns still missing, overdue first. */
export function CampaignDeadlinesPanel({ navigate }: { readonly navigate: Navigate }) {
  const { campaigns: t } = useMessages();
  const today = useToday();
  const summaries = useCampaignSummaries(today);
  const rows = useMemo(() => (summaries ? campaignDeadlines(summaries, today) : undefined), [summaries, today]);
  const columns: ColumnsType<CampaignDeadline> = [
    {
      title: t.home.campaign,
      key: 'campaign',
      render: (_, r) => (
        <OpenRecordButton onOpen={() => navigate({ page: 'campaign', campaignId: r.campaignId })}>{r.campaign}</OpenRecordButton>
      ),
    },
    { title: t.home.item, key: 'item', render: (_, r) => `${t.home.what[r.what]} · ${r.title}` },
    { title: t.home.due, key: 'due', render: (_, r) => r.dueOn },
    {
      key: 'state',
      render: (_, r) => (
        <Tag color={r.dueOn < today ? 'red' : 'orange'}>{r.what === 'return' ? t.home.missing(r.missing) : r.dueOn < today ? t.home.overdue : t.home.open}</Tag>
      ),
    },
  ];
  return (
    <Card title={t.home.title} size="small" data-testid="campaign-deadlines">
      {rows === undefined ? (
        <Spin />
      ) : (
        <Table<CampaignDeadline>
          size="small"
          rowKey={(r) => `${r.campaignId}-${r.what}-${r.title}`}
          dataSource={rows}
          columns={columns}
          pagination={rows.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
          locale={{ emptyText: t.home.empty }}
          onRow={(r) => testIdProps(`campaign-deadline-${r.title}`)}
        />
      )}
    </Card>
  );
}
