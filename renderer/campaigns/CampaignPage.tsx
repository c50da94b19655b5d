import { App as AntApp, Button, Descriptions, Popconfirm, Result, Space, Spin, Tabs, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { companiesOf, progressReport, progressReportWorkbook, summariseCampaign } from '../../shared/campaigns';
import type { Navigate } from '../app/useHashRoute';
import { useRefusal } from '../components/useRefusal';
import { useDb } from '../db/DbContext';
import { useMessages } from '../i18n/I18nProvider';
import { useSaveWorkbook, useToday } from '../inspections/ui';
import { useSettings } from '../settings/SettingsProvider';
import { CampaignFormModal } from './CampaignFormModal';
import { useCampaignDossier } from './campaignHooks';
import { deleteCampaign } from './campaignRepository';
import { FundSection } from './FundSection';
import { GoalSection } from './GoalSection';
import { InspectionSection } from './InspectionSection';
import { PhaseTimeline } from './PhaseTimeline';
import { ReportPrintPreview } from './ReportPrintPreview';
import { ReturnSection } from './ReturnSection';
import { TaskSection } from './TaskSection';

/** One campaign: its phases on a timeline, tasks due and overdue, returns missing, funds, goals, and its progress report. */
export function CampaignPage({ campaignId, navigate }: { readonly campaignId: string; readonly navigate: Navigate }) {
  const messages = useMessages();
  const t = messages.campaigns;
  const db = useDb();
  const refusal = useRefusal();
  const { message } = AntApp.useApp();
  const { settings } = useSettings();
  const today = useToday();
  const dossier = useCampaignDossier(campaignId);
  const summary = useMemo(() => (dossier ? summariseCampaign(dossier, today) : null), [dossier, today]);
  const report = useMemo(() => (dossier && summary ? progressReport(dossier, summary, { streetName: settings.streetName, date: today }, messages.locale) : null), [dossier, summary, settings.streetName, today, messages.locale]);
  const saveWorkbook = useSaveWorkbook();
  const [editing, setEditing] = useState(false);
  const [printing, setPrinting] = useState(false);

  if (dossier === undefined) return <Spin />;
  if (dossier === null || !summary || !report) {
    return <Result status="404" title={t.page.notFound} extra={<Button onClick={() => navigate({ page: 'campaigns' })}>{t.page.back}</Button>} />;
  }
  const { campaign } = dossier;
  const remove = () =>
    void refusal.run(async () => {
      await deleteCampaign(db, campaign.id);
      void message.success(t.page.deleted);
      navigate({ page: 'campaigns' });
    });

  return (
    <div data-testid="campaign-page">
      <Button type="link" style={{ padding: 0 }} onClick={() => navigate({ page: 'campaigns' })}>{t.page.back}</Button>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3} data-testid="campaign-title">{campaign.name}</Typography.Title>
        <Space>
          <Button type="primary" onClick={() => void saveWorkbook(t.report.fileName(campaign.name, today), () => progressReportWorkbook(report, messages.locale))} data-testid="campaign-export-report">{t.page.exportReport}</Button>
          <Button onClick={() => setPrinting(true)} data-testid="campaign-print-report">{t.page.printReport}</Button>
          <Button onClick={() => setEditing(true)} data-testid="campaign-edit">{t.page.edit}</Button>
          <Popconfirm title={t.page.confirmDelete} onConfirm={remove}>
            <Button danger>{t.page.delete}</Button>
          </Popconfirm>
        </Space>
      </Space>
      <Descriptions size="small" column={2}>
        <Descriptions.Item label={t.page.source}>{`${t.page.year(campaign.year)} ${campaign.sourceRef}`}</Descriptions.Item>
        <Descriptions.Item>{t.page.estates(dossier.estates.length, companiesOf(dossier.estates).length)}</Descriptions.Item>
        {campaign.goalText !== '' && <Descriptions.Item label={t.page.goal} span={2}>{campaign.goalText}</Descriptions.Item>}
      </Descriptions>
      {campaign.phases.length > 0 && <PhaseTimeline campaign={campaign} current={summary.currentPhase} day={today} />}
      <Tabs
        style={{ marginTop: 16 }}
        items={[
          { key: 'tasks', label: <span data-testid="campaign-tab-tasks">{t.page.tabTasks}</span>, children: <TaskSection dossier={dossier} summary={summary} /> },
          { key: 'returns', label: <span data-testid="campaign-tab-returns">{t.page.tabReturns}</span>, children: <ReturnSection dossier={dossier} summary={summary} /> },
          { key: 'inspections', label: <span data-testid="campaign-tab-inspections">{t.page.tabInspections}</span>, children: <InspectionSection dossier={dossier} /> },
          { key: 'funds', label: <span data-testid="campaign-tab-funds">{t.page.tabFunds}</span>, children: <FundSection dossier={dossier} summary={summary} /> },
          { key: 'goals', label: <span data-testid="campaign-tab-goals">{t.page.tabGoals}</span>, children: <GoalSection summary={summary} /> },
        ]}
      />
      <CampaignFormModal open={editing} campaign={campaign} onClose={() => setEditing(false)} />
      <ReportPrintPreview report={report} open={printing} onClose={() => setPrinting(false)} />
    </div>
  );
}
