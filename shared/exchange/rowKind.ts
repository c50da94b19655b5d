import type { CellValue } from './grid';
import { isBlank } from './grid';

/**
 * Rows that are part of the sheet but not records: blank rows, total rows (合计 / 总计 / 小计,
 * also "印盒石社区小计"), and the notes and signatures under a table ("填表人：", "注：").
 */
export type SkipReason = 'blank' | 'total' | 'note' | 'otherStreet';

// Matching data, not UI words: what clerks and offices write, read in every locale (issue 8).
const TOTAL_WORD = /^(合计|总计|小计|共计|累计)|(合计|总计|小计|共计)$/;
const NOTE_START = /^(注|备注|说明|填表人|填报人|制表人|审核人|审核|负责人|联系人|联系电话|填表日期|填报日期|制表日期|单位负责人)[:：]/;
const MAX_NOTE_CELLS = 3;

function compact(value: CellValue): string {
  return typeof value === 'string' ? value.normalize('NFKC').replace(/\s+/g, '') : '';
}

export interface RowShape {
  readonly cells: readonly CellValue[];
  /** Columns mapped to fields. */
  readonly mappedColumns: readonly number[];
  /** Columns of the fields that name a record (where 合计 is written). */
  readonly markerColumns: readonly number[];
}

export function skipReason({ cells, mappedColumns, markerColumns }: RowShape): SkipReason | undefined {
  const filled = cells.filter((v) => !isBlank(v ?? null));
  const first = compact(filled[0] ?? null);
  if (filled.length > 0 && filled.length <= MAX_NOTE_CELLS && NOTE_START.test(first)) return 'note';
  if (mappedColumns.every((c) => isBlank(cells[c] ?? null))) return 'blank';
  // 合计 is written in a name column, or in the first column (often 序号) merged across.
  const markers = [first, ...markerColumns.map((c) => compact(cells[c] ?? null))].filter((t) => t !== '');
  if (markers.some((t) => TOTAL_WORD.test(t.replace(/[:：]$/, '')))) return 'total';
  return undefined;
}
