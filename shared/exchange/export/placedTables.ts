import type { AssemblyMeeting, PreparatoryGroup } from '../../committee/types';
import type { Community } from '../../domain/community';
import type { Estate } from '../../domain/estate';
import { committeeMessages } from '../../i18n/committees';
import { inspectionMessages } from '../../i18n/inspections';
import type { AcceptanceSurvey } from '../../inspection/survey';
import type { RecordMapping } from '../mapping';
import { assemblyMeetingsMapping } from '../mappings/assemblyMeetings';
import { preparatoryGroupsMapping } from '../mappings/preparatoryGroups';
import { surveysMapping } from '../mappings/surveys';
import { numberCell, textCell, type OutCell } from './cells';
import { dateCell } from './committeeCells';
import type { SheetSpec } from './xlsxFile';

/**
 * Sheets of the full workbook for the flat records of an estate (preparatory groups, assembly
 * meetings, surveys), with their mappings' canonical headers so the import reads them back to
 * the same records. Chinese labels whatever the UI language: this is the exchange format.
 */

export interface Places {
  readonly communities: readonly Pick<Community, 'id' | 'name'>[];
  readonly estates: readonly Pick<Estate, 'id' | 'communityId' | 'name'>[];
}

/** Records whose estate is known, with its names, in the office's order (community, estate, then `order`). */
export function placeByEstate<T extends { readonly estateId: string }>(places: Places, records: readonly T[], order: (record: T) => string): { community: string; estate: string; record: T }[] {
  const communityOrder = new Map(places.communities.map((c, i) => [c.id, i]));
  const communityName = new Map(places.communities.map((c) => [c.id, c.name]));
  const estateOrder = new Map(places.estates.map((e, i) => [e.id, i]));
  const estateById = new Map(places.estates.map((e) => [e.id, e]));
  const placed = records.flatMap((record) => {
    const estate = estateById.get(record.estateId);
    const community = estate ? communityName.get(estate.communityId) : undefined;
    if (!estate || community === undefined) return [];
    return [{ community, estate: estate.name, record, key: [communityOrder.get(estate.communityId) ?? 0, estateOrder.get(estate.id) ?? 0] as const }];
  });
  placed.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || order(a.record).localeCompare(order(b.record)));
  return placed.map(({ community, estate, record }) => ({ community, estate, record }));
}

function placedSheet<T extends { readonly estateId: string }>(
  name: string,
  mapping: RecordMapping<unknown>,
  places: Places,
  records: readonly T[],
  order: (record: T) => string,
  cells: Readonly<Record<string, (record: T) => OutCell>>,
): SheetSpec {
  const keys = Object.keys(cells);
  const header = ['community', 'estate', ...keys].map((key) => textCell(mapping.fields.find((f) => f.key === key)?.synonyms[0] ?? key));
  const rows = placeByEstate(places, records, order).map(({ community, estate, record }) => [textCell(community), textCell(estate), ...keys.map((key) => cells[key]!(record))]);
  return { name, rows: [header, ...rows], freezeRows: 1 };
}

const committees = committeeMessages['zh-CN'];
const inspections = inspectionMessages['zh-CN'];

export function preparatoryGroupSheet(places: Places, groups: readonly PreparatoryGroup[]): SheetSpec {
  return placedSheet(committees.report.groupsSheet, preparatoryGroupsMapping as RecordMapping<unknown>, places, groups, (g) => g.formedOn, {
    formedOn: (g) => dateCell(g.formedOn),
    members: (g) => textCell(g.members.join('、')),
    communityRepresentative: (g) => textCell(g.communityRepresentative),
    notes: (g) => textCell(g.notes),
  });
}

export function assemblyMeetingSheet(places: Places, meetings: readonly AssemblyMeeting[]): SheetSpec {
  return placedSheet(committees.report.meetingsSheet, assemblyMeetingsMapping as RecordMapping<unknown>, places, meetings, (m) => m.heldOn, {
    kind: (m) => textCell(committees.meetingKind[m.kind] ?? m.kind),
    heldOn: (m) => dateCell(m.heldOn),
    convenedBy: (m) => textCell(m.convenedBy),
    attendingOwners: (m) => numberCell(m.attendingOwners),
    ownerSharePercent: (m) => numberCell(m.ownerSharePercent),
    areaSharePercent: (m) => numberCell(m.areaSharePercent),
    resolutions: (m) => textCell(m.resolutions),
  });
}

export function surveySheet(places: Places, surveys: readonly AcceptanceSurvey[]): SheetSpec {
  return placedSheet(inspections.report.surveySheet, surveysMapping as RecordMapping<unknown>, places, surveys, (s) => s.surveyedOn, {
    surveyedOn: (s) => dateCell(s.surveyedOn),
    surveyed: (s) => numberCell(s.surveyed),
    satisfied: (s) => numberCell(s.satisfied),
    threshold: (s) => numberCell(Math.round(s.threshold * 1e6) / 1e4),
    note: (s) => textCell(s.note),
  });
}
