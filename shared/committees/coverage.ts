import { type Community, type Estate, ESTATE_CLASS_CODES, type EstateClassCode } from '../estates';
import type { CommitteeStatus } from './status';

/**
 * What the district asks of a street (plan 5's goal, plan 3's supervision): of the estates, how
 * many have held an owners' assembly, have an owners' committee, have it filed, and have let
 * its term run out. Each is a subset of the one before it except the last, which is a subset
 * of "with a committee": an expired committee is still a committee, only one that must renew.
 */
export const COVERAGE_MEASURES = ['withAssembly', 'withCommittee', 'filed', 'expired'] as const;
export type CoverageMeasure = (typeof COVERAGE_MEASURES)[number];

export type CoverageCounts = { readonly estates: number } & { readonly [M in CoverageMeasure]: number };

export const ZERO_COVERAGE: CoverageCounts = { estates: 0, withAssembly: 0, withCommittee: 0, filed: 0, expired: 0 };

/** One estate's contribution on a day, read from its status then. */
export type CoverageFacts = { readonly [M in CoverageMeasure]: boolean };

export function coverageFacts(status: CommitteeStatus): CoverageFacts {
  return {
    withAssembly: status.assemblyHeld,
    withCommittee: status.term !== null,
    filed: status.filed,
    expired: status.code === 'expired',
  };
}

export function addFacts(counts: CoverageCounts, facts: CoverageFacts): CoverageCounts {
  return {
    estates: counts.estates + 1,
    withAssembly: counts.withAssembly + Number(facts.withAssembly),
    withCommittee: counts.withCommittee + Number(facts.withCommittee),
    filed: counts.filed + Number(facts.filed),
    expired: counts.expired + Number(facts.expired),
  };
}

export function sumCoverage(counts: readonly CoverageCounts[]): CoverageCounts {
  return counts.reduce<CoverageCounts>(
    (acc, c) => ({
      estates: acc.estates + c.estates,
      withAssembly: acc.withAssembly + c.withAssembly,
      withCommittee: acc.withCommittee + c.withCommittee,
      filed: acc.filed + c.filed,
      expired: acc.expired + c.expired,
    }),
    ZERO_COVERAGE,
  );
}

/** `part` of `whole` as a fraction, or `null` when there is nothing to divide (no estates). */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

export type CoverageByClass = Readonly<Record<EstateClassCode, CoverageCounts>>;

export interface CoverageLine {
  readonly all: CoverageCounts;
  readonly byClass: CoverageByClass;
}

export interface CoverageRow extends CoverageLine {
  readonly communityId: string;
  readonly name: string;
}

export interface CoverageTable {
  /** The day the table describes (ISO). */
  readonly date: string;
  readonly rows: readonly CoverageRow[];
  readonly totals: CoverageLine;
}

const emptyByClass = (): Record<EstateClassCode, CoverageCounts> => ({ 0: ZERO_COVERAGE, 1: ZERO_COVERAGE, 2: ZERO_COVERAGE, 3: ZERO_COVERAGE });

function lineOf(byClass: CoverageByClass): CoverageLine {
  return { all: sumCoverage(ESTATE_CLASS_CODES.map((c) => byClass[c])), byClass };
}

/**
 * The coverage table: one row per community (in the given order) and the street's totals,
 * each overall and by class. Estates of a community not in the list are left out, as in the
 * class table; `factsOf` says what each estate had on `date`.
 */
export function summariseCoverage(
  date: string,
  communities: readonly Pick<Community, 'id' | 'name'>[],
  estates: Iterable<Pick<Estate, 'id' | 'communityId' | 'estateClass'>>,
  factsOf: (estateId: string) => CoverageFacts,
): CoverageTable {
  const perCommunity = new Map(communities.map((c) => [c.id, emptyByClass()]));
  for (const estate of estates) {
    const byClass = perCommunity.get(estate.communityId);
    if (byClass) byClass[estate.estateClass] = addFacts(byClass[estate.estateClass], factsOf(estate.id));
  }
  const rows = communities.map((c) => ({ communityId: c.id, name: c.name, ...lineOf(perCommunity.get(c.id) ?? emptyByClass()) }));
  const totalByClass = emptyByClass();
  for (const code of ESTATE_CLASS_CODES) totalByClass[code] = sumCoverage(rows.map((r) => r.byClass[code]));
  return { date, rows, totals: lineOf(totalByClass) };
}
