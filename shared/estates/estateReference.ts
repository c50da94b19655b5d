import type { Problem } from '../common/problem';
import { cleanText, keptText, nameKey } from '../common/text';
import type { RecordReference, SheetNameField } from '../exchange/mapping';
import { compositeKey } from '../common/compositeKey';

/**
 * Column names shared by the sheets whose rows are about an estate (committee terms and members,
 * inspections): which estate a row is about. The first of each
 * list is the header our own exports write.
 */
export const COMMUNITY_SYNONYMS = ['所属社区', '社区', '社区名称', '所在社区', '社区（村）', '所属社区（村）', '社区居委会', '村（社区）', '居委会', '所属居委会', '所属社区居委会'] as const;
export const ESTATE_SYNONYMS = ['小区名称', '小区', '项目名称', '物业管理小区名称', '小区名', '物业管理区域名称', '所属小区', '小区（项目）名称'] as const;
export const TERM_NUMBER_SYNONYMS = ['届次', '业委会届次', '业主委员会届次', '第几届', '届别', '届数'] as const;

/** Sheets that sum up or explain the others (汇总, 合计, 填表说明): about all communities, never one. */
export const SUMMARY_SHEET = /汇总|合计|总表|说明|填表/;

/**
 * A workbook with a sheet per community and no community column: the sheet "天乐社区" gives its
 * rows their community when it names one (a stored community, or a name ending in 社区 / 村 /
 * 居委会).
 */
export const COMMUNITY_FROM_SHEET_NAME: SheetNameField = {
  field: 'community',
  knownKind: 'communities',
  accepts(sheetName, known) {
    const name = cleanText(sheetName);
    if (name === '' || SUMMARY_SHEET.test(name)) return false;
    return known?.has(nameKey(name)) === true || /(社区|村|居委会)$/.test(name);
  },
};

/** The key of an estate named by community and estate name, as estate mappings key it. */
export const estateKey = (communityKey: string, estateKey: string): string => compositeKey(communityKey, estateKey);

/**
 * The community and estate a row is about, as typed (surrounding blanks trimmed), with a
 * `required` problem for each one left blank: every sheet whose rows name an estate needs both.
 */
export function requiredPlace(draft: Readonly<Record<string, unknown>>): { readonly community: string; readonly estate: string; readonly problems: Problem[] } {
  const typed = (value: unknown): string => (value === null || value === undefined ? '' : keptText(String(value)));
  const community = typed(draft.community);
  const estate = typed(draft.estate);
  const problems: Problem[] = [];
  if (community === '') problems.push({ field: 'community', code: 'required' });
  if (estate === '') problems.push({ field: 'estate', code: 'required' });
  return { community, estate, problems };
}

/** A row's pointer at the estate it names, checked against the estates the ledger (or the file) holds. */
export function estateReference(community: string, estate: string): RecordReference {
  return {
    kind: 'estates',
    key: estateKey(nameKey(community), nameKey(estate)),
    problem: { field: 'estate', code: 'unknownEstate', params: { name: `${community} / ${estate}` } },
  };
}
