import {
  committeeMessages,
  committeeStatus,
  type CommitteeStatus,
  type CommitteeTermLike,
  COVERAGE_MEASURES,
  type CoverageCounts,
  coverageFacts,
  share,
  summariseCoverage,
} from '../../shared/committees';
import { compositeKey } from '../../shared/common/compositeKey';
import { nameKey } from '../../shared/common/text';
import { ESTATE_CLASS_CODES, type EstateClassCode } from '../../shared/estates';
import { domainMessages } from '../../shared/i18n/domain';
import { exchangeMessages } from '../../shared/i18n/exchange';
import type { Locale } from '../../shared/i18n/locale';
import { CLI_RULES as RULES, exitCodeOf, fileErrors, invalidRowsOf, type FileAnalysis, type Reading } from '../analyseFile';
import { EXIT_UNUSABLE, type Command } from '../command';
import { printFileErrors, reportDay } from '../dayOption';
import { analyseFiles } from '../isolation';
import { textTable } from '../textTable';

/**
 * `street-ledger coverage FILE... [--date YYYY-MM-DD] [--json]`: reads workbooks holding
 * estates and committee terms (our own full export, or a district list with 社区, 小区名称,
 * 届次, 选举日期, 任期届满日期 or 任期（年）, 备案日期 … found through the same header search
 * and synonyms), and prints the coverage table and each estate's status on that day (default
 * today), as the app computes them. The files carry no settings: the term length and warning
 * window are the defaults (5 years, 3 months). Without meeting records, an assembly counts as
 * held where a committee was elected, and 筹备中 cannot be told from 未组建.
 */

/** Estates and committee terms; a district committee list is read as both (its estates, with their class, and their terms). */
// Neither kind: the file is told what a committee list needs, the columns this command is about.
const READING: Reading = { kinds: ['estates', 'committeeTerms'], sheets: 'shared', refusalKind: 'committeeTerms', readOnly: true };

interface Place {
  readonly id: string;
  readonly community: string;
  readonly name: string;
  estateClass: EstateClassCode;
}

/** Every estate named in the files (first naming wins), with the terms recorded for it. */
function collect(files: readonly FileAnalysis[]) {
  const communities = new Map<string, string>();
  const estates = new Map<string, Place>();
  const terms = new Map<string, Map<number, CommitteeTermLike>>();
  const place = (community: string, name: string, estateClass: EstateClassCode | null): Place => {
    const communityId = nameKey(community);
    const id = compositeKey(communityId, nameKey(name));
    if (!communities.has(communityId)) communities.set(communityId, community);
    let found = estates.get(id);
    if (!found) {
      found = { id, community: communityId, name, estateClass: estateClass ?? 0 };
      estates.set(id, found);
    } else if (found.estateClass === 0 && estateClass !== null) {
      found.estateClass = estateClass;
    }
    return found;
  };
  for (const file of files) {
    for (const { value } of file.kinds.estates?.rows.valid ?? []) place(value.community, value.name, value.estateClass);
    for (const { value } of file.kinds.committeeTerms?.rows.valid ?? []) {
      const estate = place(value.community, value.estate, null);
      if (value.term === null) continue;
      const byNumber = terms.get(estate.id) ?? new Map<number, CommitteeTermLike>();
      if (!byNumber.has(value.term.termNumber)) byNumber.set(value.term.termNumber, value.term);
      terms.set(estate.id, byNumber);
    }
  }
  return { communities, estates, terms };
}

const countsJson = (c: CoverageCounts) => ({
  estates: c.estates,
  withAssembly: c.withAssembly,
  withCommittee: c.withCommittee,
  filed: c.filed,
  expired: c.expired,
});

export function coverageOf(files: readonly FileAnalysis[], date: string) {
  const { communities, estates, terms } = collect(files);
  const statuses = new Map<string, CommitteeStatus>();
  for (const estate of estates.values()) {
    const recorded = [...(terms.get(estate.id)?.values() ?? [])];
    statuses.set(estate.id, committeeStatus({ groups: [], meetings: [], terms: recorded }, date, RULES));
  }
  const statusOf = (id: string): CommitteeStatus => statuses.get(id) ?? committeeStatus({ groups: [], meetings: [], terms: [] }, date, RULES);
  const list = [...communities.entries()].map(([id, name]) => ({ id, name }));
  const placed = [...estates.values()].map((e) => ({ id: e.id, communityId: e.community, estateClass: e.estateClass, name: e.name }));
  const table = summariseCoverage(date, list, placed, (id) => coverageFacts(statusOf(id)));
  const lines = placed.map((e) => ({ community: communities.get(e.communityId) ?? '', name: e.name, code: statusOf(e.id).code }));
  // The JSON speaks the labels the issue fixes (the seven Chinese ones), whatever --lang says.
  const zhStatus = committeeMessages['zh-CN'].status;
  return {
    table,
    estates: lines,
    json: {
      date,
      communities: table.rows.map((row) => ({ name: row.name, ...countsJson(row.all) })),
      totals: countsJson(table.totals.all),
      estates: lines.map((e) => ({ community: e.community, name: e.name, status: zhStatus[e.code] ?? '' })),
    },
  };
}

function coverageText(result: ReturnType<typeof coverageOf>, files: readonly FileAnalysis[], locale: Locale): string {
  const m = committeeMessages[locale];
  const x = exchangeMessages[locale].cli;
  const lines: string[] = [];
  for (const f of files) if (f.error !== null) lines.push(x.fileHeading(f.file), x.errorLine(f.error));
  const { table } = result;
  if (result.estates.length === 0) {
    lines.push(m.cli.noEstates);
    return lines.join('\n');
  }
  const cells = (c: CoverageCounts) => [c.estates, ...COVERAGE_MEASURES.map((k) => m.cli.cell(c[k], m.coverage.share(share(c[k], c.estates))))];
  lines.push(m.cli.heading(table.date));
  lines.push(textTable([m.cli.header, ...table.rows.map((row) => [row.name, ...cells(row.all)]), [m.coverage.streetTotal, ...cells(table.totals.all)]]));
  lines.push('', m.cli.byClassHeading);
  const classNames = domainMessages[locale].estateClass;
  lines.push(textTable([m.cli.byClassHeader, ...ESTATE_CLASS_CODES.map((code) => [classNames[code] ?? '', ...cells(table.totals.byClass[code])])]));
  lines.push('', m.cli.estatesHeading);
  for (const e of result.estates) lines.push(m.cli.estateLine(e.community, e.name, m.status[e.code] ?? ''));
  const invalid = invalidRowsOf(files);
  if (invalid > 0) lines.push(m.cli.invalidExcluded(invalid));
  return lines.join('\n');
}

/** Today on this computer's calendar. */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const coverageCommand: Command = {
  name: 'coverage',
  usageLine: (locale) => committeeMessages[locale].cli.usageLine,
  options: [{ name: 'date', flags: ['--date'], takesValue: true }],
  async run({ args, locale, output, cwd }) {
    const date = reportDay(args.options.date, localToday(), output, committeeMessages[locale].cli.badDate);
    if (date === null) return EXIT_UNUSABLE;
    const files = await analyseFiles(args.files, cwd, READING, locale);
    const result = coverageOf(files, date);
    if (args.options.json) {
      printFileErrors(files, locale, output);
      output.out(JSON.stringify({ ...result.json, files: fileErrors(files) }, null, 2));
    } else {
      output.out(coverageText(result, files, locale));
    }
    return exitCodeOf(files);
  },
};
