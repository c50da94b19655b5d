import { textCell, type OutCell } from '../exchange/export/cells';
import type { SheetSpec } from '../exchange/export/xlsxFile';
import type { Messages } from '../i18n/catalogs';
import { describeEntry, type NameOf } from './describeEntry';
import type { HistoryEntry } from './fieldHistory';

/**
 * The field history as a sheet of the full workbook (变更记录), oldest first: for reading and for
 * the district, not for importing (the app keeps its history itself; a re-import leaves it be).
 */

const two = (n: number) => String(n).padStart(2, '0');

/** Local time as a clerk reads it: 2024-05-06 14:03. */
export function localTime(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

export interface HistoryNames {
  /** What an id in a value points at (an estate's community). */
  readonly nameOf: NameOf;
  /** How a person recognises the record: a name, a notice number; the id where nothing better. */
  readonly recordLabel: (entry: HistoryEntry) => string;
  readonly estateName: (estateId: string) => string | undefined;
}

export function historySheet(messages: Messages, entries: readonly HistoryEntry[], names: HistoryNames): SheetSpec {
  const t = messages.history.sheet;
  const rows: OutCell[][] = [t.headers.map(textCell)];
  for (const entry of [...entries].sort((a, b) => a.at - b.at)) {
    const words = describeEntry(messages, entry, names.nameOf);
    rows.push([
      textCell(localTime(entry.at)),
      textCell(words.kind),
      textCell(names.recordLabel(entry)),
      textCell(entry.estateId === null ? '' : (names.estateName(entry.estateId) ?? '')),
      textCell(words.change),
      textCell(words.field),
      textCell(words.before),
      textCell(words.after),
      textCell(entry.operator),
      textCell(words.reason),
    ]);
  }
  return { name: t.name, rows, freezeRows: 1 };
}
