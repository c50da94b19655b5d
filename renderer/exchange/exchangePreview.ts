import { columnLetter } from '../../shared/exchange/grid';
import { changeWords } from './changeWords';
import type { SheetMatch } from './sheetMatch';
import { domainMessages } from '../../shared/i18n/domain';
import { formatRowProblem, formatRowReason, formatSkipReason, formatWarning } from '../../shared/exchange/format';
import type { RecordMapping } from '../../shared/exchange/mapping';
import type { TermRules } from '../../shared/committees';
import type { ExchangeAnalysis } from '../../shared/exchange/exchangeAnalysis';
import { NO_DIFF, type ExchangeDiff } from '../../shared/exchange/exchangeDiff';
import { IMPORT_KINDS, mappingOf } from '../../shared/exchange/kinds';
import type { ExchangeKind } from '../../shared/exchange/recordKind';
import type { SheetCandidate, WorkbookAnalysis } from '../../shared/exchange/pipeline';
import type { RecordDiff } from '../../shared/exchange/diff';
import type { Locale } from '../../shared/i18n/locale';

/**
 * What the preview screen shows, as plain data small enough to post from the import worker:
 * counts are exact, lists are capped (a 100,000-row file must not be cloned into the window).
 */

export const PREVIEW_LIST_LIMIT = 500;

export interface ColumnChoice {
  readonly field: string;
  readonly label: string;
  readonly required: boolean;
  /** 0-based column, or null when the field is not imported. */
  readonly column: number | null;
  readonly header: string;
  readonly confidence: number;
  readonly source: 'auto' | 'user' | null;
}

export interface RowLine {
  readonly row: number;
  readonly text: string;
}

export interface ProblemLine {
  readonly row: number;
  /** "C", or "" for the row as a whole. */
  readonly column: string;
  readonly header: string;
  readonly message: string;
}

export interface KindPreview {
  readonly kind: ExchangeKind;
  readonly sheet: { readonly index: number; readonly name: string };
  readonly sheets: readonly SheetCandidate[];
  /** How well the chosen sheet fits this kind; a poor fit is shown with a warning. */
  readonly match: SheetMatch;
  readonly headerRows: { readonly first: number; readonly last: number };
  /** Column names as found, by 0-based column. */
  readonly labels: readonly string[];
  readonly signature: string;
  readonly columns: readonly ColumnChoice[];
  readonly counts: { readonly read: number; readonly valid: number; readonly invalid: number; readonly skipped: number };
  readonly warnings: readonly string[];
  readonly added: readonly RowLine[];
  readonly changed: readonly RowLine[];
  readonly unchanged: number;
  readonly addedCount: number;
  readonly changedCount: number;
  readonly problems: readonly ProblemLine[];
  readonly problemCount: number;
  readonly skipped: readonly RowLine[];
}

export interface InventoryPreview {
  readonly fileName: string;
  readonly kinds: readonly KindPreview[];
}

function kindPreview<V>(
  kind: KindPreview['kind'],
  analysis: WorkbookAnalysis<V>,
  mapping: RecordMapping<V>,
  diff: RecordDiff<V>,
  locale: Locale,
  matchOf: MatchOf,
): KindPreview {
  const dm = domainMessages[locale];
  const label = (field: string) => dm.fields[field] ?? field;
  const describeChange = changeWords(kind, locale);
  const problems: ProblemLine[] = [];
  for (const row of analysis.rows.invalid) {
    for (const p of row.problems) {
      if (problems.length >= PREVIEW_LIST_LIMIT) break;
      problems.push({
        row: row.row,
        column: p.column === null ? '' : columnLetter(p.column),
        header: p.column === null ? '' : (analysis.header.labels[p.column] ?? ''),
        // The table names the column beside it, so a located problem gives its reason alone.
        message: p.column === null ? formatRowProblem(p, locale) : formatRowReason(p, locale),
      });
    }
  }
  return {
    kind,
    sheet: analysis.sheet,
    sheets: analysis.sheets,
    match: matchOf(kind, analysis.sheet.index, analysis.sheets.find((s) => s.index === analysis.sheet.index)?.score ?? 0),
    headerRows: { first: analysis.header.firstRow, last: analysis.header.lastRow },
    labels: analysis.header.labels,
    signature: analysis.header.signature,
    columns: mapping.fields.map((def) => {
      const a = analysis.columns.fields[def.key] ?? null;
      return {
        field: def.key,
        label: label(def.key),
        required: def.required === true,
        column: a?.column ?? null,
        header: a?.header ?? '',
        confidence: a?.confidence ?? 0,
        source: a?.source ?? null,
      };
    }),
    counts: analysis.counts,
    warnings: analysis.warnings.map((w) => formatWarning(w, locale)),
    added: diff.added.slice(0, PREVIEW_LIST_LIMIT).map((r) => ({ row: r.row, text: mapping.identity(r.value).label })),
    changed: diff.changed.slice(0, PREVIEW_LIST_LIMIT).map((r) => ({
      row: r.row,
      text: `${mapping.identity(r.value).label}${dm.separator}${dm.problemList(r.changes.map(describeChange))}`,
    })),
    unchanged: diff.unchanged.length,
    addedCount: diff.added.length,
    changedCount: diff.changed.length,
    problems,
    problemCount: analysis.rows.invalid.reduce((n, r) => n + r.problems.length, 0),
    skipped: analysis.rows.skipped.slice(0, PREVIEW_LIST_LIMIT).map((s) => ({ row: s.row, text: formatSkipReason(s.reason, locale) })),
  };
}

/** Scores a kind's chosen sheet against the other kinds (see sheetMatch.ts). */
export type MatchOf = (kind: ExchangeKind, sheet: number, score: number) => SheetMatch;

export function buildExchangePreview(
  fileName: string,
  analysis: ExchangeAnalysis,
  diff: ExchangeDiff,
  rules: TermRules,
  locale: Locale,
  matchOf: MatchOf,
): InventoryPreview {
  const kinds: KindPreview[] = [];
  const one = <K extends ExchangeKind>(kind: K) => {
    const sheet = analysis[kind];
    if (sheet) kinds.push(kindPreview(kind, sheet, mappingOf(kind, { rules }), diff[kind] ?? NO_DIFF, locale, matchOf));
  };
  for (const kind of IMPORT_KINDS) one(kind);
  return { fileName, kinds };
}
