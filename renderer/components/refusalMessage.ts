import { isDomainError } from '../../shared/common/problem';
import type { Messages } from '../../shared/i18n/catalogs';
import { formatProblems } from '../../shared/i18n/format';
import { storageFailureOf } from '../db/storageFailure';
import { isStaleEdit } from '../db/staleEdit';
import { isNotEnoughRoom } from '../db/roomCheck';

/**
 * What the user reads when a write did not happen: a refusal's reasons in the current language,
 * a storage failure (a full disk, an aborted transaction) in one sentence saying what to do, or,
 * for anything else (a bug), that the operation failed and why.
 */
export function refusalMessage(error: unknown, m: Pick<Messages, 'ui' | 'domain' | 'faults'>): string {
  if (isDomainError(error)) return formatProblems(error.problems, m.domain);
  // Reached only where the form has nothing to merge: say how to go on.
  if (isStaleEdit(error)) return m.faults.stale.reopen;
  if (isNotEnoughRoom(error)) return m.faults.room.notEnough(error.neededBytes, error.freeBytes);
  // A storage failure in one sentence of ours: never the library's English, never a link.
  const storage = storageFailureOf(error);
  if (storage) return m.faults.storage[storage];
  return m.ui.common.unexpectedError(error instanceof Error ? error.message : String(error));
}
