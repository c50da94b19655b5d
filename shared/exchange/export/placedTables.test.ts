import { describe, expect, it } from 'vitest';
import { assemblyMeetingRecordSheet, assemblyMeetingsMapping, preparatoryGroupRecordSheet, preparatoryGroupsMapping, type AssemblyMeeting, type PreparatoryGroup } from '../../committees';
import { inspectionRecordSheet, inspectionsMapping, surveyRecordSheet, surveysMapping, type AcceptanceSurvey } from '../../inspections';
import { inspectionRow } from '../../inspections/testRows';
import type { RecordMapping } from '../mapping';
import { analyseWorkbook } from '../pipeline';
import type { Places } from './placedTables';
import { writeXlsx, type SheetSpec } from './xlsxFile';

const places: Places = {
  communities: [{ id: 'c1', name: '新华社区' }, { id: 'c2', name: '太平社区' }],
  estates: [{ id: 'e1', communityId: 'c1', name: '锦绣花园（东区）' }, { id: 'e2', communityId: 'c2', name: '机关宿舍' }],
};
const stamps = { createdAt: 1, updatedAt: 2 };

const groups: PreparatoryGroup[] = [
  { id: 'g1', estateId: 'e2', formedOn: '2023-03-01', members: ['王芳', '李强（业主）'], communityRepresentative: '赵丽', notes: '首次筹备；\n第二行', ...stamps },
  { id: 'g2', estateId: 'e1', formedOn: '2022-01-05', members: [], communityRepresentative: '', notes: '', ...stamps },
];
const meetings: AssemblyMeeting[] = [
  { id: 'm1', estateId: 'e1', kind: 'first', heldOn: '2022-06-01', convenedBy: '筹备组', attendingOwners: 120, ownerSharePercent: 67.5, areaSharePercent: 70, resolutions: '选举业委会；\n通过议事规则', ...stamps },
  { id: 'm2', estateId: 'e1', kind: 'extraordinary', heldOn: '2023-02-01', convenedBy: '', attendingOwners: null, ownerSharePercent: null, areaSharePercent: null, resolutions: '', ...stamps },
];
const surveys: AcceptanceSurvey[] = [
  { id: 's1', estateId: 'e1', surveyedOn: '2024-06-01', surveyed: 100, satisfied: 86, note: '入户（抽样）', threshold: 0.85, ...stamps },
  { id: 's2', estateId: 'e2', surveyedOn: '2024-06-02', surveyed: 40, satisfied: 30, note: '', threshold: 0.9, ...stamps },
];

const place = (estateId: string) => (estateId === 'e1' ? { community: '新华社区', estate: '锦绣花园（东区）' } : { community: '太平社区', estate: '机关宿舍' });
const rowOf = <T extends { id: string; estateId: string; createdAt: number; updatedAt: number }>({ id: _i, estateId, createdAt: _c, updatedAt: _u, ...fields }: T) => ({ ...fields, ...place(estateId) });

async function readBack<V>(sheet: SheetSpec, mapping: RecordMapping<V>): Promise<V[]> {
  const analysis = await analyseWorkbook(writeXlsx([sheet]), '台账.xlsx', mapping);
  expect(analysis.rows.invalid).toEqual([]);
  return analysis.rows.valid.map((r) => r.value);
}

describe('the full workbook sheets of an estate’s flat records', () => {
  it('read back to the same preparatory groups, in the office’s order', async () => {
    expect(await readBack(preparatoryGroupRecordSheet(places, groups), preparatoryGroupsMapping)).toEqual([rowOf(groups[1]!), rowOf(groups[0]!)]);
  });
  it('read back to the same assembly meetings', async () => {
    expect(await readBack(assemblyMeetingRecordSheet(places, meetings), assemblyMeetingsMapping)).toEqual(meetings.map(rowOf));
  });
  it('read back to the same surveys, with the threshold each was judged by', async () => {
    expect(await readBack(surveyRecordSheet(places, surveys), surveysMapping)).toEqual(surveys.map(rowOf));
  });
  it('read back to the same inspections, every category with its note and mark', async () => {
    const inspections = [
      inspectionRow({ id: 'i1', estateId: 'e2', kind: 'assessment', inspectors: ['张敏', '李强'], score: 88.5, findings: '东门（北侧）堆物；\n已口头告知' }),
      inspectionRow({ id: 'i2', estateId: 'e1', time: '', categories: { ...inspectionRow().categories, sanitation: { result: 'problem', note: '垃圾未清运', mark: 12 } } }),
    ];
    const rows = inspections.map(({ photoCount: _p, ...i }) => rowOf(i));
    expect(await readBack(inspectionRecordSheet(places, inspections), inspectionsMapping)).toEqual([rows[1], rows[0]]);
  });
});
