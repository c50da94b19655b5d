import { exchangeMessages } from '../shared/i18n/exchange';
import { COMMON_OPTIONS, localeOf, parseArgs, peekLocale } from './args';
import { EXIT_OK, EXIT_UNUSABLE, type Output } from './command';
import { findCommand } from './registry';
import { commandNames, usageText } from './usage';

/**
 * `street-ledger <command> [options] FILE...`: the entry behind `bin/street-ledger.mjs`.
 * Returns the exit code; never throws, never prints a stack trace (set STREET_LEDGER_DEBUG to
 * see one).
 */
export async function main(argv: readonly string[], output: Output, cwd: string): Promise<number> {
  const locale = peekLocale(argv);
  const m = exchangeMessages[locale].cli;
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    output.out(usageText(locale));
    return name === undefined ? EXIT_UNUSABLE : EXIT_OK;
  }
  const command = findCommand(name);
  if (!command) {
    output.err(m.unknownCommand(name, commandNames(locale)));
    output.err(usageText(locale));
    return EXIT_UNUSABLE;
  }
  const parsed = parseArgs(rest, [...COMMON_OPTIONS, ...command.options]);
  if (!parsed.ok) {
    output.err(parsed.error === 'unknownOption' ? m.unknownOption(parsed.option) : m.missingValue(parsed.option));
    return EXIT_UNUSABLE;
  }
  if (parsed.args.options.help) {
    output.out(usageText(locale));
    return EXIT_OK;
  }
  if (parsed.args.files.length === 0) {
    output.err(m.noFiles);
    return EXIT_UNUSABLE;
  }
  try {
    return await command.run({ args: parsed.args, locale: localeOf(parsed.args.options), output, cwd });
  } catch (error) {
    if (process.env.STREET_LEDGER_DEBUG) console.error(error);
    output.err(m.internalError);
    return EXIT_UNUSABLE;
  }
}

/** For the launcher: real stdout / stderr, one line each write. */
export const processOutput: Output = {
  out: (text) => {
    if (text !== '') process.stdout.write(`${text}\n`);
  },
  err: (text) => {
    process.stderr.write(`${text}\n`);
  },
};
