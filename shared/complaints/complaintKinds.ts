import type { ExistingRecord } from '../exchange/diff';
import type { RecordKind } from '../exchange/recordKind';
import type { Complaint } from './complaint';
import { complaintsMapping, type ComplaintRow } from './complaintMapping';
import { complaintAsRow, complaintPlaces, complaintRecordSheet, type ComplaintPlaces } from './complaintSheets';
import { complaintStepSheet, complaintStepsMapping, existingComplaintSteps } from './complaintSteps';

/**
 * Complaints as a record kind: imported from a 12345 work-order export or a community's
 * register, written to the full workbook, read by the command (`complaints`). A row may name
 * an estate (which must be stored or come with the file) or only a community, or neither.
 */

/** The stored complaints as rows, naming their estate and community as a sheet would. */
export function existingComplaints(places: ComplaintPlaces, complaints: readonly Complaint[]): ExistingRecord<ComplaintRow>[] {
  const names = complaintPlaces(places);
  return complaints.map((c) => ({ id: c.id, value: complaintAsRow(c, { community: names.community(c), estate: names.estate(c) }, 'shown') }));
}

export const complaintsKind: RecordKind<'complaints'> = {
  key: 'complaints',
  mapping: () => complaintsMapping,
  dependsOn: ['communities', 'estates'],
  store: {
    table: 'complaints',
    batch: 'complaints',
    reads: ['communities', 'estates', 'complaints'],
    existing: (ledger) => existingComplaints(ledger, ledger.complaints),
  },
  exportSheet: (ledger) => (ledger.complaints ? complaintRecordSheet(ledger, ledger.complaints, ledger.personalView ?? 'masked') : null),
};

/** A complaint's course, step by step: rows of their own, written into their complaint's course. */
export const complaintStepsKind: RecordKind<'complaintSteps'> = {
  key: 'complaintSteps',
  mapping: () => complaintStepsMapping,
  dependsOn: ['complaints'],
  store: {
    table: 'complaints',
    batch: 'complaints',
    reads: ['communities', 'estates', 'complaints'],
    existing: (ledger) => existingComplaintSteps(ledger, ledger.complaints),
  },
  // A street whose complaints took no step yet has no 投诉办理过程 sheet.
  exportSheet: (ledger) => (ledger.complaints?.some((c) => c.events.length > 0) ? complaintStepSheet(ledger, ledger.complaints, ledger.personalView ?? 'masked') : null),
};
