import type { OptionSpec, ParsedArgs } from './args';
import type { RecordKind } from './analyseFile';

export const KIND_OPTION: OptionSpec = { name: 'kind', flags: ['--kind'], takesValue: true };

/** `--kind`, checked: undefined when absent, null when not a kind. */
export function kindOf(options: ParsedArgs['options']): RecordKind | undefined | null {
  const kind = options.kind;
  if (kind === undefined) return undefined;
  return kind === 'estates' || kind === 'communities' ? kind : null;
}
