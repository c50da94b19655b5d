import { List, Progress, Tag, Typography } from 'antd';
import type { CampaignSummary } from '../../shared/campaigns';
import { useMessages } from '../i18n/I18nProvider';

/** Each measured goal as a bar: how far the ledger's own records are from the target. */
export function GoalSection({ summary }: { summary: CampaignSummary }) {
  const { campaigns: t } = useMessages();
  if (summary.goals.length === 0) return <Typography.Paragraph type="secondary">{t.goals.empty}</Typography.Paragraph>;
  return (
    <List
      data-testid="campaign-goals"
      dataSource={[...summary.goals]}
      renderItem={(goal) => (
        <List.Item data-testid={`goal-${goal.measure}`}>
          <div style={{ width: '100%' }}>
            <Typography.Text strong>{t.measure[goal.measure]}</Typography.Text>{' '}
            <Typography.Text type="secondary">{`${t.goals.progress(goal.done, goal.of)} · ${t.goals.target(goal.targetPercent)}`}</Typography.Text>{' '}
            <Tag color={goal.met ? 'green' : 'orange'}>{goal.met ? t.goals.met : t.goals.notMet}</Tag>
            <Progress percent={goal.of === 0 ? 100 : Math.floor((goal.done * 100) / goal.of)} status={goal.met ? 'success' : 'active'} />
          </div>
        </List.Item>
      )}
    />
  );
}
