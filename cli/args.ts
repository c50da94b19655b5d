import type { Locale } from '../shared/i18n/locale';
import { LOCALES } from '../shared/i18n/locale';

/**
 * The command line as data: the subcommand, its files, and its options. Each command declares
 * which options it takes, so later commands (coverage, overdue) add theirs without touching
 * the parser.
 */

export interface OptionSpec {
  /** Key in `ParsedArgs.options`. */
  readonly name: string;
  readonly flags: readonly string[];
  readonly takesValue: boolean;
}

export const COMMON_OPTIONS: readonly OptionSpec[] = [
  { name: 'json', flags: ['--json'], takesValue: false },
  { name: 'lang', flags: ['--lang'], takesValue: true },
  { name: 'help', flags: ['-h', '--help'], takesValue: false },
];

export interface ParsedArgs {
  readonly files: readonly string[];
  readonly options: Readonly<Record<string, string | true>>;
}

export type ArgsResult =
  | { readonly ok: true; readonly args: ParsedArgs }
  | { readonly ok: false; readonly error: 'unknownOption' | 'missingValue'; readonly option: string };

export function parseArgs(argv: readonly string[], specs: readonly OptionSpec[]): ArgsResult {
  const files: string[] = [];
  const options: Record<string, string | true> = {};
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (onlyFiles || !arg.startsWith('-') || arg === '-') {
      files.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyFiles = true;
      continue;
    }
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const spec = specs.find((s) => s.flags.includes(flag));
    if (!spec) return { ok: false, error: 'unknownOption', option: flag };
    if (!spec.takesValue) {
      options[spec.name] = true;
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || value === '') return { ok: false, error: 'missingValue', option: flag };
    options[spec.name] = value;
  }
  return { ok: true, args: { files, options } };
}

/** The output language: --lang, else Chinese. */
export function localeOf(options: ParsedArgs['options']): Locale {
  const lang = options.lang;
  return typeof lang === 'string' && (LOCALES as readonly string[]).includes(lang) ? (lang as Locale) : 'zh-CN';
}

/** Peeks at --lang before the command is known, so even a usage error speaks the right language. */
export function peekLocale(argv: readonly string[]): Locale {
  const at = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (at < 0) return 'zh-CN';
  const arg = argv[at] ?? '';
  const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[at + 1];
  return value === 'en' ? 'en' : 'zh-CN';
}
