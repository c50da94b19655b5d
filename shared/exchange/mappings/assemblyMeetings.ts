import type { AssemblyMeetingFields } from '../../committee/types';
import { validateAssemblyMeeting } from '../../committee/validation';
import { placedIdentity, placedMapping, validatePlaced, type Placed } from './placedRecord';

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
