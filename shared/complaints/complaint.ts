import type { InspectionCategory } from '../settings/settings';

/**
 * A complaint or petition (投诉件): how it came in, who made it, what it is about and against
 * whom, and the course it runs (受理 → 办理 → 答复 → 回访 → 办结). Codes are stable data; their
 * words live in messages.ts.
 */

export const COMPLAINT_CHANNELS = ['phone', 'visit', 'letter', 'online', 'hotline', 'referred', 'other'] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];

/** The six inspection categories, then what complaints are about besides. */
export const COMPLAINT_CATEGORIES = ['publicOrder', 'sanitation', 'security', 'facilities', 'greening', 'fees', 'repairs', 'attitude', 'committee', 'other'] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];

/** The inspection category an "inspect this" marks for a complaint of this category. */
export function inspectionCategoryOf(category: ComplaintCategory): InspectionCategory {
  switch (category) {
    case 'publicOrder':
    case 'sanitation':
    case 'security':
    case 'facilities':
    case 'greening':
      return category;
    case 'repairs':
      return 'facilities';
    default:
      return 'other';
  }
}

/** Against whom: the estate's property company by default. */
export const COMPLAINT_PARTIES = ['company', 'committee', 'developer', 'other'] as const;
export type ComplaintParty = (typeof COMPLAINT_PARTIES)[number];

/**
 * 待受理 → 已受理 (or 不予受理) → 办理中 → 已答复 → 已回访 → 办结. A complaint whose callback
 * was 不满意 may be reopened (back to 办理中).
 */
export const COMPLAINT_STATUSES = ['received', 'accepted', 'rejected', 'handling', 'replied', 'visited', 'concluded'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

export const SATISFACTIONS = ['satisfied', 'basic', 'unsatisfied'] as const;
export type Satisfaction = (typeof SATISFACTIONS)[number];

/** Finished: nothing is due any more. */
export function isSettled(status: ComplaintStatus): boolean {
  return status === 'concluded' || status === 'rejected';
}

export const OPEN_COMPLAINT_STATUSES: readonly ComplaintStatus[] = COMPLAINT_STATUSES.filter((s) => !isSettled(s));

/** Who took a step and when: the operator's name and the moment it was saved. */
export interface StepAuthor {
  readonly by: string;
  readonly at: number;
}

/** One step of a complaint's course, each keeping who and when. */
export type ComplaintEvent = StepAuthor &
  (
    | { readonly type: 'accepted'; readonly on: string; readonly note: string }
    | { readonly type: 'rejected'; readonly on: string; readonly reason: string }
    | { readonly type: 'assigned'; readonly on: string; readonly communityId: string | null; readonly assignee: string }
    | { readonly type: 'mediated'; readonly on: string; readonly parties: string; readonly agreed: string }
    | { readonly type: 'extended'; readonly on: string; readonly days: number; readonly reason: string }
    | { readonly type: 'replied'; readonly on: string; readonly reply: string }
    | { readonly type: 'visited'; readonly on: string; readonly satisfaction: Satisfaction; readonly note: string }
    | { readonly type: 'reopened'; readonly on: string; readonly reason: string }
    | { readonly type: 'concluded'; readonly on: string; readonly note: string }
  );
export type ComplaintEventType = ComplaintEvent['type'];
export const COMPLAINT_EVENT_TYPES = ['accepted', 'rejected', 'assigned', 'mediated', 'extended', 'replied', 'visited', 'reopened', 'concluded'] as const satisfies readonly ComplaintEventType[];

/** What the clerk records when a complaint comes in, parsed. */
export interface ComplaintFields {
  /** ISO date and `HH:mm` (or '') it was received. */
  readonly receivedOn: string;
  readonly receivedAt: string;
  readonly channel: ComplaintChannel;
  /** The 12345 hotline's work-order number; '' for other channels. */
  readonly workOrderNumber: string;
  /** The hotline's own deadline for the order: when set, it wins over the statutory one. */
  readonly hotlineDeadline: string | null;
  readonly complainantName: string;
  readonly complainantPhone: string;
  readonly complainantAddress: string;
  /** Some complaints are about a company or a street, not one estate. */
  readonly estateId: string | null;
  /** The estate's community, or the one the complaint belongs to when there is no estate. */
  readonly communityId: string | null;
  readonly against: ComplaintParty;
  /** The party's name: the estate's property company by default. */
  readonly againstName: string;
  /**
   * The company record (schema v8) it is against: the estate's registered company when the
   * complaint is against it by default; null for another party or a name the register lacks.
   * Absent on rows stored before companies were linked, read as null.
   */
  readonly againstCompanyId?: string | null;
  readonly category: ComplaintCategory;
  readonly content: string;
}

/** The part of a complaint its course reads and writes. */
export interface ComplaintProgress {
  readonly status: ComplaintStatus;
  readonly acceptedOn: string | null;
  readonly rejectedReason: string;
  /** Who handles it: a community (by id) and/or a person. */
  readonly assignedCommunityId: string | null;
  readonly assignee: string;
  /** One extension at most: its days (0: none) and why. */
  readonly extensionDays: number;
  readonly extensionReason: string;
  readonly reply: string;
  readonly repliedOn: string | null;
  /** The latest callback's answer. */
  readonly satisfaction: Satisfaction | null;
  readonly concludedOn: string | null;
  readonly events: readonly ComplaintEvent[];
}

/** A stored complaint. */
export interface Complaint extends ComplaintFields, ComplaintProgress {
  readonly id: string;
  /**
   * Numbering year and serial in it, unique together and never reused; null for a complaint
   * imported with a number of another office's register (it keeps that number as typed).
   */
  readonly year: number | null;
  readonly serial: number | null;
  readonly number: string;
  /** Inspections made because of it ("inspect this"); their notices cite it. */
  readonly inspectionIds: readonly string[];
  readonly attachmentCount: number;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** A new complaint's progress: received, nothing else yet. */
export const FRESH_PROGRESS: ComplaintProgress = {
  status: 'received',
  acceptedOn: null,
  rejectedReason: '',
  assignedCommunityId: null,
  assignee: '',
  extensionDays: 0,
  extensionReason: '',
  reply: '',
  repliedOn: null,
  satisfaction: null,
  concludedOn: null,
  events: [],
};
