import type { Command } from './command';
import { checkCommand } from './commands/check';
import { complaintsCommand } from './commands/complaints';
import { coverageCommand } from './commands/coverage';
import { mergeCommand } from './commands/merge';
import { overdueCommand } from './commands/overdue';
import { summaryCommand } from './commands/summary';

/** Every subcommand of `street-ledger`; a new one is a file in commands/ and a line here. */
export const COMMANDS: readonly Command[] = [checkCommand, summaryCommand, mergeCommand, coverageCommand, overdueCommand, complaintsCommand];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}
