import { foldHeader } from './headerFold';
import type { FieldDef, RecordMapping } from './mapping';

/** One way to read a header column: its folded text and how much a match through it counts. */
export interface HeaderVariant {
  readonly folded: string;
  readonly weight: number;
}

export interface FieldScore {
  readonly confidence: number;
  readonly scale: number;
}

interface FoldedSynonym {
  readonly folded: string;
  readonly scale: number;
}

const foldedSynonyms = new WeakMap<FieldDef, readonly FoldedSynonym[]>();

function synonymsOf(field: FieldDef): readonly FoldedSynonym[] {
  let list = foldedSynonyms.get(field);
  if (!list) {
    list = field.synonyms.map((s) => (typeof s === 'string' ? { folded: foldHeader(s), scale: 1 } : { folded: foldHeader(s.header), scale: s.scale ?? 1 }));
    foldedSynonyms.set(field, list);
  }
  return list;
}

const EXACT = 1;
// "小区物业公司", "小区总建筑面积", "物业企业名称": the estate's own 物业公司 and 总建筑面积. A
// name that is a field's name exactly once 小区 / 物业 is taken off counts almost as much as the
// name itself; only exactly, so "小区名称" is never read as a bare 名称.
const OWNER_PREFIX = /^(小区|物业)(?!名称$|名$)(.{2,})$/;
const OWNER_PREFIX_WEIGHT = 0.95;
const PREFIX_BASE = 0.55;
const PREFIX_SPAN = 0.3;

/**
 * How well a header column names a field: 1 for one of its names exactly (after folding), less
 * for a name followed by more words ("物业服务企业名称" for 物业服务企业), 0 otherwise. Only
 * prefixes count, never any substring: "印盒石社区" is data, not a 社区 column.
 */
export function scoreField(field: FieldDef, variants: readonly HeaderVariant[]): FieldScore {
  let best: FieldScore = { confidence: 0, scale: 1 };
  for (const variant of variants) {
    if (variant.folded === '') continue;
    for (const synonym of synonymsOf(field)) {
      let confidence = 0;
      if (variant.folded === synonym.folded) confidence = EXACT;
      else if (synonym.folded.length >= 2 && variant.folded.startsWith(synonym.folded)) {
        confidence = PREFIX_BASE + (PREFIX_SPAN * synonym.folded.length) / variant.folded.length;
      }
      confidence *= variant.weight;
      if (confidence > best.confidence) best = { confidence, scale: synonym.scale };
    }
    const rest = OWNER_PREFIX.exec(variant.folded)?.[2];
    if (rest === undefined) continue;
    for (const synonym of synonymsOf(field)) {
      const confidence = rest === synonym.folded ? OWNER_PREFIX_WEIGHT * variant.weight : 0;
      if (confidence > best.confidence) best = { confidence, scale: synonym.scale };
    }
  }
  return best;
}

export interface FieldMatch {
  readonly field: string;
  readonly column: number;
  readonly confidence: number;
  readonly scale: number;
}

/**
 * Each field to its best column, each column to at most one field: strongest matches first,
 * ties to the leftmost column (plan 5 puts the plan's 其中 before the inventory's).
 */
export function assignColumns(mapping: RecordMapping<unknown>, columns: readonly (readonly HeaderVariant[])[]): FieldMatch[] {
  const candidates: (FieldMatch & { order: number })[] = [];
  mapping.fields.forEach((field, order) => {
    columns.forEach((variants, column) => {
      const { confidence, scale } = scoreField(field, variants);
      if (confidence > 0) candidates.push({ field: field.key, column, confidence, scale, order });
    });
  });
  candidates.sort((a, b) => b.confidence - a.confidence || a.column - b.column || a.order - b.order);
  const usedFields = new Set<string>();
  const usedColumns = new Set<number>();
  const out: FieldMatch[] = [];
  for (const c of candidates) {
    if (usedFields.has(c.field) || usedColumns.has(c.column)) continue;
    usedFields.add(c.field);
    usedColumns.add(c.column);
    out.push({ field: c.field, column: c.column, confidence: c.confidence, scale: c.scale });
  }
  return out;
}
