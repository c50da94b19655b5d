import type { Community, Estate } from '../estates';
import type { ExistingRecord } from '../exchange/diff';
import type { RecordKind } from '../exchange/recordKind';
import type { Inspection } from './inspection';
import { existingPlaced } from '../exchange/placedRecord';
import { inspectionRecordSheet, inspectionsMapping, type InspectionRow } from './inspectionMapping';
import { surveyRecordSheet, surveysMapping } from './surveyMapping';
import { noticeLedgerMapping } from './noticeMapping';
import { noticeStepsMapping } from './noticeSteps';
import { existingNotices, existingNoticeSteps, noticeRecordSheet, noticeStepSheet, type NoticePlaces } from './noticeSheets';

/**
 * Inspections as a record kind (an inspection is the same one when estate, date, time and kind
 * agree, so importing a list twice adds nothing), and rectification notices with their steps:
 * the app issues its notices itself, each with its number; an import (our own full workbook, a
 * district's rectification ledger) brings them back with the numbers they have, never new ones.
 * The command reads the same ledger (`overdue`).
 */

/** The stored inspections as rows, naming their estates as a sheet would. */
export function existingInspections(communities: readonly Community[], estates: readonly Estate[], inspections: readonly Inspection[]): ExistingRecord<InspectionRow>[] {
  const communityName = new Map(communities.map((c) => [c.id, c.name]));
  const estateById = new Map(estates.map((e) => [e.id, e]));
  return inspections.flatMap((i) => {
    const estate = estateById.get(i.estateId);
    if (!estate) return [];
    const { id, estateId: _estateId, photoCount: _photos, createdAt: _c, updatedAt: _u, ...fields } = i;
    return [{ id, value: { ...fields, community: communityName.get(estate.communityId) ?? '', estate: estate.name } }];
  });
}

export const inspectionsKind: RecordKind<'inspections'> = {
  key: 'inspections',
  mapping: () => inspectionsMapping,
  dependsOn: ['estates'],
  store: {
    table: 'inspections',
    batch: 'inspections',
    reads: ['communities', 'estates', 'inspections'],
    existing: (ledger) => existingInspections(ledger.communities, ledger.estates, ledger.inspections),
  },
  exportSheet: (ledger) => (ledger.inspections ? inspectionRecordSheet(ledger, ledger.inspections) : null),
};

const NOTICE_READS = ['communities', 'estates', 'inspections', 'notices'] as const;
const noticePlaces = (ledger: Partial<NoticePlaces> & Pick<NoticePlaces, 'communities' | 'estates'>): NoticePlaces => ({ inspections: [], notices: [], ...ledger });

export const noticesKind: RecordKind<'notices'> = {
  key: 'notices',
  mapping: () => noticeLedgerMapping,
  // The command has no database (its stored keys are 'any'): a ledger row's estate is taken as named.
  dependsOn: ['estates', 'inspections'],
  store: { table: 'notices', batch: 'notices', reads: [...NOTICE_READS], existing: (ledger) => existingNotices(ledger) },
  exportSheet: (ledger) => (ledger.notices ? noticeRecordSheet(noticePlaces(ledger)) : null),
};

/** A notice's steps (报告整改, 复查, 督办): rows of their own, written into their notice's course. */
export const noticeStepsKind: RecordKind<'noticeSteps'> = {
  key: 'noticeSteps',
  mapping: () => noticeStepsMapping,
  dependsOn: ['notices'],
  store: { table: 'notices', batch: 'notices', reads: [...NOTICE_READS], existing: (ledger) => existingNoticeSteps(ledger) },
  // A street whose notices took no step yet has no 整改过程 sheet.
  exportSheet: (ledger) => (ledger.notices?.some((n) => n.events.length > 0) ? noticeStepSheet(noticePlaces(ledger)) : null),
};

/** Acceptance surveys: flat records of an estate, each with the threshold it was judged by. */
export const surveysKind: RecordKind<'surveys'> = {
  key: 'surveys',
  mapping: () => surveysMapping,
  dependsOn: ['estates'],
  store: {
    table: 'surveys',
    batch: 'surveys',
    reads: ['communities', 'estates', 'surveys'],
    existing: (ledger) => existingPlaced(ledger, ledger.surveys),
  },
  exportSheet: (ledger) => (ledger.surveys ? surveyRecordSheet(ledger, ledger.surveys) : null),
};
