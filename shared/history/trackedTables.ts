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
