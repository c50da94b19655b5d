import { allRecordKinds } from '../kinds';
import type { ExportLedger } from '../recordKind';
import type { SheetSpec } from './xlsxFile';
import { writeXlsx } from './xlsxFile';

/**
 * Everything, one sheet per record kind in the registry's order (社区, 小区, and with committee
 * terms 业委会届次 and 业委会成员) with stable Chinese headers: the backup a clerk can read, and a
 * file the import takes back to exactly the same records.
 */
export function exportFullWorkbook(ledger: ExportLedger & { readonly history?: SheetSpec; readonly extra?: readonly SheetSpec[] }): Uint8Array {
  const sheets: SheetSpec[] = [];
  for (const kind of allRecordKinds()) {
    const sheet = kind.exportSheet?.(ledger);
    if (sheet) sheets.push(sheet);
  }
  // Then sheets to read, not to import (the year's credit summary: it is derived from the above).
  sheets.push(...(ledger.extra ?? []));
  // Last: the field history, to read (the app keeps its own; importing leaves it be).
  if (ledger.history) sheets.push(ledger.history);
  return writeXlsx(sheets);
}
