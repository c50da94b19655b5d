import type { RecordDiff } from '../../shared/exchange/diff';
import type { ImportCounts } from '../../shared/exchange/importBatch';
import type { SheetAnalysis } from '../../shared/exchange/pipeline';

/** A batch's counts over its kinds: what the diff wrote and left, what the sheets refused and skipped. */
export function sumCounts(kinds: readonly { readonly diff: RecordDiff<unknown>; readonly counts: SheetAnalysis<unknown>['counts'] | undefined }[]): ImportCounts {
  const total = { added: 0, changed: 0, unchanged: 0, invalid: 0, skipped: 0 };
  for (const { diff, counts } of kinds) {
    total.added += diff.added.length;
    total.changed += diff.changed.length;
    total.unchanged += diff.unchanged.length;
    total.invalid += counts?.invalid ?? 0;
    total.skipped += counts?.skipped ?? 0;
  }
  return total;
}
