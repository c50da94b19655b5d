/**
 * Optimistic concurrency: every edit names the version of the record it was made on (its
 * `updatedAt`, which every write moves strictly forward), and a record written since — in
 * another tab, by an import, by a colleague on the same profile — refuses the save instead of
 * silently losing that other change. The refusal carries the stored record, so the form can show
 * both versions and let the clerk keep one or merge them field by field.
 */
export class StaleEdit<Row extends { readonly updatedAt: number } = { readonly updatedAt: number }> extends Error {
  constructor(readonly stored: Row) {
    super('the record was changed after it was opened');
    this.name = 'StaleEdit';
  }
}

export function isStaleEdit(error: unknown): error is StaleEdit {
  return error instanceof StaleEdit;
}

/**
 * Refuses when `stored` moved on from the version the edit started from. `edited` undefined is
 * an edit that did not start from a shown record (a test, a script) and is not checked.
 */
export function assertEditedVersion<Row extends { readonly updatedAt: number }>(stored: Row, edited: number | undefined): void {
  if (edited !== undefined && stored.updatedAt !== edited) throw new StaleEdit(stored);
}
