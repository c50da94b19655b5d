import { isDomainError } from '../../shared/common/problem';
import type { Messages } from '../../shared/i18n/catalogs';
import { formatProblems } from '../../shared/i18n/format';

/**
 * What the user reads when a write did not happen: a refusal's reasons in the current language,
 * or, for anything else (a bug, a full disk), that the operation failed and why.
 */
export function refusalMessage(error: unknown, m: Pick<Messages, 'ui' | 'domain'>): string {
  if (isDomainError(error)) return formatProblems(error.problems, m.domain);
  return m.ui.common.unexpectedError(error instanceof Error ? error.message : String(error));
}
