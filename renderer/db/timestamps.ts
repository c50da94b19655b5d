let lastIssued = 0;

/**
 * Milliseconds since the epoch, strictly after every timestamp issued before in this window
 * and after `previous`. Rows are listed in creation order and ids are random, so two rows
 * created in one millisecond must not tie; an edit must read as a change even within the same
 * millisecond or after the clock was set back. A burst of thousands of writes runs ahead of
 * the wall clock by that many milliseconds, which is harmless.
 */
export function nextTimestamp(previous = 0): number {
  lastIssued = Math.max(Date.now(), lastIssued + 1, previous + 1);
  return lastIssued;
}
