import type { PlannedCounts } from './community';
import type { ClassCounts, CommunityClassRow } from './classSummary';
import { totalsRow } from './classSummary';

/** A cell of the community × class table that a finding points at. */
export type SummaryCell =
  | 'planned.total'
  | 'inventory.class1'
  | 'inventory.class2'
  | 'inventory.class3'
  | 'inventory.total';

export type Finding =
  /** The plan contradicts itself: its classes do not add up to its total (大河沟: 3+3+4 ≠ 20). */
  | {
      readonly kind: 'planClassesDoNotAddUp';
      readonly cell: 'planned.total';
      readonly classes: readonly [number | null, number | null, number | null];
      readonly classSum: number;
      readonly plannedTotal: number;
    }
  /** The inventory has drifted from the plan: the everyday state of these ledgers. */
  | {
      readonly kind: 'inventoryDiffersFromPlan';
      readonly cell: Exclude<SummaryCell, 'planned.total'>;
      readonly inventory: number;
      readonly planned: number;
    };

const CLASS_KEYS = ['class1', 'class2', 'class3'] as const;

/** Findings of one row (a community, or the street's totals). Blank planned cells are not compared. */
export function reconcile(inventory: ClassCounts, planned: PlannedCounts): Finding[] {
  const findings: Finding[] = [];
  const classes = [planned.class1, planned.class2, planned.class3] as const;
  const anyClassPlanned = classes.some((c) => c !== null);
  if (planned.total !== null && anyClassPlanned) {
    const classSum = classes.reduce<number>((sum, c) => sum + (c ?? 0), 0);
    if (classSum !== planned.total) {
      findings.push({ kind: 'planClassesDoNotAddUp', cell: 'planned.total', classes, classSum, plannedTotal: planned.total });
    }
  }
  for (const key of CLASS_KEYS) {
    const plannedCount = planned[key];
    if (plannedCount !== null && inventory[key] !== plannedCount) {
      findings.push({ kind: 'inventoryDiffersFromPlan', cell: `inventory.${key}`, inventory: inventory[key], planned: plannedCount });
    }
  }
  if (planned.total !== null && inventory.total !== planned.total) {
    findings.push({ kind: 'inventoryDiffersFromPlan', cell: 'inventory.total', inventory: inventory.total, planned: planned.total });
  }
  return findings;
}

export interface ReconciledRow extends CommunityClassRow {
  readonly findings: readonly Finding[];
}

export interface ReconciledTable {
  readonly rows: readonly ReconciledRow[];
  readonly totals: Omit<ReconciledRow, 'communityId' | 'name'>;
}

/** The whole table as the district reads it: rows, the street's totals, and what does not add up. */
export function reconcileTable(rows: readonly CommunityClassRow[]): ReconciledTable {
  const totals = totalsRow(rows);
  return {
    rows: rows.map((row) => ({ ...row, findings: reconcile(row.inventory, row.planned) })),
    totals: { ...totals, findings: reconcile(totals.inventory, totals.planned) },
  };
}
