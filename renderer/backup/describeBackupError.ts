import { isBackupRefusal } from '../../shared/backup/backupFile';
import type { BackupMessages } from '../../shared/backup/messages';

/** One sentence for the user: a refusal in its own words, anything else as the error said. */
export function describeBackupError(error: unknown, messages: BackupMessages): string {
  if (isBackupRefusal(error)) return messages.refusals[error.code];
  return error instanceof Error ? error.message : String(error);
}
