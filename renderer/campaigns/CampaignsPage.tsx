import { Button, Empty, Space, Spin, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import type { Navigate } from '../app/useHashRoute';
import { OpenRecordButton } from '../components/table/OpenRecordButton';
import { testIdProps } from '../components/testId';
import { useMessages } from '../i18n/I18nProvider';
import { useToday } from '../inspections/ui';
import { CampaignFormModal } from './CampaignFormModal';
import { useCampaignSummaries, type SummarisedCampaign } from './campaignHooks';

/** Every campaign with where it stands today: its phase, overdue tasks, returns still missing. */
export function CampaignsPage({ navigate }: { readonly navigate: Navigate }) {
  const { campaigns: t } = useMessages();
  const today = useToday();
  const summaries = useCampaignSummaries(today);
  const [adding, setAdding] = useState(false);

  const columns: ColumnsType<SummarisedCampaign> = [
    {
      title: t.list.name,
      key: 'name',
      render: (_, r) => (
        <OpenRecordButton testId={`campaign-open-${r.campaign.name}`} onOpen={() => navigate({ page: 'campaign', campaignId: r.campaign.id })}>
          {r.campaign.name}
        </OpenRecordButton>
      ),
    },
    { title: t.list.year, key: 'year', width: 80, render: (_, r) => r.campaign.year },
    { title: t.list.phase, key: 'phase', render: (_, r) => r.summary.currentPhase?.name ?? <Typography.Text type="secondary">{t.list.noPhase}</Typography.Text> },
    {
      title: t.list.tasks,
      key: 'tasks',
      render: (_, r) => (
        <Space>
          <span>{r.summary.tasks.length}</span>
          {r.summary.taskCounts.overdue > 0 && <Tag color="red">{t.list.overdueTasks(r.summary.taskCounts.overdue)}</Tag>}
        </Space>
      ),
    },
    {
      title: t.list.missing,
      key: 'missing',
      render: (_, r) => {
        const missing = r.summary.returns.reduce((n, l) => n + l.checklist.missing.length, 0);
        return missing > 0 ? <Tag color="orange">{t.list.missingCount(missing)}</Tag> : null;
      },
    },
  ];

  return (
    <div data-testid="campaigns-page">
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3}>{t.list.title}</Typography.Title>
        <Button type="primary" onClick={() => setAdding(true)} data-testid="campaign-add">{t.list.add}</Button>
      </Space>
      {summaries === undefined ? (
        <Spin />
      ) : summaries.length === 0 ? (
        <Empty description={t.list.empty} />
      ) : (
        <Table<SummarisedCampaign> size="small" rowKey={(r) => r.campaign.id} dataSource={summaries} columns={columns} pagination={false} onRow={(r) => testIdProps(`campaign-row-${r.campaign.name}`)} />
      )}
      <CampaignFormModal open={adding} onClose={() => setAdding(false)} onSaved={(campaign) => navigate({ page: 'campaign', campaignId: campaign.id })} />
    </div>
  );
}
