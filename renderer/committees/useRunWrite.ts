import { App as AntApp } from 'antd';
import { isDomainError } from '../../shared/common/problem';
import { formatProblem } from '../../shared/i18n/format';
import { useMessages } from '../i18n/I18nProvider';

/**
 * Runs a write that has no form (a delete): success says so, a refusal shows its reasons in
 * the current language, anything else is shown, never swallowed.
 */
export function useRunWrite() {
  const { ui, domain } = useMessages();
  const { message } = AntApp.useApp();
  return async (write: () => Promise<unknown>, done: string = ui.common.deleted): Promise<boolean> => {
    try {
      await write();
      void message.success(done);
      return true;
    } catch (error) {
      const text = isDomainError(error)
        ? error.problems.map((p) => formatProblem(p, domain)).join('；')
        : ui.common.unexpectedError(error instanceof Error ? error.message : String(error));
      void message.error({ content: text, className: 'write-refused' });
      return false;
    }
  };
}
