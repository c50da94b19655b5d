import type { DateSystem } from '../common/dates';
import type { Problem } from '../common/problem';
import type { ColumnMapping } from './columnMap';
import type { CellValue, Grid } from './grid';
import { shownKey } from './grid';
import type { FieldDef, RecordMapping } from './mapping';
import { normaliseCell, type CellProblemCode } from './normalise';
import { skipReason, type SkipReason } from './rowKind';
import { cleanText, nameKey } from '../common/text';
import { sameStreet } from './street';

/**
 * Every data row below the header becomes exactly one of: a valid record, an invalid row with
 * its reasons, or a skipped row (blank, total, note). Row numbers are the sheet's own, 1-based,
 * as Excel shows them.
 */

/** The exchange's own row problems and what each one's message needs. */
export type RowProblemParams = { readonly [C in CellProblemCode]: { readonly value: string } } & {
  readonly duplicateRow: { readonly row: number; readonly label: string };
};
export type RowProblemCode = keyof RowProblemParams;

/** An exchange row problem of one of the codes `C`. */
export type ExchangeRowIssue<C extends RowProblemCode = RowProblemCode> = {
  [K in C]: { readonly source: 'exchange'; readonly code: K; readonly params: RowProblemParams[K] };
}[C];

/** How a catalog words the exchange's row problems. */
export type RowProblemTexts = { readonly [C in RowProblemCode]: (params: RowProblemParams[C]) => string };

/** An exchange row problem in words: where the issue meets its catalog entry. */
export function rowIssueText<C extends RowProblemCode>(issue: ExchangeRowIssue<C>, texts: RowProblemTexts): string {
  const text: (params: RowProblemParams[C]) => string = texts[issue.code];
  return text(issue.params);
}

/** A reason a row was refused: a domain problem (formatted by `formatProblem`) or one of ours. */
export type RowIssue = { readonly source: 'domain'; readonly problem: Problem } | ExchangeRowIssue;

export interface RowProblem {
  /** The mapping field, or null for the row as a whole. */
  readonly field: string | null;
  /** 0-based column, or null when the field has no column in this sheet. */
  readonly column: number | null;
  readonly issue: RowIssue;
}

export interface ValidRow<V> {
  readonly row: number;
  /** The street the row says it belongs to (a district list), when the sheet has that column. */
  readonly street?: string;
  /** Set when the list spans several sheets (one per community). */
  readonly sheet?: string;
  readonly value: V;
  readonly cells: readonly CellValue[];
}

export interface InvalidRow {
  readonly row: number;
  readonly sheet?: string;
  readonly cells: readonly CellValue[];
  /** What the sheet showed for number cells whose display differs (dates, 000123), by column. */
  readonly shown: Readonly<Record<number, string>>;
  readonly problems: readonly RowProblem[];
}

export interface SkippedRow {
  readonly row: number;
  readonly sheet?: string;
  readonly reason: SkipReason;
  /** What the reason is about: the other street's name for `otherStreet`. */
  readonly detail?: string;
}

export interface RowOutcome<V> {
  readonly valid: ValidRow<V>[];
  readonly invalid: InvalidRow[];
  readonly skipped: SkippedRow[];
}

export interface RowContext {
  readonly dateSystem: DateSystem;
  /** 0-based row where the data rows end (exclusive): the row cap, counted below the header. */
  readonly endRow?: number;
  /**
   * Keys of records other kinds already hold (e.g. community name keys), by kind. A kind left
   * out is not checked: the command-line tool has no database and takes names as given.
   */
  readonly known?: Readonly<Record<string, ReadonlySet<string>>>;
  /**
   * The street whose rows are wanted (the app's own); rows of other streets are skipped with
   * that reason. Leave out to keep every street's rows (the command, a district's view).
   */
  readonly ownStreet?: string;
  /** Fields given one value for every row (a sheet per community): they win over any column. */
  readonly fixed?: Readonly<Record<string, string>>;
}

function shownInRow(grid: Grid, row: number, width: number): Record<number, string> {
  const out: Record<number, string> = {};
  for (let c = 0; c < width; c++) {
    const text = grid.shown.get(shownKey(row, c));
    if (text !== undefined) out[c] = text;
  }
  return out;
}

interface MappedField {
  readonly def: FieldDef;
  readonly column: number;
  readonly scale: number;
}

export function readRows<V>(
  grid: Grid,
  firstDataRow: number,
  mapping: RecordMapping<V>,
  columns: ColumnMapping,
  context: RowContext,
): RowOutcome<V> {
  const mapped: MappedField[] = [];
  const fixed = context.fixed ?? {};
  for (const def of mapping.fields) {
    const assignment = columns.fields[def.key];
    if (assignment && !(def.key in fixed)) mapped.push({ def, column: assignment.column, scale: assignment.scale });
  }
  const columnOf = (field: string): number | null => (field in fixed ? null : (columns.fields[field]?.column ?? null));
  const mappedColumns = mapped.map((m) => m.column);
  const markerColumns = mapping.totalMarkerFields.map(columnOf).filter((c): c is number => c !== null);
  const seen = new Map<string, number>();
  const out: RowOutcome<V> = { valid: [], invalid: [], skipped: [] };

  const end = Math.min(grid.rows.length, context.endRow ?? grid.rows.length);
  for (let r = firstDataRow; r < end; r++) {
    const cells = grid.rows[r] ?? [];
    const excelRow = r + 1;
    const reason = skipReason({ cells, mappedColumns, markerColumns });
    if (reason) {
      out.skipped.push({ row: excelRow, reason });
      continue;
    }
    const problems: RowProblem[] = [];
    const draft: Record<string, unknown> = { ...fixed };
    for (const { def, column, scale } of mapped) {
      const cell = normaliseCell(cells[column] ?? null, def.kind, {
        shown: grid.shown.get(shownKey(r, column)),
        dateSystem: context.dateSystem,
        scale,
      });
      if (cell.ok) draft[def.key] = cell.value;
      else problems.push({ field: def.key, column, issue: { source: 'exchange', code: cell.code, params: { value: cell.value } } });
    }
    const street = mapping.streetField === undefined ? '' : cleanText(String(draft[mapping.streetField] ?? ''));
    if (street !== '' && context.ownStreet !== undefined && !sameStreet(street, context.ownStreet)) {
      out.skipped.push({ row: excelRow, reason: 'otherStreet', detail: street });
      continue;
    }
    const result = mapping.validate(draft);
    if (!result.ok) {
      for (const problem of result.problems) {
        const field = mapping.problemFields?.[problem.field] ?? problem.field;
        // A field already refused while reading its cell is not refused twice.
        if (problems.some((p) => p.field === field)) continue;
        problems.push({ field, column: columnOf(field), issue: { source: 'domain', problem: { ...problem, field } } });
      }
    }
    if (result.ok && problems.length === 0) {
      const identity = mapping.identity(result.value);
      // Two streets' 新村社区 / 阳光花园 are two estates; our own street's rows key as stored ones do.
      const key = street !== '' && context.ownStreet === undefined ? `${nameKey(street)}\u0002${identity.key}` : identity.key;
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        problems.push({
          field: identity.field,
          column: columnOf(identity.field),
          issue: { source: 'exchange', code: 'duplicateRow', params: { row: earlier, label: identity.label } },
        });
      } else {
        for (const ref of mapping.references?.(result.value) ?? []) {
          const known = context.known?.[ref.kind];
          if (known && !known.has(ref.key)) {
            problems.push({ field: ref.problem.field, column: columnOf(ref.problem.field), issue: { source: 'domain', problem: ref.problem } });
          }
        }
      }
      if (problems.length === 0) {
        seen.set(key, excelRow);
        out.valid.push({ row: excelRow, ...(street !== '' && context.ownStreet === undefined ? { street } : {}), value: result.value, cells });
        continue;
      }
    }
    // Left to right, as the clerk reads the row; whole-row problems last.
    problems.sort((a, b) => (a.column ?? Number.MAX_SAFE_INTEGER) - (b.column ?? Number.MAX_SAFE_INTEGER));
    out.invalid.push({ row: excelRow, cells, shown: shownInRow(grid, r, cells.length), problems });
  }
  return out;
}
