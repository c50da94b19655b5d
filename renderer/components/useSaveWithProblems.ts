import { App as AntApp, type FormInstance } from 'antd';
import { isDomainError, problemText } from '../../shared/common/problem';
import { formatProblems } from '../../shared/i18n/format';
import { useMessages } from '../i18n/I18nProvider';
import { refusalMessage } from './refusalMessage';

/**
 * Runs a repository write from a form. A refusal (DomainError) puts each reason, in the current
 * language, under its field — or in a message when the field is not on the form — and the form
 * stays open with what the user typed; any other failure is shown, never swallowed. Form field
 * names are the problems' field names, so no mapping is needed.
 */
export function useSaveWithProblems(form: FormInstance) {
  const messages = useMessages();
  const { ui, domain } = messages;
  const { message } = AntApp.useApp();
  return async (write: () => Promise<unknown>): Promise<boolean> => {
    try {
      await write();
      return true;
    } catch (error) {
      if (!isDomainError(error)) {
        void message.error(refusalMessage(error, messages));
        return false;
      }
      const known = new Set(Object.keys(form.getFieldsValue(true) as object));
      const onForm = error.problems.filter((p) => known.has(p.field));
      const elsewhere = error.problems.filter((p) => !onForm.includes(p));
      form.setFields(onForm.map((p) => ({ name: p.field, errors: [problemText(p, domain.problems)] })));
      const reasons = formatProblems(error.problems, domain);
      void message.error({ content: elsewhere.length > 0 ? reasons : ui.common.notSavedBecause(reasons), className: 'save-refused' });
      return false;
    }
  };
}
