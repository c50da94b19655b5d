import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { nameKey } from '../../shared/common/text';
import { numberCell, textCell, type OutCell } from '../../shared/exchange/export/cells';
import { communityCells, communityHeader, estateCells, estateHeader } from '../../shared/estates';
import { writeXlsx, type SheetSpec } from '../../shared/exchange/export/xlsxFile';
import { streetOf } from '../../shared/exchange/street';
import { exchangeMessages } from '../../shared/i18n/exchange';
import type { Locale } from '../../shared/i18n/locale';
import { exitCodeOf, sectionsOf, type FileAnalysis } from '../analyseFile';
import { EXIT_UNUSABLE, type Command } from '../command';
import { FILE_CHOICE_OPTIONS, inventoryChoice } from '../fileChoice';
import { analyseFiles } from '../isolation';
import { compositeKey } from '../../shared/common/compositeKey';

/**
 * `street-ledger merge FILE... -o OUT.xlsx`: the valid rows of several returns in one workbook,
 * with the source file and the street as columns. An estate that two returns both list (same
 * street, community and name) is kept once, from the first file, and every later copy is
 * reported, on screen and on a sheet of its own, for a person to decide.
 */

interface Origin {
  readonly file: string;
  readonly row: number;
}

interface Duplicate {
  readonly street: string;
  readonly community: string;
  readonly name: string;
  readonly first: Origin;
  readonly duplicate: Origin;
}

interface Merged {
  readonly estates: OutCell[][];
  readonly communities: OutCell[][];
  readonly duplicates: Duplicate[];
}

function merge(files: readonly FileAnalysis[]): Merged {
  const out: Merged = { estates: [], communities: [], duplicates: [] };
  const seenEstates = new Map<string, Origin>();
  const seenCommunities = new Set<string>();
  for (const file of files) {
    const source = path.basename(file.file);
    const estates = file.kinds.estates;
    const estateStreet = estates ? streetOf(estates.preamble, source) : '';
    // A district list names each row's street; a return is one street's, as its title says.
    for (const { row, value, street = estateStreet } of estates?.rows.valid ?? []) {
      const key = compositeKey(...[street, value.community, value.name].map(nameKey));
      const first = seenEstates.get(key);
      if (first) {
        out.duplicates.push({ street, community: value.community, name: value.name, first, duplicate: { file: source, row } });
        continue;
      }
      seenEstates.set(key, { file: source, row });
      out.estates.push([textCell(source), textCell(street), ...estateCells(value)]);
    }
    const communities = file.kinds.communities;
    const communityStreet = communities ? streetOf(communities.preamble, source) : '';
    for (const { value } of communities?.rows.valid ?? []) {
      const key = compositeKey(nameKey(communityStreet), nameKey(value.name));
      if (seenCommunities.has(key)) continue;
      seenCommunities.add(key);
      out.communities.push([textCell(source), textCell(communityStreet), ...communityCells(value)]);
    }
  }
  return out;
}

function sheets(merged: Merged, locale: Locale): SheetSpec[] {
  const l = exchangeMessages[locale].layout;
  const m = exchangeMessages[locale].cli;
  const lead = [l.sourceFile, l.street].map(textCell);
  const specs: SheetSpec[] = [{ name: l.estatesSheet, rows: [[...lead, ...estateHeader().map(textCell)], ...merged.estates], freezeRows: 1 }];
  if (merged.communities.length > 0) {
    specs.push({ name: l.communitiesSheet, rows: [[...lead, ...communityHeader().map(textCell)], ...merged.communities], freezeRows: 1 });
  }
  if (merged.duplicates.length > 0) {
    const header = [l.sourceFile, m.rowHeader, l.street, l.community, m.estateHeader, l.duplicateOf].map(textCell);
    const rows = merged.duplicates.map((d) => [
      textCell(d.duplicate.file), numberCell(d.duplicate.row), textCell(d.street), textCell(d.community), textCell(d.name),
      textCell(m.originRef(d.first.file, d.first.row)),
    ]);
    specs.push({ name: l.duplicatesSheet, rows: [header, ...rows], freezeRows: 1 });
  }
  return specs;
}

export const mergeCommand: Command = {
  name: 'merge',
  usageLine: (locale) => exchangeMessages[locale].cli.commandLines.merge ?? 'merge',
  options: [{ name: 'output', flags: ['-o', '--output'], takesValue: true }, ...FILE_CHOICE_OPTIONS],
  async run({ args, locale, output, cwd }) {
    const m = exchangeMessages[locale].cli;
    const target = args.options.output;
    if (typeof target !== 'string') {
      output.err(m.noOutput);
      return EXIT_UNUSABLE;
    }
    const targetPath = path.resolve(cwd, target);
    if (args.files.some((f) => path.resolve(cwd, f) === targetPath)) {
      output.err(m.outputIsInput(target));
      return EXIT_UNUSABLE;
    }
    const choice = inventoryChoice(args.options, output, locale);
    if (!choice) return EXIT_UNUSABLE;
    const files = await analyseFiles(args.files, cwd, choice, locale);
    const merged = merge(files);
    const usable = files.filter((f) => f.error === null).length;
    let written = false;
    if (usable > 0) {
      try {
        await writeFile(targetPath, writeXlsx(sheets(merged, locale)));
        written = true;
      } catch {
        output.err(m.writeFailed(target));
        return EXIT_UNUSABLE;
      }
    }
    if (args.options.json) {
      output.out(
        JSON.stringify(
          {
            output: written ? target : null,
            rows: merged.estates.length,
            communities: merged.communities.length,
            files: files.map((f) => ({ file: f.file, error: f.error, sheets: sectionsOf(f).map((s) => ({ kind: s.kind, sheet: s.analysis.sheet.name, rows: s.analysis.counts })) })),
            duplicates: merged.duplicates,
          },
          null,
          2,
        ),
      );
    } else {
      const lines: string[] = [];
      for (const f of files) if (f.error !== null) lines.push(m.fileHeading(f.file), m.errorLine(f.error));
      if (written) lines.push(m.mergeWritten(target, merged.estates.length, usable));
      if (merged.duplicates.length > 0) {
        lines.push(m.duplicatesHeading(merged.duplicates.length));
        for (const d of merged.duplicates) lines.push(m.duplicateLine(`${d.community} / ${d.name}`, d.first.file, d.first.row, d.duplicate.file, d.duplicate.row));
      }
      output.out(lines.join('\n'));
    }
    return exitCodeOf(files);
  },
};
