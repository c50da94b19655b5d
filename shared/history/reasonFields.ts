/**
 * The estate fields whose change may be made to need a reason (变更原因). The district asks who
 * changed an estate's class, management mode or company, and why; an office may ask it of more.
 * The settings (`reasonRequiredFields`) say which; the estate dialog asks for the reason then.
 */
export const REASON_FIELDS = ['communityId', 'name', 'aliases', 'estateClass', 'mode', 'company', 'buildings', 'households', 'floorArea', 'address', 'pilot', 'notes'] as const;
export type ReasonField = (typeof REASON_FIELDS)[number];

export const DEFAULT_REASON_FIELDS: readonly ReasonField[] = ['estateClass', 'mode', 'company'];

/** The fields among `required` whose value differs between `before` and `after` (a planned count or a list compared by content). */
export function fieldsNeedingReason<F extends string>(required: readonly F[], before: Readonly<Record<F, unknown>>, after: Readonly<Record<F, unknown>>): F[] {
  return required.filter((field) => !sameValue(before[field], after[field]));
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  return typeof a === 'object' && typeof b === 'object' && a !== null && b !== null && JSON.stringify(a) === JSON.stringify(b);
}
