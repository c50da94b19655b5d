import type { HistoryKind } from './fieldHistory';

/**
 * Which tables of the database keep a field history, as which record kind. A record kind to
 * come adds one line. Everything else about the log (what a change is, who made it) is the
 * same for every kind.
 */
export interface TrackedTable {
  readonly kind: HistoryKind;
  /** Rows held inside the record's own row (a term's members), logged as records of their own. */
  readonly children?: { readonly field: string; readonly kind: HistoryKind };
}

/**
 * Fields of a kind that hold personal data (a complainant's phone and name): their history is
 * told masked, on the page and in the workbook, like every other list of them.
 */
export const PERSONAL_FIELDS: Readonly<Partial<Record<HistoryKind, Readonly<Record<string, 'phone' | 'name' | 'text'>>>>> = {
  complaint: { complainantPhone: 'phone', complainantName: 'name', complainantAddress: 'text', content: 'text', reply: 'text' },
};

/**
 * The fields of each kind whose change the settings may make ask for a reason (变更原因), as the
 * kind's form names them. The estate's list is `REASON_FIELDS` (its setting keeps its first name,
 * `reasonRequiredFields`); the other kinds' lists are here, and their setting is
 * `reasonRequiredByKind`. A kind not listed has no reasoned fields yet.
 */
export const REASON_FIELDS_BY_KIND = {
  community: ['name', 'kind', 'director', 'phone', 'planned'],
  committeeTerm: ['termNumber', 'electedOn', 'startOn', 'endOn', 'filedOn', 'filingNumber', 'notes'],
  committeeMember: ['name', 'role', 'phone', 'building', 'room', 'joinedOn', 'leftOn', 'leftReason'],
  survey: ['surveyedOn', 'surveyed', 'satisfied', 'note'],
} as const satisfies Partial<Record<HistoryKind, readonly string[]>>;

export type ReasonKind = keyof typeof REASON_FIELDS_BY_KIND;
export type ReasonFieldOf<K extends ReasonKind> = (typeof REASON_FIELDS_BY_KIND)[K][number];
export const REASON_KINDS = Object.keys(REASON_FIELDS_BY_KIND) as readonly ReasonKind[];

/** Per kind, the fields whose change needs a reason (a setting). */
export type ReasonRequiredByKind = { readonly [K in ReasonKind]?: readonly ReasonFieldOf<K>[] };

export const TRACKED_TABLES: Readonly<Record<string, TrackedTable>> = {
  communities: { kind: 'community' },
  estates: { kind: 'estate' },
  committeeTerms: { kind: 'committeeTerm', children: { field: 'members', kind: 'committeeMember' } },
  preparatoryGroups: { kind: 'preparatoryGroup' },
  assemblyMeetings: { kind: 'assemblyMeeting' },
  inspections: { kind: 'inspection' },
  notices: { kind: 'notice' },
  surveys: { kind: 'survey' },
  complaints: { kind: 'complaint' },
  companies: { kind: 'company' },
  creditEntries: { kind: 'creditEntry' },
};

/**
 * Fields that are bookkeeping, not something a person changed: ids, stamps, and keys derived
 * from a field that is itself logged (nameKey from name, aliasKeys from aliases, an estate's
 * companyId from its company text — or from a merge, logged on the companies merged).
 */
export const UNLOGGED_FIELDS: ReadonlySet<string> = new Set(['id', 'createdAt', 'updatedAt', 'nameKey', 'aliasKeys', 'companyId']);

/** The table name of the history itself (schema v5). */
export const HISTORY_TABLE = 'fieldHistory';
