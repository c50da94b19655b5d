import { Dexie, type Transaction } from 'dexie';

/** What a request fails with once its transaction is gone: the next step, not the cause. */
const AFTERMATH = new Set(['InvalidStateError', 'TransactionInactiveError', 'DatabaseClosedError']);

/**
 * Runs a bulk write's transaction and, when the browser aborted it under its feet, rejects with
 * the browser's reason. When the disk fills during a commit Chromium aborts the transaction
 * ("UnknownError … IO error … FILE_ERROR_NO_SPACE") and closes the connection; the scope's next
 * request then fails with "The transaction has finished", which is what Dexie reports — and the
 * clerk would be told the storage broke instead of that the disk is full. `enter` is called first
 * thing inside the transaction's scope, so the transaction is known.
 */
export async function withAbortCause<T>(write: (enter: () => void) => Promise<T>): Promise<T> {
  let transaction: Transaction | null = null;
  try {
    return await write(() => {
      transaction = Dexie.currentTransaction;
    });
  } catch (error) {
    const cause = (transaction as Transaction | null)?.idbtrans?.error;
    if (cause && error instanceof Error && AFTERMATH.has(error.name)) throw cause;
    throw error;
  }
}
