import type { ComponentType } from 'react';
import type { Navigate } from '../app/useHashRoute';
import { CommitteeActionsPanel } from '../committees/ui';
import { OverdueNoticesPanel } from '../inspections/ui';
import { CampaignDeadlinesPanel } from '../campaigns/ui';
import { ComplaintWeekPanel } from '../complaints/ui';

/**
 * What needs action, below the home page's figures: each record kind with deadlines (committee
 * filings and terms, overdue rectification notices …) adds its own panel here.
 */
export const HOME_PANELS: ReadonlyArray<{ readonly key: string; readonly Panel: ComponentType<{ readonly navigate: Navigate }> }> = [
  { key: 'committee', Panel: CommitteeActionsPanel },
  { key: 'overdueNotices', Panel: OverdueNoticesPanel },
  { key: 'campaignDeadlines', Panel: CampaignDeadlinesPanel },
  { key: 'complaints', Panel: ComplaintWeekPanel },
];
