import { columnUses, lookalikeIgnored } from '../../shared/exchange/columnUse';
import { formatNotImportedReason, formatSkipReason, formatWarning, groupNotImported, listProblems } from '../../shared/exchange/format';
import { columnLetter } from '../../shared/exchange/grid';
import { domainMessages } from '../../shared/i18n/domain';
import type { SkipReason } from '../../shared/exchange/rowKind';
import { EXCHANGE_KINDS } from '../../shared/exchange/kinds';
import { exchangeMessages } from '../../shared/i18n/exchange';
import type { Locale } from '../../shared/i18n/locale';
import { exitCodeOf, sectionsOf, type FileAnalysis, type Section } from '../analyseFile';
import { EXIT_UNUSABLE, type Command } from '../command';
import { analyseFiles } from '../isolation';
import { FILE_CHOICE_OPTIONS, fileChoiceOf, readingOf } from '../fileChoice';
import { KIND_OPTION } from '../kindOption';
import { rowRanges } from '../rowList';

/**
 * `street-ledger check FILE...`: per file, the sheet, the header found, rows read / valid /
 * invalid / skipped, and every invalid row with its column and reason.
 */

function problemsOf(section: Section, locale: Locale) {
  return listProblems(section.analysis, locale).map(({ row, column, header, field, message, reason }) => ({ row, column, header, field, message, reason }));
}

function usesOf(section: Section) {
  return columnUses(section.analysis.header.labels, section.analysis.columns);
}

function sectionJson(section: Section, locale: Locale) {
  const a = section.analysis;
  return {
    kind: section.kind,
    sheet: a.sheet.name,
    headerRow: a.header.firstRow,
    headerRows: [a.header.firstRow, a.header.lastRow],
    rows: a.counts,
    // Every sheet read as this list: several for a workbook with a sheet per community.
    parts: a.parts.map((p) => ({ sheet: p.name, headerRows: [p.headerRows.first, p.headerRows.last], fixed: p.fixed, rows: p.counts })),
    columns: usesOf(section).map(({ column, header, field }) => ({ column, header, field })),
    notImported: a.notImported.map((c) => ({
      ...(c.sheet !== undefined ? { sheet: c.sheet } : {}),
      row: c.row,
      column: columnLetter(c.column),
      header: c.header,
      value: c.value,
      reason: formatNotImportedReason(c.reason, locale),
    })),
    problems: problemsOf(section, locale),
    skipped: a.rows.skipped,
    warnings: a.warnings.map((w) => formatWarning(w, locale)),
  };
}

function fileJson(file: FileAnalysis, locale: Locale) {
  const sections = sectionsOf(file);
  const [primary] = sections;
  const main = primary ? sectionJson(primary, locale) : null;
  return {
    file: file.file,
    error: file.error,
    hint: file.hint ?? null,
    kind: main?.kind ?? null,
    sheet: main?.sheet ?? null,
    headerRow: main?.headerRow ?? null,
    rows: main?.rows ?? { read: 0, valid: 0, invalid: 0, skipped: 0 },
    problems: main?.problems ?? [],
    sections: sections.map((s) => sectionJson(s, locale)),
  };
}

/** Which column became which field, which were left out, and which of those look like a field. */
function columnLines(section: Section, locale: Locale): string[] {
  const m = exchangeMessages[locale].cli;
  const fieldName = (field: string) => domainMessages[locale].fields[field] ?? field;
  const uses = usesOf(section);
  const lines = [m.columnsLine(uses.filter((u) => u.field !== null).map((u) => m.columnPair(u.column, u.header, fieldName(u.field ?? ''))).join(m.listSeparator))];
  const ignored = uses.filter((u) => u.field === null);
  if (ignored.length > 0) lines.push(m.ignoredLine(ignored.map((u) => m.ignoredColumn(u.column, u.header)).join(m.listSeparator)));
  for (const u of lookalikeIgnored(uses)) lines.push(m.lookalikeLine(u.column, u.header));
  for (const g of groupNotImported(section.analysis.notImported)) {
    lines.push(m.notImportedLine(g.column, g.header, rowRanges(g.rows, domainMessages[locale].enumeration), formatNotImportedReason(g.reason, locale)));
  }
  return lines;
}

function fileText(file: FileAnalysis, locale: Locale): string[] {
  const m = exchangeMessages[locale].cli;
  const lines = [m.fileHeading(file.file)];
  if (file.error !== null) return [...lines, m.errorLine(file.error), ...(file.hint ? [m.hintLine(file.hint)] : [])];
  for (const section of sectionsOf(file)) {
    const a = section.analysis;
    lines.push(m.sheetLine(a.parts.map((p) => p.name).join(m.listSeparator), m.kinds[section.kind], a.header.firstRow, a.header.lastRow));
    const fromNames = a.parts.filter((p) => (p.fixed.community ?? '') !== '');
    if (fromNames.length > 0) lines.push(m.fixedCommunityLine(fromNames.map((p) => m.fixedCommunity(p.name, p.fixed.community ?? '')).join(m.listSeparator)));
    lines.push(m.countsLine(a.counts.read, a.counts.valid, a.counts.invalid, a.counts.skipped));
    for (const w of a.warnings) lines.push(m.warningLine(formatWarning(w, locale)));
    lines.push(...columnLines(section, locale));
    // A line that names the column gives the reason alone: "第 20 行 H 列（住户数（户））：不能为负数".
    for (const p of problemsOf(section, locale)) lines.push(m.problemLine(p.row, p.column ?? '', p.header ?? '', p.header ? p.reason : p.message));
    const byReason = new Map<SkipReason, number[]>();
    for (const s of a.rows.skipped) byReason.set(s.reason, [...(byReason.get(s.reason) ?? []), s.row]);
    for (const [reason, rows] of byReason) lines.push(m.skippedLine(formatSkipReason(reason, locale), rowRanges(rows, m.listSeparator)));
  }
  return lines;
}

export const checkCommand: Command = {
  name: 'check',
  usageLine: (locale) => exchangeMessages[locale].cli.commandLines.check ?? 'check',
  options: [KIND_OPTION, ...FILE_CHOICE_OPTIONS],
  async run({ args, locale, output, cwd }) {
    const m = exchangeMessages[locale].cli;
    const chosen = fileChoiceOf(args.options);
    if (!chosen.ok) {
      output.err(chosen.error === 'badKind' ? m.badKind(chosen.value, EXCHANGE_KINDS.map((kind) => m.kindChoice(kind, m.kinds[kind])).join(m.listSeparator)) : m.badHeaderRow(chosen.value));
      return EXIT_UNUSABLE;
    }
    const files = await analyseFiles(args.files, cwd, readingOf(chosen.choice), locale);
    if (args.options.json) output.out(JSON.stringify({ files: files.map((f) => fileJson(f, locale)) }, null, 2));
    else output.out(files.flatMap((f) => fileText(f, locale)).join('\n'));
    return exitCodeOf(files);
  },
};
