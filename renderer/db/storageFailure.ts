import type { StorageFailure } from '../../shared/i18n/faults';

/**
 * Which storage failure an error is, whatever wrapped it: Dexie wraps IndexedDB's DOMExceptions
 * (`inner`), a bulk write lists its failed operations (`failures`), a transaction's AbortError
 * carries what aborted it. A full disk is named as such wherever it hides in that chain, so the
 * clerk reads "磁盘空间不足" rather than "bulkAdd(): 80894 of 100000 operations failed".
 * Undefined for anything that is not a storage failure (a refusal, a bug).
 */
export function storageFailureOf(error: unknown): StorageFailure | undefined {
  if (error instanceof StorageFailed) return error.failure;
  const { names, messages } = errorChain(error);
  // Chromium names LevelDB's ENOSPC only in the text of an UnknownError ("IO error: …/000073.log:
  // FILE_ERROR_NO_SPACE"), seen when the disk fills during a commit.
  if (names.has('QuotaExceededError') || messages.some((text) => text.includes('FILE_ERROR_NO_SPACE'))) return 'quota';
  if (names.has('VersionError')) return 'version';
  if (names.has('ReadOnlyLedger') || names.has('ReadOnlyError')) return 'readOnly';
  if (['MissingAPIError', 'SecurityError', 'InvalidAccessError', 'DatabaseClosedError'].some((n) => names.has(n))) return 'unavailable';
  if (['AbortError', 'TransactionInactiveError', 'PrematureCommitError', 'TimeoutError'].some((n) => names.has(n))) return 'aborted';
  if (['InvalidStateError', 'UnknownError', 'OpenFailedError', 'NotFoundError', 'InvalidTableError', 'DataCloneError', 'UpgradeError', 'SchemaError', 'NotReadableError'].some((n) => names.has(n)))
    return 'broken';
  return undefined;
}

/** A storage failure as it crosses from a worker to the window: its kind, without the library's text. */
export class StorageFailed extends Error {
  constructor(readonly failure: StorageFailure) {
    super(failure);
    this.name = 'StorageFailed';
  }
}

const MAX_DEPTH = 6;

interface ErrorChain {
  readonly names: Set<string>;
  readonly messages: string[];
}

/** The names and texts of an error and of every error it carries (Dexie's inner, a bulk error's failures, cause). */
function errorChain(error: unknown, depth = 0, into: ErrorChain = { names: new Set(), messages: [] }): ErrorChain {
  if (depth > MAX_DEPTH || typeof error !== 'object' || error === null) return into;
  const record = error as { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown; failures?: unknown; failuresByPos?: unknown };
  if (typeof record.name === 'string') into.names.add(record.name);
  if (typeof record.message === 'string') into.messages.push(record.message);
  errorChain(record.inner, depth + 1, into);
  errorChain(record.cause, depth + 1, into);
  const failures = Array.isArray(record.failures) ? record.failures : record.failuresByPos && typeof record.failuresByPos === 'object' ? Object.values(record.failuresByPos) : [];
  // A bulk write of 100,000 rows lists as many failures; their kinds repeat, so a few suffice.
  for (const failure of failures.slice(0, 20)) errorChain(failure, depth + 1, into);
  return into;
}
