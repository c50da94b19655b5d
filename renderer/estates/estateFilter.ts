import type { Estate } from '../../shared/estates/estate';
import type { EstateClassCode } from '../../shared/estates/estateClass';
import type { ManagementModeCode } from '../../shared/estates/managementMode';
import { cleanText } from '../../shared/common/text';
import type { LedgerQuery } from '../app/ledgerQuery';
import type { CoverageFacts, CoverageMeasure } from '../../shared/committees';

export interface EstateFilter {
  readonly communityIds: readonly string[];
  readonly classes: readonly EstateClassCode[];
  readonly modes: readonly ManagementModeCode[];
  readonly pilot: 'all' | 'pilot' | 'notPilot';
  readonly text: string;
  /** Only the estates that count toward this coverage measure today (a coverage bar's ledger). */
  readonly coverage: CoverageMeasure | null;
}

export const NO_FILTER: EstateFilter = { communityIds: [], classes: [], modes: [], pilot: 'all', text: '', coverage: null };

/** The filter a ledger query opens the table with (a chart's bar, a community found by search). */
export function estateFilterOfQuery(query: LedgerQuery | undefined): EstateFilter {
  return { ...NO_FILTER, communityIds: query?.communityIds ?? [], classes: query?.classes ?? [], modes: query?.modes ?? [], text: query?.text ?? '', coverage: query?.coverage ?? null };
}

/** Each estate's coverage facts today, as the coverage report and the dashboard count them. */
export type CoverageOf = (estateId: string) => CoverageFacts;

/**
 * The searchable text of every estate, folded once when the estates change (not once per
 * keystroke): name, company and address, case and full-width forms folded, kept apart by a
 * character no search text holds, so a search never matches across two fields.
 */
export interface EstateIndex {
  readonly estates: readonly Estate[];
  readonly folded: readonly string[];
}

const FIELD_BREAK = '\u0000';

const fold = (text: string): string => cleanText(text).toLowerCase();

export function indexEstates(estates: readonly Estate[]): EstateIndex {
  return { estates, folded: estates.map((e) => [e.name, e.company, e.address].map(fold).join(FIELD_BREAK)) };
}

/**
 * The rows a clerk asked for: every chosen facet must match (an empty facet matches all), and
 * the text must match the name, company or address. `textMatches` are the estates the search
 * index matched to the text (characters, full pinyin, initials: the search box's matching);
 * without it (the index still being built) the text must appear in one of them, ignoring case
 * and full-width forms. A coverage measure needs `coverageOf`; until the committee records are
 * read there is none, and no estate is shown as counting toward it.
 */
export function filterEstates(index: EstateIndex, filter: EstateFilter, textMatches: ReadonlySet<string> | null = null, coverageOf: CoverageOf | null = null): Estate[] {
  const communities = new Set(filter.communityIds);
  const classes = new Set(filter.classes);
  const modes = new Set(filter.modes);
  const needle = fold(filter.text);
  const out: Estate[] = [];
  index.estates.forEach((e, i) => {
    if (
      (communities.size === 0 || communities.has(e.communityId)) &&
      (classes.size === 0 || classes.has(e.estateClass)) &&
      (modes.size === 0 || modes.has(e.mode)) &&
      (filter.pilot === 'all' || e.pilot === (filter.pilot === 'pilot')) &&
      (filter.coverage === null || (coverageOf !== null && coverageOf(e.id)[filter.coverage])) &&
      (needle === '' || (textMatches ? textMatches.has(e.id) : index.folded[i]!.includes(needle)))
    ) {
      out.push(e);
    }
  });
  return out;
}

export interface EstateTotals {
  readonly buildings: number;
  readonly households: number;
}

/** Totals of the rows shown; blanks count as nothing, as in an Excel SUM. */
export function totalEstates(estates: readonly Estate[]): EstateTotals {
  let buildings = 0;
  let households = 0;
  for (const e of estates) {
    buildings += e.buildings ?? 0;
    households += e.households ?? 0;
  }
  return { buildings, households };
}
