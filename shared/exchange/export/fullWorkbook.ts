import { allRecordKinds } from '../kinds';
import type { ExportLedger } from '../recordKind';
import type { SheetSpec } from './xlsxFile';
import { writeXlsx } from './xlsxFile';

/**
 * Everything, one sheet per record kind in the registry's order (社区, 小区, and with committee
 * terms 业委会届次 and 业委会成员) with stable Chinese headers: the backup a clerk can read, and a
 * file the import takes back to exactly the same records.
 */
export function exportFullWorkbook(ledger: ExportLedger): Uint8Array {
  const sheets: SheetSpec[] = [];
  for (const kind of allRecordKinds()) {
    const sheet = kind.exportSheet?.(ledger);
    if (sheet) sheets.push(sheet);
  }
  return writeXlsx(sheets);
}
