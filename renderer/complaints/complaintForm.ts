import type { Complaint, ComplaintCategory, ComplaintChannel, ComplaintDraft, ComplaintParty } from '../../shared/complaints';
import type { Messages } from '../../shared/i18n/catalogs';
import type { ConflictView } from '../components/staleMerge';

/** What is recorded at intake, as the form holds it. */
export interface IntakeValues {
  receivedOn: string;
  receivedAt: string;
  channel: ComplaintChannel;
  workOrderNumber: string;
  hotlineDeadline: string;
  complainantName: string;
  complainantPhone: string;
  complainantAddress: string;
  communityId: string | null;
  estateId: string | null;
  against: ComplaintParty;
  againstName: string;
  category: ComplaintCategory;
  content: string;
}

export function intakeValues(c: Complaint): IntakeValues {
  return {
    receivedOn: c.receivedOn, receivedAt: c.receivedAt, channel: c.channel, workOrderNumber: c.workOrderNumber, hotlineDeadline: c.hotlineDeadline ?? '',
    complainantName: c.complainantName, complainantPhone: c.complainantPhone, complainantAddress: c.complainantAddress,
    communityId: c.communityId, estateId: c.estateId, against: c.against, againstName: c.againstName, category: c.category, content: c.content,
  };
}

export function intakeDraft(values: IntakeValues): ComplaintDraft {
  return { ...values, hotlineDeadline: values.hotlineDeadline === '' ? null : values.hotlineDeadline, estateId: values.estateId ?? null, communityId: values.communityId ?? null };
}

/**
 * A stale correction of a complaint's intake: its fields under the form's labels, codes by their
 * names, the community and estate as the form lists them. The complainant is shown as the form
 * shows them: unmasked, to the clerk who is editing them.
 */
export function complaintConflict({ complaints: t }: Pick<Messages, 'complaints'>, names: { readonly community: (id: string) => string | undefined; readonly estate: (id: string) => string | undefined }): ConflictView<IntakeValues, Complaint> {
  const f = t.form;
  return {
    valuesOf: intakeValues,
    labels: {
      receivedOn: f.receivedOn, receivedAt: f.receivedAt, channel: f.channel, workOrderNumber: f.workOrderNumber, hotlineDeadline: f.hotlineDeadline,
      complainantName: f.complainantName, complainantPhone: f.complainantPhone, complainantAddress: f.complainantAddress,
      communityId: f.community, estateId: f.estate, against: f.against, againstName: f.againstName, category: f.category, content: f.content,
    },
    display: (field, value) => {
      if (field === 'channel') return t.channel[value as ComplaintChannel];
      if (field === 'category') return t.category[value as ComplaintCategory];
      if (field === 'against') return t.party[value as ComplaintParty];
      if (field === 'communityId') return names.community(String(value));
      if (field === 'estateId') return names.estate(String(value));
      return undefined;
    },
  };
}
