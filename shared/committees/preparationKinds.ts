import { existingPlaced } from '../exchange/placedRecord';
import type { RecordKind } from '../exchange/recordKind';
import { assemblyMeetingRecordSheet, assemblyMeetingsMapping } from './meetingMapping';
import { preparatoryGroupRecordSheet, preparatoryGroupsMapping } from './groupMapping';

/**
 * Preparatory groups and owners' assembly meetings as record kinds: flat records of an estate,
 * written and undone together as one preparation batch.
 */

export const preparatoryGroupsKind: RecordKind<'preparatoryGroups'> = {
  key: 'preparatoryGroups',
  mapping: () => preparatoryGroupsMapping,
  dependsOn: ['estates'],
  store: {
    table: 'preparatoryGroups',
    batch: 'preparation',
    reads: ['communities', 'estates', 'groups'],
    existing: (ledger) => existingPlaced(ledger, ledger.groups),
  },
  exportSheet: (ledger) => (ledger.groups ? preparatoryGroupRecordSheet(ledger, ledger.groups) : null),
};

export const assemblyMeetingsKind: RecordKind<'assemblyMeetings'> = {
  key: 'assemblyMeetings',
  mapping: () => assemblyMeetingsMapping,
  dependsOn: ['estates'],
  store: {
    table: 'assemblyMeetings',
    batch: 'preparation',
    reads: ['communities', 'estates', 'meetings'],
    existing: (ledger) => existingPlaced(ledger, ledger.meetings),
  },
  exportSheet: (ledger) => (ledger.meetings ? assemblyMeetingRecordSheet(ledger, ledger.meetings) : null),
};
