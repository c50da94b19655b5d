import { isBackupRefusal } from '../../shared/backup/backupFile';
import type { Messages } from '../../shared/i18n/catalogs';
import { isNotEnoughRoom } from '../db/roomCheck';
import { storageFailureOf } from '../db/storageFailure';

/** One sentence for the user: a refusal or a storage failure in its own words, anything else as the error said. */
export function describeBackupError(error: unknown, messages: Pick<Messages, 'backup' | 'faults'>): string {
  if (isBackupRefusal(error)) return messages.backup.refusals[error.code];
  if (isNotEnoughRoom(error)) return messages.faults.room.notEnough(error.neededBytes, error.freeBytes);
  const storage = storageFailureOf(error);
  if (storage) return messages.faults.storage[storage];
  return error instanceof Error ? error.message : String(error);
}
