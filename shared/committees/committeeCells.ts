import { serialFromIsoDate } from '../common/dates';
import { textCell, type OutCell } from '../exchange/export/cells';

/**
 * A day as Excel holds one: the 1900-system serial under a yyyy-mm-dd format, so the district
 * can sort and filter by it; a day Excel cannot hold stays ISO text.
 */
export function dateCell(iso: string | null): OutCell {
  if (iso === null) return null;
  const serial = serialFromIsoDate(iso);
  return serial === null ? textCell(iso) : { t: 'n', v: serial, z: 'yyyy-mm-dd' };
}
