import { Steps } from 'antd';
import type { Campaign, CampaignPhase } from '../../shared/campaigns';
import { useMessages } from '../i18n/I18nProvider';

/** The phases on a line, the one today falls in marked; past phases done, later ones waiting. */
export function PhaseTimeline({ campaign, current, day }: { campaign: Campaign; current: CampaignPhase | null; day: string }) {
  const { campaigns: t } = useMessages();
  return (
    <Steps
      size="small"
      data-testid="campaign-phases"
      items={campaign.phases.map((phase) => ({
        title: <span data-testid={`phase-${phase.name}`}>{phase.name}</span>,
        description: `${phase.startsOn} – ${phase.endsOn}${phase === current ? ` · ${t.page.current}` : ''}`,
        status: phase.endsOn < day ? 'finish' : phase === current ? 'process' : 'wait',
      }))}
    />
  );
}
