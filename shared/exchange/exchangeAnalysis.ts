import { communitiesMapping, type Community, type CommunityRow, estateKey, type EstateRow, estatesMapping } from '../estates';
import { nameKey } from '../common/text';
import {
  type CommitteeMemberRow,
  committeeMembersMapping,
  type CommitteeTermRow,
  committeeTermsMapping,
  hasTerm,
  type TermRules,
} from '../committees';
import type { ColumnOverrides } from './columnMap';
import { ExchangeError } from './errors';
import { DEFAULT_LIMITS, type ExchangeLimits } from './limits';
import type { RecordMapping } from './mapping';
import { inspectionsMapping, type InspectionRow } from '../inspections';
import { analyseSheets, assignSheets, rankSheets, refusalFor, sheetGroup, type SheetCandidate, type WorkbookAnalysis } from './pipeline';
import type { Workbook } from './read';

/**
 * One workbook, every record kind it holds: our own full export (社区, 小区, 业委会届次,
 * 业委会成员), a community's estate return, a district's committee list. Each sheet goes to the
 * one kind it fits best (a committee list also names 社区 and 小区名称, but fits the terms
 * mapping better than the estates one), and kinds are read in dependency order so a row may
 * name a record the same file brings: communities → estates → terms → members, and inspections
 * of those estates.
 */

export const EXCHANGE_KINDS = ['communities', 'estates', 'committeeTerms', 'committeeMembers', 'inspections'] as const;
export type ExchangeKind = (typeof EXCHANGE_KINDS)[number];

export interface KindOptions {
  readonly sheet?: number;
  readonly columns?: ColumnOverrides;
  /** Field → one value for every row of the sheet (the community of a sheet that names none). */
  readonly fixed?: Readonly<Record<string, string>>;
}

export interface ExchangeAnalyseOptions {
  /** Stored communities, or 'any' where there is no database. */
  readonly existingCommunities: readonly Pick<Community, 'name'>[] | 'any';
  /** `estateKey(community, estate)` name keys of stored estates, or 'any'. */
  readonly existingEstates: ReadonlySet<string> | 'any';
  /** Identity keys of stored committee terms. */
  readonly storedTerms: ReadonlySet<string>;
  readonly rules: TermRules;
  readonly choices?: Partial<Record<ExchangeKind, KindOptions>>;
  /**
   * Communities the user agreed to create with this import: an estate list that names them is
   * then read as valid, and they are committed in the same transaction.
   */
  readonly newCommunities?: readonly string[];
  /** The ledger's street: of a district list across streets, only its rows are taken. */
  readonly ownStreet?: string;
  readonly limits?: ExchangeLimits;
}

export interface ExchangeAnalysis {
  readonly communities: WorkbookAnalysis<CommunityRow> | null;
  readonly estates: WorkbookAnalysis<EstateRow> | null;
  readonly committeeTerms: WorkbookAnalysis<CommitteeTermRow> | null;
  readonly committeeMembers: WorkbookAnalysis<CommitteeMemberRow> | null;
  readonly inspections: WorkbookAnalysis<InspectionRow> | null;
  /** Communities estate rows name that neither the ledger nor the file has: offered for creation. */
  readonly unknownCommunities: readonly string[];
  /** Communities to create with the import, as the user agreed (named by valid estate rows). */
  readonly newCommunities: readonly CommunityRow[];
}

/** Names of the communities estate rows were refused for as unknown, first seen first. */
function unknownCommunitiesOf(estates: WorkbookAnalysis<EstateRow> | null): string[] {
  const names = new Map<string, string>();
  for (const row of estates?.rows.invalid ?? []) {
    for (const p of row.problems) {
      if (p.issue.source !== 'domain' || p.issue.problem.code !== 'unknownCommunity') continue;
      const name = String(p.issue.problem.params?.name ?? '');
      if (name !== '' && !names.has(nameKey(name))) names.set(nameKey(name), name);
    }
  }
  return [...names.values()];
}

/** The accepted new communities that valid estate rows name, as community rows to create. */
function newCommunitiesOf(accepted: readonly string[], estates: WorkbookAnalysis<EstateRow> | null, stored: ReadonlySet<string>): CommunityRow[] {
  const wanted = new Set(accepted.map(nameKey));
  const out = new Map<string, CommunityRow>();
  for (const { value } of estates?.rows.valid ?? []) {
    const key = nameKey(value.community);
    if (!wanted.has(key) || stored.has(key) || out.has(key)) continue;
    const made = communitiesMapping.validate({ name: value.community });
    if (made.ok) out.set(key, made.value);
  }
  return [...out.values()];
}

const ABSENT_CODES = new Set(['noHeader', 'partialHeader', 'noDataRows', 'missingColumns']);

export function analyseParsedExchange(workbook: Workbook, options: ExchangeAnalyseOptions): ExchangeAnalysis {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const termsMapping = committeeTermsMapping(options.rules);
  const mappings: Record<ExchangeKind, RecordMapping<unknown>> = {
    communities: communitiesMapping as RecordMapping<unknown>,
    estates: estatesMapping as RecordMapping<unknown>,
    committeeTerms: termsMapping as RecordMapping<unknown>,
    committeeMembers: committeeMembersMapping as RecordMapping<unknown>,
    inspections: inspectionsMapping as RecordMapping<unknown>,
  };
  const assigned = assignSheets(workbook, EXCHANGE_KINDS.map((k) => mappings[k]), limits);
  let firstRefusal: ExchangeError | undefined;

  function analyse<V>(kind: ExchangeKind, mapping: RecordMapping<V>, known: Readonly<Record<string, ReadonlySet<string>>> | undefined): WorkbookAnalysis<V> | null {
    const choice = options.choices?.[kind];
    const ranked: SheetCandidate[] = assigned.get(mapping.kind) ?? [];
    const first = ranked[0];
    const indices = choice?.sheet !== undefined ? [choice.sheet] : first ? sheetGroup(ranked, first) : [];
    if (indices.length === 0) return null;
    const sheets = ranked.length > 0 ? ranked : rankSheets(workbook, mapping, limits);
    try {
      const analysis = analyseSheets(workbook, indices, mapping, { columns: choice?.columns, fixed: choice?.fixed, known, limits, ownStreet: options.ownStreet });
      return { fileName: workbook.fileName, format: workbook.format, encoding: workbook.encoding, dateSystem: workbook.dateSystem, sheets, ...analysis };
    } catch (error) {
      if (!(error instanceof ExchangeError) || !ABSENT_CODES.has(error.code) || choice?.sheet !== undefined) throw error;
      firstRefusal ??= error;
      return null;
    }
  }

  const communities = analyse('communities', communitiesMapping, undefined);
  let communityKnown: Record<string, ReadonlySet<string>> | undefined;
  let storedOrBrought = new Set<string>();
  if (options.existingCommunities !== 'any') {
    const keys = new Set(options.existingCommunities.map((c) => nameKey(c.name)));
    for (const row of communities?.rows.valid ?? []) keys.add(nameKey(row.value.name));
    storedOrBrought = new Set(keys);
    for (const name of options.newCommunities ?? []) keys.add(nameKey(name));
    communityKnown = { communities: keys };
  }
  let estates = analyse('estates', estatesMapping, communityKnown);
  // An estate list without a community column, on a sheet not named after one: shown anyway,
  // every row waiting for the user to choose the column or set one community for the sheet.
  const nearMiss = !communities && !estates && options.choices?.estates?.sheet === undefined ? refusalFor(workbook, [estatesMapping as RecordMapping<unknown>], limits) : undefined;
  if (nearMiss?.code === 'partialHeader' && nearMiss.params.missingFields === 'community') {
    const sheet = workbook.sheets.findIndex((s) => s.name === nearMiss.params.sheet);
    if (sheet >= 0) {
      const analysis = analyseSheets(workbook, [sheet], estatesMapping, { fixed: { community: '' }, known: communityKnown, limits, ownStreet: options.ownStreet });
      estates = { fileName: workbook.fileName, format: workbook.format, encoding: workbook.encoding, dateSystem: workbook.dateSystem, sheets: rankSheets(workbook, estatesMapping, limits), ...analysis };
    }
  }
  let estateKnown: Record<string, ReadonlySet<string>> | undefined;
  if (options.existingEstates !== 'any') {
    const keys = new Set(options.existingEstates);
    for (const row of estates?.rows.valid ?? []) keys.add(estateKey(nameKey(row.value.community), nameKey(row.value.name)));
    estateKnown = { estates: keys };
  }
  const committeeTerms = analyse('committeeTerms', termsMapping, estateKnown);
  const termKeys = new Set(options.storedTerms);
  for (const row of committeeTerms?.rows.valid ?? []) if (hasTerm(row.value)) termKeys.add(termsMapping.identity(row.value).key);
  const committeeMembers = analyse('committeeMembers', committeeMembersMapping, { committeeTerms: termKeys });
  const inspections = analyse('inspections', inspectionsMapping, estateKnown);

  if (!communities && !estates && !committeeTerms && !committeeMembers && !inspections) {
    throw firstRefusal ?? refusalFor(workbook, EXCHANGE_KINDS.map((k) => mappings[k]), limits);
  }
  return {
    communities,
    estates,
    committeeTerms,
    committeeMembers,
    inspections,
    unknownCommunities: unknownCommunitiesOf(estates),
    newCommunities: newCommunitiesOf(options.newCommunities ?? [], estates, storedOrBrought),
  };
}
