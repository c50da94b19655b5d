/**
 * The estate fields whose change may be made to need a reason (变更原因). The district asks who
 * changed an estate's class, management mode or company, and why; an office may ask it of more.
 * The settings (`reasonRequiredFields`) say which; the estate dialog asks for the reason then.
 */
export const REASON_FIELDS = ['communityId', 'name', 'estateClass', 'mode', 'company', 'buildings', 'households', 'floorArea', 'address', 'pilot', 'notes'] as const;
export type ReasonField = (typeof REASON_FIELDS)[number];

export const DEFAULT_REASON_FIELDS: readonly ReasonField[] = ['estateClass', 'mode', 'company'];

/** The fields among `required` whose value differs between `before` and `after`. */
export function fieldsNeedingReason(required: readonly ReasonField[], before: Readonly<Record<ReasonField, unknown>>, after: Readonly<Record<ReasonField, unknown>>): ReasonField[] {
  return required.filter((field) => !Object.is(before[field], after[field]));
}
