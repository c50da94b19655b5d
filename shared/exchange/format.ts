import { compositeKey } from '../common/compositeKey';
import { problemText } from '../common/problem';
import type { Finding } from '../estates';
import { domainMessages } from '../i18n/domain';
import { exchangeMessages } from '../i18n/exchange';
import { formatFinding, formatProblem } from '../i18n/format';
import type { Locale } from '../i18n/locale';
import { ExchangeError, exchangeErrorText, type ExchangeFailure } from './errors';
import { columnLetter } from './grid';
import type { NotImportedReason } from './mapping';
import type { NotImportedCell, SheetAnalysis, SheetWarning } from './pipeline';
import type { SkipReason } from './rowKind';
import { rowIssueText, type RowProblem, type SkippedRow } from './validateRows';

/** The one sentence a person reads for a refused file. */
export function formatExchangeError(refusal: ExchangeFailure | ExchangeError, locale: Locale = 'zh-CN'): string {
  return exchangeErrorText(refusal instanceof ExchangeError ? refusal.failure : refusal, exchangeMessages[locale].errors);
}

/** "户数：不能为负数", "名称：与第 4 行重复（印盒石社区 / 阳光花园）". */
export function formatRowProblem(problem: RowProblem, locale: Locale = 'zh-CN'): string {
  const dm = domainMessages[locale];
  const issue = problem.issue;
  if (issue.source === 'domain') return formatProblem(issue.problem, dm);
  const reason = formatRowReason(problem, locale);
  if (problem.field === null) return reason;
  return `${dm.fields[problem.field] ?? problem.field}${dm.separator}${reason}`;
}

/** The reason alone ("不能为负数"), for a line that already names the column. */
export function formatRowReason(problem: RowProblem, locale: Locale = 'zh-CN'): string {
  const issue = problem.issue;
  if (issue.source === 'domain') return problemText(issue.problem, domainMessages[locale].problems);
  return rowIssueText(issue, exchangeMessages[locale].rowProblems);
}

export function formatSkipReason(reason: SkipReason, locale: Locale = 'zh-CN'): string {
  return exchangeMessages[locale].skipReasons[reason] ?? reason;
}

/** A skipped row's reason with what it is about: "其他街道的小区（红星街道）". */
export function formatSkippedRow(row: SkippedRow, locale: Locale = 'zh-CN'): string {
  const reason = formatSkipReason(row.reason, locale);
  return row.detail ? exchangeMessages[locale].skipDetail(reason, row.detail) : reason;
}

export function formatNotImportedReason(reason: NotImportedReason, locale: Locale = 'zh-CN'): string {
  return exchangeMessages[locale].notImportedReasons[reason] ?? reason;
}

/** Filled cells of not-importable columns, one group per sheet and column, rows in order. */
export function groupNotImported(cells: readonly NotImportedCell[]): { sheet?: string; column: string; header: string; rows: number[]; reason: NotImportedReason }[] {
  const groups = new Map<string, { sheet?: string; column: string; header: string; rows: number[]; reason: NotImportedReason }>();
  for (const cell of cells) {
    const key = compositeKey(cell.sheet ?? '', cell.column);
    let group = groups.get(key);
    if (!group) {
      group = { ...(cell.sheet !== undefined ? { sheet: cell.sheet } : {}), column: columnLetter(cell.column), header: cell.header, rows: [], reason: cell.reason };
      groups.set(key, group);
    }
    group.rows.push(cell.row);
  }
  return [...groups.values()];
}

export function formatWarning(warning: SheetWarning, locale: Locale = 'zh-CN'): string {
  const texts = exchangeMessages[locale].warnings;
  return warning.code === 'rowsCutOff' ? texts.rowsCutOff(warning.params) : texts.columnsCutOff(warning.params);
}

/** A reconciliation finding with the cell it is about: "二类：实有 0 个，规划 12 个，相差 -12". */
export function formatFindingAt(finding: Finding, locale: Locale = 'zh-CN'): string {
  const dm = domainMessages[locale];
  const cell = exchangeMessages[locale].layout.findingCells[finding.cell];
  const text = formatFinding(finding, dm);
  return finding.kind === 'planClassesDoNotAddUp' || !cell ? text : `${cell}${dm.separator}${text}`;
}

/** One refused cell or row as a person reads it: where (sheet, Excel row, column) and why. */
export interface ProblemLine {
  readonly sheet: string;
  readonly row: number;
  /** "D", or null for a problem of the whole row. */
  readonly column: string | null;
  /** The column's name in the sheet. */
  readonly header: string | null;
  readonly field: string | null;
  readonly message: string;
  /** The message without the field's name, for a line that names the column already. */
  readonly reason: string;
}

export function listProblems(analysis: SheetAnalysis<unknown>, locale: Locale = 'zh-CN'): ProblemLine[] {
  const labels = analysis.header.labels;
  return analysis.rows.invalid.flatMap((r) =>
    r.problems.map((p) => ({
      sheet: r.sheet ?? analysis.sheet.name,
      row: r.row,
      column: p.column === null ? null : columnLetter(p.column),
      header: p.column === null ? null : (labels[p.column] ?? null),
      field: p.field,
      message: formatRowProblem(p, locale),
      reason: formatRowReason(p, locale),
    })),
  );
}
