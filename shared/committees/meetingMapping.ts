import { numberCell, textCell } from '../exchange/export/cells';
import { placedSheet, type Places } from '../exchange/export/placedTables';
import type { SheetSpec } from '../exchange/export/xlsxFile';
import type { RecordMapping } from '../exchange/mapping';
import { dateCell } from './committeeCells';
import { committeeMessages } from './messages';
import type { AssemblyMeeting, AssemblyMeetingFields } from './types';
import { validateAssemblyMeeting } from './validation';
import { placedIdentity, placedMapping, validatePlaced, type Placed } from '../exchange/placedRecord';

/** An owners' assembly meeting (业主大会会议) as a sheet row: the full workbook's 业主大会会议 sheet. */
export type AssemblyMeetingRow = Placed<AssemblyMeetingFields>;

export const assemblyMeetingsMapping = placedMapping<AssemblyMeetingRow>({
  kind: 'assemblyMeetings',
  fields: [
    { key: 'kind', kind: 'raw', required: true, synonyms: ['会议类型', '会议类别'] },
    { key: 'heldOn', kind: 'date', required: true, synonyms: ['召开日期', '会议日期', '召开时间'] },
    { key: 'convenedBy', kind: 'text', synonyms: ['召集人', '召集单位'] },
    { key: 'attendingOwners', kind: 'count', synonyms: ['参会业主人数', '参会人数', '参加业主人数'] },
    { key: 'ownerSharePercent', kind: 'measure', synonyms: ['参会业主占比（%）', '参会业主占比', '业主人数占比（%）'] },
    { key: 'areaSharePercent', kind: 'measure', synonyms: ['参会专有面积占比（%）', '专有面积占比', '面积占比（%）'] },
    { key: 'resolutions', kind: 'text', synonyms: ['会议决议', '决议事项', '决议'] },
  ],
  minFields: 4,
  validate: (draft) => validatePlaced(draft, validateAssemblyMeeting),
  identity: (value) => placedIdentity(value, [value.heldOn, value.kind], 'heldOn'),
  diffFields: ['convenedBy', 'attendingOwners', 'ownerSharePercent', 'areaSharePercent', 'resolutions'],
});

/** The full workbook's 业主大会会议 sheet. */
export function assemblyMeetingRecordSheet(places: Places, meetings: readonly AssemblyMeeting[]): SheetSpec {
  const zh = committeeMessages['zh-CN'];
  return placedSheet(zh.report.meetingsSheet, assemblyMeetingsMapping as RecordMapping<unknown>, places, meetings, (m) => m.heldOn, {
    kind: (m) => textCell(zh.meetingKind[m.kind] ?? m.kind),
    heldOn: (m) => dateCell(m.heldOn),
    convenedBy: (m) => textCell(m.convenedBy),
    attendingOwners: (m) => numberCell(m.attendingOwners),
    ownerSharePercent: (m) => numberCell(m.ownerSharePercent),
    areaSharePercent: (m) => numberCell(m.areaSharePercent),
    resolutions: (m) => textCell(m.resolutions),
  });
}
