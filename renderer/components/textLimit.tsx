import type { InputProps } from 'antd';
import type { FaultMessages } from '../../shared/i18n/faults';
import { useMessages } from '../i18n/I18nProvider';

/** How near its limit a field starts showing its count. */
const SHOW_FROM = 0.8;

function LengthCount({ count, max }: { readonly count: number; readonly max: number }) {
  const { faults } = useMessages();
  return <span data-testid="text-length">{faults.input.count(count, max)}</span>;
}

/**
 * A text field's limit as antd's `count`: the field shows its length near the limit and turns
 * red past it, but keeps every character typed or pasted. `maxLength` would cut a pasted
 * 10,000-character name to 100 without a word; here the save is refused with the limit instead
 * (the domain's validation, or `textLimitRule` where a form has none).
 */
export function textLimit(max: number): { count: NonNullable<InputProps['count']> } {
  return { count: { max, show: ({ count }) => (count >= max * SHOW_FROM ? <LengthCount count={count} max={max} /> : null) } };
}

/** The same limit as a form rule, for forms whose values no domain validation checks (settings). */
export function textLimitRule(max: number, faults: FaultMessages) {
  return { max, message: faults.input.tooLong(max) };
}
