import { columnUses, lookalikeIgnored, type ColumnUse } from '../../shared/exchange/columnUse';
import { columnLetter } from '../../shared/exchange/grid';
import { changeWords } from './changeWords';
import type { SheetMatch } from './sheetMatch';
import { domainMessages } from '../../shared/i18n/domain';
import { formatNotImportedReason, formatRowProblem, formatRowReason, formatSkippedRow, formatWarning, groupNotImported } from '../../shared/exchange/format';
import type { RecordMapping } from '../../shared/exchange/mapping';
import type { TermRules } from '../../shared/committees';
import type { CreatedRecords, ExchangeAnalysis } from '../../shared/exchange/exchangeAnalysis';
import { unknownCommunitiesOf } from '../../shared/estates';
import { NO_DIFF, type ExchangeDiff } from '../../shared/exchange/exchangeDiff';
import { IMPORT_KINDS, mappingOf } from '../../shared/exchange/kinds';
import type { ExchangeKind } from '../../shared/exchange/recordKind';
import type { SheetCandidate, WorkbookAnalysis } from '../../shared/exchange/pipeline';
import type { RecordDiff } from '../../shared/exchange/diff';
import type { Locale } from '../../shared/i18n/locale';
import { unknownCompaniesOf, type Company } from '../../shared/companies';

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
  /** Named columns that feed no field. */
  readonly ignored: readonly ColumnUse[];
  /** Of those, the ones whose name looks like a field the ledger keeps (物业, 面积, 栋, 户, 电话). */
  readonly lookalikes: readonly ColumnUse[];
  /** What rows say in columns the kind cannot keep (整改期限 in an inspection log), by column. */
  readonly notImported: readonly { readonly column: string; readonly header: string; readonly rows: readonly number[]; readonly reason: string }[];
  /** Required fields the sheet has no column for and nobody gave a value: the user must choose. */
  readonly missing: readonly string[];
  /** Each sheet read, with the fields its rows take from its name or from the user ("天乐社区"). */
  readonly parts: readonly { readonly name: string; readonly fixed: Readonly<Record<string, string>> }[];
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
  /** Communities estate rows name that the ledger lacks: offered for creation. */
  readonly unknownCommunities: readonly string[];
  /** Communities that will be created with the import, as the user agreed. */
  readonly newCommunities: readonly string[];
  /** Companies estate rows name that the register lacks: offered for registration. */
  readonly unknownCompanies: readonly string[];
  /** Companies that will be registered with the import, as the user agreed. */
  readonly newCompanies: readonly string[];
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
  const uses = columnUses(analysis.header.labels, analysis.columns);
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
    ignored: uses.filter((u) => u.field === null),
    notImported: groupNotImported(analysis.notImported).map((g) => ({ column: g.sheet ? `${g.sheet} ${g.column}` : g.column, header: g.header, rows: g.rows.slice(0, PREVIEW_LIST_LIMIT), reason: formatNotImportedReason(g.reason, locale) })),
    missing: mapping.fields.filter((f) => f.required && !analysis.columns.fields[f.key] && analysis.parts.some((p) => p.fixed[f.key] === '')).map((f) => f.key),
    parts: analysis.parts.map((p) => ({ name: p.name, fixed: p.fixed })),
    lookalikes: lookalikeIgnored(uses),
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
    skipped: analysis.rows.skipped.slice(0, PREVIEW_LIST_LIMIT).map((s) => ({ row: s.row, text: formatSkippedRow(s, locale) })),
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
  created: CreatedRecords = {},
  companies: readonly Company[] = [],
): InventoryPreview {
  const kinds: KindPreview[] = [];
  const one = <K extends ExchangeKind>(kind: K) => {
    const sheet = analysis[kind];
    if (sheet) kinds.push(kindPreview(kind, sheet, mappingOf(kind, { rules }), diff[kind] ?? NO_DIFF, locale, matchOf));
  };
  for (const kind of IMPORT_KINDS) one(kind);
  const brought = [...(analysis.companies?.rows.valid.map((r) => r.value) ?? []), ...(created.companies ?? [])];
  return {
    fileName, kinds, unknownCommunities: unknownCommunitiesOf(analysis.estates), newCommunities: (created.communities ?? []).map((c) => c.name),
    unknownCompanies: unknownCompaniesOf(analysis.estates, companies, brought), newCompanies: (created.companies ?? []).map((c) => c.name),
  };
}
