import type { Locale } from '../shared/i18n/locale';
import type { OptionSpec, ParsedArgs } from './args';

/** Where a command writes: injected so tests can run commands in-process as well. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
}

export interface CommandContext {
  readonly args: ParsedArgs;
  readonly locale: Locale;
  readonly output: Output;
  /** Directory relative file names are read from and written to. */
  readonly cwd: string;
}

/** Exit codes shared by every command (issue 3): all valid, some rows invalid, some file unusable. */
export const EXIT_OK = 0;
export const EXIT_INVALID_ROWS = 1;
export const EXIT_UNUSABLE = 2;

export interface Command {
  readonly name: string;
  /** Its line in the usage text ("check FILE...   检查各文件…"); the bare name when absent. */
  usageLine?(locale: Locale): string;
  /** Options beyond the common ones (--json, --lang, --help). */
  readonly options: readonly OptionSpec[];
  run(context: CommandContext): Promise<number>;
}
