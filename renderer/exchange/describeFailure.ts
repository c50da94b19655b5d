import type { Messages } from '../../shared/i18n/catalogs';
import { formatProblems } from '../../shared/i18n/format';
import { formatExchangeError } from '../../shared/exchange/format';
import type { ImportFailure } from './importProtocol';

/** One sentence for a refused file or commit, in the UI's language. */
export function describeFailure(failure: ImportFailure, m: Messages): string {
  switch (failure.kind) {
    case 'exchange':
      return formatExchangeError(failure, m.locale);
    case 'domain':
      return formatProblems(failure.problems, m.domain);
    case 'timeout':
      return m.ui.exchangePage.timeout(failure.seconds);
    case 'storage':
      return m.faults.storage[failure.failure];
    case 'other':
      return m.ui.common.unexpectedError(failure.message);
  }
}
