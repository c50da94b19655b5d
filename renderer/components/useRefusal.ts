import { App as AntApp } from 'antd';
import { useMemo } from 'react';
import { useMessages } from '../i18n/I18nProvider';
import { refusalMessage } from './refusalMessage';

/**
 * The one way a screen shows a write that did not happen. `run` performs a write that has no form
 * (a delete, an undo, a photo): success may say so, a refusal shows its reasons, anything else is
 * shown too; it never rejects, so a Popconfirm or a click handler cannot leave an unhandled
 * promise behind. Forms use `useSaveWithProblems`, which puts reasons under their fields.
 */
export function useRefusal() {
  const messages = useMessages();
  const { message } = AntApp.useApp();
  return useMemo(() => {
    const messageOf = (error: unknown) => refusalMessage(error, messages);
    const show = (error: unknown, className = 'write-refused') => {
      void message.error({ content: messageOf(error), className });
    };
    /** A sentence the caller already put together (e.g. why a backup before the write failed). */
    const showText = (text: string, className = 'write-refused') => {
      void message.error({ content: text, className });
    };
    const run = async (write: () => Promise<unknown>, options: { readonly done?: string; readonly className?: string } = {}): Promise<boolean> => {
      try {
        await write();
        if (options.done !== undefined) void message.success(options.done);
        return true;
      } catch (error) {
        show(error, options.className);
        return false;
      }
    };
    return { messageOf, show, showText, run };
  }, [messages, message]);
}
