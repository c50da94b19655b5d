import { compositeKey } from '../common/compositeKey';
import { keptText, nameKey } from '../common/text';
import { estateKey } from '../estates';
import type { Problems } from './fieldParsers';
import { inspectionCell, parseInspectionNamed, type InspectionNamed } from './noticeCells';

/**
 * Inspections a record links to (a complaint's "据此检查", a campaign's inspections), as one cell:
 * one line per inspection, "社区 / 小区 / 2024-05-06 09:30 考评" — its estate, then the inspection as
 * a notice's 来源检查 cell names it, because a complaint or campaign is not tied to one estate.
 * Names are kept as typed; the key folds them as the inspection sheet's key does.
 */
export interface LinkedInspection extends InspectionNamed {
  readonly community: string;
  readonly estate: string;
}

const SEPARATOR = ' / ';
const SPACED = /\s+[/／]\s+/;
const BARE = /\s*[/／]\s*/;

/** The key an inspection is known by on its sheet: its estate, day, time and kind. */
export function inspectionKeyAt(community: string, estate: string, inspection: InspectionNamed): string {
  return compositeKey(estateKey(nameKey(community), nameKey(estate)), inspection.inspectedOn, inspection.time, inspection.kind);
}

export function linkedInspectionKey(link: LinkedInspection): string {
  return inspectionKeyAt(link.community, link.estate, link);
}

export function linkedInspectionsCell(links: readonly LinkedInspection[]): string {
  return links.map((link) => [link.community, link.estate, inspectionCell(link)].join(SEPARATOR)).join('\n');
}

/** Three parts: spaced separators as we write them, else bare ones as a clerk may type them. */
function partsOf(line: string): readonly string[] | null {
  for (const separator of [SPACED, BARE]) {
    const parts = line.split(separator);
    if (parts.length === 3 && parts.every((part) => part.trim() !== '')) return parts;
  }
  return null;
}

/** The links a cell names, one per non-blank line; a line that names no inspection is a problem at `field`. */
export function parseLinkedInspections(raw: unknown, field: string, problems: Problems): LinkedInspection[] {
  const text = raw === null || raw === undefined ? '' : String(raw);
  const out: LinkedInspection[] = [];
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (line.trim() === '') continue;
    const parts = partsOf(line.trim());
    if (parts === null) {
      problems.add(field, 'unknownInspectionKind', { value: line.trim() });
      continue;
    }
    const named = parseInspectionNamed(parts[2], field, problems);
    if (named !== null) out.push({ community: keptText(parts[0]!), estate: keptText(parts[1]!), ...named });
  }
  return out;
}
