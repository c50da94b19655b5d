import type { RecordMapping } from '../exchange/mapping';

/** How a personal field is masked when it is compared (a phone, a name, phones inside a text). */
export type MaskOf = Readonly<Record<string, (value: string) => string>>;

/**
 * The diff of a complaint sheet whose personal fields may come back masked (a workbook exported
 * without 显示个人信息): a masked cell is the same as the stored value it hides, so it neither
 * counts as a change nor overwrites what is stored. `alsoCompared` are the key fields the diff
 * reads but never writes.
 */
export function maskedDiff<Row>(diffFields: readonly string[], masked: MaskOf, alsoCompared: readonly string[]): Pick<RecordMapping<Row>, 'fieldValue' | 'withFields'> {
  const fieldsOf = (row: Row) => row as unknown as Readonly<Record<string, unknown>>;
  return {
    fieldValue(value, field) {
      const raw = fieldsOf(value)[field];
      const mask = masked[field];
      if (mask && typeof raw === 'string') return mask(raw);
      return diffFields.includes(field) || alsoCompared.includes(field) ? raw : undefined;
    },
    withFields(base, incoming, fields) {
      const out: Record<string, unknown> = { ...fieldsOf(base) };
      for (const field of fields) {
        if (!diffFields.includes(field)) continue;
        const value = fieldsOf(incoming)[field];
        // The masked form of what is stored says only that it is there: what is stored stays.
        const mask = masked[field];
        const stored = fieldsOf(base)[field];
        if (mask && typeof value === 'string' && typeof stored === 'string' && value !== stored && mask(stored) === value) continue;
        out[field] = value;
      }
      return out as unknown as Row;
    },
  };
}
