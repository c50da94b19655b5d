import { isDomainError, type Problem } from '../../../shared/common/problem';

/**
 * Awaits a write that must be refused and returns its problems; fails (throws) if it resolved
 * or failed with anything but a DomainError.
 */
export async function refusal(write: Promise<unknown>): Promise<readonly Problem[]> {
  let outcome: unknown;
  try {
    outcome = await write;
  } catch (error) {
    if (isDomainError(error)) return error.problems;
    throw error;
  }
  throw new Error(`expected a DomainError, but the write succeeded with ${JSON.stringify(outcome)}`);
}
