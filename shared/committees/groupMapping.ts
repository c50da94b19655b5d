import { textCell } from '../exchange/export/cells';
import { placedSheet, type Places } from '../exchange/export/placedTables';
import type { SheetSpec } from '../exchange/export/xlsxFile';
import type { RecordMapping } from '../exchange/mapping';
import { dateCell } from './committeeCells';
import { committeeMessages } from './messages';
import type { PreparatoryGroup, PreparatoryGroupFields } from './types';
import { validatePreparatoryGroup } from './validation';
import { placedIdentity, placedMapping, validatePlaced, type Placed } from '../exchange/placedRecord';

/** A preparatory group (筹备组) as a sheet row: the full workbook's 筹备组 sheet. */
export type PreparatoryGroupRow = Placed<PreparatoryGroupFields>;

export const preparatoryGroupsMapping = placedMapping<PreparatoryGroupRow>({
  kind: 'preparatoryGroups',
  fields: [
    { key: 'formedOn', kind: 'date', required: true, synonyms: ['成立日期', '筹备组成立日期', '组建日期'] },
    { key: 'members', kind: 'text', synonyms: ['筹备组成员', '成员', '成员名单'] },
    { key: 'communityRepresentative', kind: 'text', synonyms: ['社区代表', '社区居委会代表'] },
    { key: 'notes', kind: 'text', synonyms: ['备注', '说明'] },
  ],
  minFields: 4,
  validate: (draft) => validatePlaced(draft, validatePreparatoryGroup),
  identity: (value) => placedIdentity(value, [value.formedOn], 'formedOn'),
  diffFields: ['members', 'communityRepresentative', 'notes'],
});

/** The full workbook's 筹备组 sheet. */
export function preparatoryGroupRecordSheet(places: Places, groups: readonly PreparatoryGroup[]): SheetSpec {
  const zh = committeeMessages['zh-CN'];
  return placedSheet(zh.report.groupsSheet, preparatoryGroupsMapping as RecordMapping<unknown>, places, groups, (g) => g.formedOn, {
    formedOn: (g) => dateCell(g.formedOn),
    members: (g) => textCell(g.members.join(zh.report.nameSeparator)),
    communityRepresentative: (g) => textCell(g.communityRepresentative),
    notes: (g) => textCell(g.notes),
  });
}
