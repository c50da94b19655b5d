import {
  type ClassCounts,
  type EstateClassCode,
  NO_PLAN,
  type PlannedCounts,
  reconcileTable,
  summariseByCommunity,
} from '../../shared/estates';
import { nameKey } from '../../shared/common/text';
import { formatFindingAt } from '../../shared/exchange/format';
import { exchangeMessages } from '../../shared/i18n/exchange';
import type { Locale } from '../../shared/i18n/locale';
import { exitCodeOf, fileErrors, invalidRowsOf, type FileAnalysis } from '../analyseFile';
import { EXIT_UNUSABLE, type Command } from '../command';
import { FILE_CHOICE_OPTIONS, inventoryChoice } from '../fileChoice';
import { analyseFiles } from '../isolation';
import { textTable } from '../textTable';
import { compositeKey } from '../../shared/common/compositeKey';

/**
 * `street-ledger summary FILE...`: the community × class table of every valid estate row in
 * the files (an estate repeated across files counted once), reconciled with the planned counts
 * when a file carries them, as the app does.
 */

interface Totals {
  readonly plans: Map<string, { name: string; planned: PlannedCounts }>;
  readonly communities: Map<string, { name: string; street: string | null }>;
  readonly estates: Map<string, { communityKey: string; estateClass: EstateClassCode }>;
}

function collect(files: readonly FileAnalysis[]): Totals {
  const totals: Totals = { plans: new Map(), communities: new Map(), estates: new Map() };
  for (const file of files) {
    for (const { value, street } of file.kinds.estates?.rows.valid ?? []) {
      // A district list across streets: a community is its street and its name.
      const communityKey = street ? compositeKey(nameKey(street), nameKey(value.community)) : nameKey(value.community);
      const key = compositeKey(communityKey, nameKey(value.name));
      if (totals.estates.has(key)) continue;
      totals.estates.set(key, { communityKey, estateClass: value.estateClass });
      if (!totals.communities.has(communityKey)) totals.communities.set(communityKey, { name: value.community, street: street ?? null });
    }
    for (const { value } of file.kinds.communities?.rows.valid ?? []) {
      const key = nameKey(value.name);
      if (!totals.plans.has(key)) totals.plans.set(key, { name: value.name, planned: value.planned });
    }
  }
  return totals;
}

const countsJson = (c: ClassCounts) => ({ class1: c.class1, class2: c.class2, class3: c.class3, unclassified: c.unclassified, total: c.total });

export function summarise(files: readonly FileAnalysis[], locale: Locale) {
  const m = exchangeMessages[locale].cli;
  const { plans, communities, estates } = collect(files);
  const list = [...plans.entries()].map(([id, p]) => ({ id, name: p.name, planned: p.planned }));
  for (const [id, c] of communities) if (!plans.has(id)) list.push({ id, name: c.name, planned: NO_PLAN });
  const table = reconcileTable(summariseByCommunity(list, [...estates.values()].map((e) => ({ communityId: e.communityKey, estateClass: e.estateClass }))));
  const streetOf = (id: string): string | null => communities.get(id)?.street ?? null;
  const shownName = (id: string, name: string): string => {
    const street = streetOf(id);
    return street ? m.streetCommunity(street, name) : name;
  };
  const mismatches: { community: string; reason: string }[] = [];
  for (const row of table.rows) {
    const name = shownName(row.communityId, row.name);
    if (plans.size > 0 && !plans.has(row.communityId)) mismatches.push({ community: name, reason: m.unplannedCommunity });
    for (const finding of row.findings) mismatches.push({ community: name, reason: formatFindingAt(finding, locale) });
  }
  for (const finding of table.totals.findings) mismatches.push({ community: m.totalsLabel, reason: formatFindingAt(finding, locale) });
  return {
    communities: table.rows.map((row) => ({
      name: row.name,
      street: streetOf(row.communityId),
      ...countsJson(row.inventory),
      planned: plans.has(row.communityId) ? { ...row.planned } : null,
    })),
    totals: countsJson(table.totals.inventory),
    plannedTotals: plans.size > 0 ? { ...table.totals.planned } : null,
    mismatches,
  };
}

function summaryText(summary: ReturnType<typeof summarise>, files: readonly FileAnalysis[], locale: Locale): string {
  const m = exchangeMessages[locale].cli;
  const lines: string[] = [];
  for (const f of files) if (f.error !== null) lines.push(m.fileHeading(f.file), m.errorLine(f.error));
  const withPlan = summary.plannedTotals !== null;
  const header = withPlan ? m.summaryHeader : m.summaryHeader.slice(0, 6);
  const plannedCells = (p: PlannedCounts | null) => (withPlan ? [p?.total ?? null, p?.class1 ?? null, p?.class2 ?? null, p?.class3 ?? null] : []);
  const rows = summary.communities.map((c) => [c.street ? m.streetCommunity(c.street, c.name) : c.name, c.class1, c.class2, c.class3, c.unclassified, c.total, ...plannedCells(c.planned)]);
  const t = summary.totals;
  rows.push([m.totalsLabel, t.class1, t.class2, t.class3, t.unclassified, t.total, ...plannedCells(summary.plannedTotals)]);
  lines.push(textTable([header, ...rows]));
  if (withPlan || summary.mismatches.length > 0) {
    if (summary.mismatches.length === 0) lines.push(m.noMismatches);
    else lines.push(m.mismatchesHeading, ...summary.mismatches.map((x) => m.mismatchLine(x.community, x.reason)));
  }
  const invalid = invalidRowsOf(files);
  if (invalid > 0) lines.push(m.invalidExcluded(invalid));
  return lines.join('\n');
}

export const summaryCommand: Command = {
  name: 'summary',
  usageLine: (locale) => exchangeMessages[locale].cli.commandLines.summary ?? 'summary',
  options: [...FILE_CHOICE_OPTIONS],
  async run({ args, locale, output, cwd }) {
    const choice = inventoryChoice(args.options, output, locale);
    if (!choice) return EXIT_UNUSABLE;
    const files = await analyseFiles(args.files, cwd, choice, locale);
    const summary = summarise(files, locale);
    if (args.options.json) {
      output.out(JSON.stringify({ ...summary, files: fileErrors(files) }, null, 2));
    } else {
      output.out(summaryText(summary, files, locale));
    }
    return exitCodeOf(files);
  },
};
