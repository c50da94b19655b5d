import { exchangeMessages } from '../shared/i18n/exchange';
import type { Locale } from '../shared/i18n/locale';
import { COMMANDS } from './registry';

/** The help text, with one line per registered command. */
export function usageText(locale: Locale): string {
  const m = exchangeMessages[locale].cli;
  return [
    m.usageHead,
    '',
    m.commandsHeading,
    ...COMMANDS.map((c) => `  ${c.usageLine?.(locale) ?? c.name}`),
    '',
    m.optionsHeading,
    ...m.optionLines.map((line) => `  ${line}`),
    '',
    m.exitCodes,
  ].join('\n');
}

export function commandNames(locale: Locale): string {
  return COMMANDS.map((c) => c.name).join(exchangeMessages[locale].cli.listSeparator);
}
