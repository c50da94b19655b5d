import type { Campaign, CampaignDraft, GoalMeasure } from '../../shared/campaigns';
import type { Messages } from '../../shared/i18n/catalogs';
import type { ConflictView } from '../components/staleMerge';

/** The campaign form's fields: the year and the goals' targets as typed. */
export interface CampaignValues {
  name: string;
  year: string;
  sourceRef: string;
  goalText: string;
  estateIds: string[];
  phases: { name: string; startsOn: string; endsOn: string }[];
  goals: { measure: GoalMeasure; targetPercent: string }[];
  finalPaymentNeedsAcceptance: boolean;
}

export function campaignFormValues(campaign: Campaign | undefined): CampaignValues {
  return campaign
    ? {
        name: campaign.name,
        year: String(campaign.year),
        sourceRef: campaign.sourceRef,
        goalText: campaign.goalText,
        estateIds: [...campaign.estateIds],
        phases: campaign.phases.map((p) => ({ ...p })),
        goals: campaign.goals.map((g) => ({ measure: g.measure, targetPercent: String(g.targetPercent) })),
        finalPaymentNeedsAcceptance: campaign.finalPaymentNeedsAcceptance,
      }
    : { name: '', year: String(new Date().getFullYear()), sourceRef: '', goalText: '', estateIds: [], phases: [], goals: [], finalPaymentNeedsAcceptance: false };
}

export function campaignDraft(values: CampaignValues): CampaignDraft {
  return { ...values, estateIds: values.estateIds ?? [], phases: values.phases ?? [], goals: values.goals ?? [] };
}

/**
 * A stale edit of a campaign: its fields under the form's labels; the estates by the names the
 * form lists, the phases and goals one line each (a list is kept or taken whole).
 */
export function campaignConflict({ campaigns: t, faults }: Pick<Messages, 'campaigns' | 'faults'>, estateLabel: (id: string) => string): ConflictView<CampaignValues, Campaign> {
  const f = t.form;
  const list = (items: readonly string[]) => items.join(faults.stale.listSeparator);
  return {
    valuesOf: campaignFormValues,
    labels: { name: f.name, year: f.year, sourceRef: f.sourceRef, goalText: f.goalText, estateIds: f.estates, phases: f.phases, goals: f.goals, finalPaymentNeedsAcceptance: f.finalNeedsAcceptance },
    display: (field, value) => {
      if (field === 'estateIds') return list((value as string[]).map(estateLabel));
      if (field === 'phases') return list((value as CampaignValues['phases']).map((p) => f.phaseLine(p.name, p.startsOn, p.endsOn)));
      if (field === 'goals') return list((value as CampaignValues['goals']).map((g) => f.goalLine(t.measure[g.measure], g.targetPercent)));
      return undefined;
    },
  };
}
