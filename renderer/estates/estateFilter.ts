import type { Estate } from '../../shared/estates/estate';
import type { EstateClassCode } from '../../shared/estates/estateClass';
import type { ManagementModeCode } from '../../shared/estates/managementMode';
import { cleanText } from '../../shared/common/text';

export interface EstateFilter {
  readonly communityIds: readonly string[];
  readonly classes: readonly EstateClassCode[];
  readonly modes: readonly ManagementModeCode[];
  readonly pilot: 'all' | 'pilot' | 'notPilot';
  readonly text: string;
}

export const NO_FILTER: EstateFilter = { communityIds: [], classes: [], modes: [], pilot: 'all', text: '' };

/**
 * The rows a clerk asked for: every chosen facet must match (an empty facet matches all), and
 * the text must appear in the name, company or address, ignoring case and full-width forms.
 */
export function filterEstates(estates: readonly Estate[], filter: EstateFilter): Estate[] {
  const communities = new Set(filter.communityIds);
  const classes = new Set(filter.classes);
  const modes = new Set(filter.modes);
  const needle = cleanText(filter.text).toLowerCase();
  return estates.filter(
    (e) =>
      (communities.size === 0 || communities.has(e.communityId)) &&
      (classes.size === 0 || classes.has(e.estateClass)) &&
      (modes.size === 0 || modes.has(e.mode)) &&
      (filter.pilot === 'all' || e.pilot === (filter.pilot === 'pilot')) &&
      (needle === '' || [e.name, e.company, e.address].some((field) => cleanText(field).toLowerCase().includes(needle))),
  );
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
