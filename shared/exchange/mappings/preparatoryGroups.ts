import type { PreparatoryGroupFields } from '../../committee/types';
import { validatePreparatoryGroup } from '../../committee/validation';
import { placedIdentity, placedMapping, validatePlaced, type Placed } from './placedRecord';

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
