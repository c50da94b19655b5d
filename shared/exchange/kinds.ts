import { campaignFilingsKind, campaignFundsKind, campaignNotesKind, campaignPaymentsKind, campaignReturnsKind, campaignsKind, campaignTasksKind } from '../campaigns';
import { assemblyMeetingsKind, committeeMembersKind, committeeTermsKind, preparatoryGroupsKind } from '../committees';
import { companiesKind, creditEntriesKind } from '../companies';
import { communitiesKind, estatesKind } from '../estates';
import { inspectionsKind, noticesKind, noticeStepsKind, surveysKind } from '../inspections';
import { complaintsKind, complaintStepsKind } from '../complaints';
import type { AnyRecordKind, ExchangeKind, KindContext, RecordKind, RowOf } from './recordKind';
import type { RecordMapping } from './mapping';

/**
 * The registry: every record kind, once. A new kind adds its row to `KindRows`
 * (recordKind.ts), its descriptor in its domain's folder, and one line here.
 */
export const RECORD_KINDS: { readonly [K in ExchangeKind]: RecordKind<K> } = {
  communities: communitiesKind,
  companies: companiesKind,
  creditEntries: creditEntriesKind,
  estates: estatesKind,
  committeeTerms: committeeTermsKind,
  committeeMembers: committeeMembersKind,
  inspections: inspectionsKind,
  preparatoryGroups: preparatoryGroupsKind,
  assemblyMeetings: assemblyMeetingsKind,
  surveys: surveysKind,
  notices: noticesKind,
  noticeSteps: noticeStepsKind,
  complaints: complaintsKind,
  complaintSteps: complaintStepsKind,
  campaigns: campaignsKind,
  campaignTasks: campaignTasksKind,
  campaignNotes: campaignNotesKind,
  campaignReturns: campaignReturnsKind,
  campaignFilings: campaignFilingsKind,
  campaignFunds: campaignFundsKind,
  campaignPayments: campaignPaymentsKind,
};

/**
 * Every kind in reading order: a kind comes after the kinds it depends on, so a row may name a
 * record the same file brings (communities → estates → terms → members; inspections of estates).
 */
export const EXCHANGE_KINDS: readonly ExchangeKind[] = [
  'communities', 'companies', 'estates', 'committeeTerms', 'committeeMembers', 'inspections', 'preparatoryGroups', 'assemblyMeetings', 'surveys', 'notices', 'noticeSteps', 'complaints', 'complaintSteps',
  'campaigns', 'campaignTasks', 'campaignNotes', 'campaignReturns', 'campaignFilings', 'campaignFunds', 'campaignPayments', 'creditEntries',
];

/** The kinds the app imports: those it stores. */
export const IMPORT_KINDS: readonly ExchangeKind[] = EXCHANGE_KINDS.filter((kind) => RECORD_KINDS[kind].store !== undefined);

export function recordKind<K extends ExchangeKind>(kind: K): RecordKind<K> {
  return RECORD_KINDS[kind];
}

export function allRecordKinds(): readonly AnyRecordKind[] {
  return EXCHANGE_KINDS.map((kind) => RECORD_KINDS[kind]);
}

export function mappingOf<K extends ExchangeKind>(kind: K, context: KindContext): RecordMapping<RowOf<K>> {
  return recordKind(kind).mapping(context);
}
