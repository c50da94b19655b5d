/**
 * A stored row's editable fields overlaid with a change. `undefined` means "not part of this
 * change" and keeps the stored value; `null` is a deliberate blank and is passed on. The
 * result is validated in full, so an update obeys the same rules as a create.
 */
export function mergeDraft<T extends object>(stored: T, changes: { readonly [K in keyof T]?: unknown }): { [K in keyof T]?: unknown } {
  const merged: { [K in keyof T]?: unknown } = { ...stored };
  for (const key of Object.keys(changes) as (keyof T)[]) {
    if (changes[key] !== undefined) merged[key] = changes[key];
  }
  return merged;
}
