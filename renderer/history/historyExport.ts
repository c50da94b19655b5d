import type { SheetSpec } from '../../shared/exchange/export/xlsxFile';
import type { HistoryEntry } from '../../shared/history/fieldHistory';
import { historySheet } from '../../shared/history/historySheet';
import { committeeMessages } from '../../shared/committees';
import { messagesFor } from '../../shared/i18n/catalogs';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';
import { listHistory } from './historyRepository';

type Row = Readonly<Record<string, unknown>>;

/** The fields that name a record to a person, the first one a row has. */
const LABEL_FIELDS = ['number', 'name', 'inspectedOn', 'surveyedOn', 'heldOn', 'formedOn'] as const;

function labelOf(row: Row | undefined): string | undefined {
  if (!row) return undefined;
  if (typeof row.termNumber === 'number') return committeeMessages['zh-CN'].report.term(row.termNumber);
  for (const field of LABEL_FIELDS) if (typeof row[field] === 'string' && row[field] !== '') return row[field];
  return undefined;
}

/**
 * The history sheet of the full workbook, in the workbook's language (Chinese, like its other
 * headers). Records are named from the rows still held, or from the deleted record the entry
 * kept, so a line about a deleted estate still says which.
 */
export async function historySheetOf(db: StreetLedgerDb, records: readonly { readonly id: string }[]): Promise<SheetSpec> {
  const entries = await listHistory(db);
  const byId = new Map<string, Row>();
  for (const row of records as readonly Row[]) {
    if (typeof row.id === 'string') byId.set(row.id, row);
    if (Array.isArray(row.members)) for (const m of row.members as Row[]) if (typeof m.id === 'string') byId.set(m.id, m);
  }
  const deleted = new Map(entries.filter((e) => e.change === 'deleted').map((e) => [e.recordId, e.before as Row]));
  const recordLabel = (entry: HistoryEntry) => labelOf(byId.get(entry.recordId)) ?? labelOf(deleted.get(entry.recordId)) ?? entry.recordId;
  return historySheet(messagesFor('zh-CN'), entries, {
    nameOf: (field, id) => (field === 'communityId' || field === 'estateId' ? labelOf(byId.get(id) ?? deleted.get(id)) : undefined),
    recordLabel,
    estateName: (estateId) => labelOf(byId.get(estateId) ?? deleted.get(estateId)),
  });
}
