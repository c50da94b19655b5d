import { EXCHANGE_KINDS } from '../shared/exchange/kinds';
import type { ExchangeKind } from '../shared/exchange/recordKind';
import type { OptionSpec, ParsedArgs } from './args';

export const KIND_OPTION: OptionSpec = { name: 'kind', flags: ['--kind'], takesValue: true };

/** The kinds `--kind` may name: every kind of the registry. */
const KIND_NAMES: readonly ExchangeKind[] = EXCHANGE_KINDS;

/** `--kind`, checked: undefined when absent, null when not a kind. */
export function kindOf(options: ParsedArgs['options']): ExchangeKind | undefined | null {
  const kind = options.kind;
  if (kind === undefined) return undefined;
  return KIND_NAMES.find((name) => name === kind) ?? null;
}
