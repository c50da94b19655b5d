import type { RecordDiff } from '../../shared/exchange/diff';

/**
 * Steps of a record's course (a notice's 报告整改 and 复查, a complaint's 受理 … 办结, a task's
 * progress notes) arrive as rows of their own, each naming its parent and its place in the
 * course. Written, they go back into the parent's list: a changed step in its place, a new one
 * where its number puts it (after the stored ones it follows), the list renumbered without gaps.
 */
export function placeSteps<Row extends { readonly order: number }, Step>(
  diff: RecordDiff<Row>,
  parentOf: (row: Row) => { readonly id: string; readonly steps: readonly Step[] },
  toStep: (row: Row, before: Step | undefined) => Step,
): Map<string, Step[]> {
  const placed = new Map<string, { steps: readonly Step[]; byOrder: Map<number, Step> }>();
  const rows = [...diff.changed.map((c) => c.value), ...diff.added.map((a) => a.value)];
  for (const row of rows) {
    const parent = parentOf(row);
    let entry = placed.get(parent.id);
    if (!entry) {
      entry = { steps: parent.steps, byOrder: new Map(parent.steps.map((step, i) => [i + 1, step])) };
      placed.set(parent.id, entry);
    }
    entry.byOrder.set(row.order, toStep(row, entry.steps[row.order - 1]));
  }
  const out = new Map<string, Step[]>();
  for (const [id, { byOrder }] of placed) out.set(id, [...byOrder.entries()].sort((a, b) => a[0] - b[0]).map(([, step]) => step));
  return out;
}
