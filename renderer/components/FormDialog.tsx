import { App as AntApp, Form, Modal, type FormInstance } from 'antd';
import { useEffect, useRef, type ReactNode } from 'react';
import { useMessages } from '../i18n/I18nProvider';
import { useSaveWithProblems } from './useSaveWithProblems';

/**
 * The one dialog for adding or editing a record. The form starts from `initialValues` each time
 * it opens; Save submits it and runs `write` through useSaveWithProblems, so a refusal lands under
 * its fields (field names are the problems' field names) and the dialog stays open with what the
 * user typed. A write that resolves `false` made its own check and said why; the dialog stays
 * open. Otherwise `savedMessage` (if any) is shown and the dialog closes. `testId` names the form
 * (`${testId}-form`) and its Save button (`${testId}-save`). Pass `form` to watch fields from
 * outside (a live preview); else the dialog makes its own.
 */
export function FormDialog<Values extends object, Result = unknown>({ open, title, okText, testId, formTestId, saveTestId, width = 640, initialValues, write, savedMessage, onSaved, onClose, form: given, intro, children }: {
  open: boolean;
  title: string;
  /** The Save button's words, where the form does something more particular (下发通知书). */
  okText?: string;
  testId: string;
  formTestId?: string;
  saveTestId?: string;
  width?: number;
  initialValues: Values;
  write: (values: Values) => Promise<Result | false>;
  savedMessage?: string | ((result: Result) => string);
  /** After a successful write, before the dialog closes. */
  onSaved?: (result: Result) => void;
  onClose: () => void;
  form?: FormInstance<Values>;
  /** Shown above the form (a rule, a deadline). */
  intro?: ReactNode;
  children: ReactNode;
}) {
  const { ui } = useMessages();
  const { message } = AntApp.useApp();
  const [own] = Form.useForm<Values>();
  const form = given ?? own;
  const save = useSaveWithProblems(form);
  // Only opening resets the form: the caller builds initialValues anew on every render.
  const initial = useRef(initialValues);
  useEffect(() => {
    initial.current = initialValues;
  });
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(initial.current);
  }, [open, form]);

  const submit = async (values: Values) => {
    let outcome: { readonly result: Result } | null = null;
    const written = await save(async () => {
      const result = await write(values);
      if (result !== false) outcome = { result };
    });
    if (!written || outcome === null) return;
    const { result } = outcome;
    if (savedMessage !== undefined) void message.success(typeof savedMessage === 'function' ? savedMessage(result) : savedMessage);
    onSaved?.(result);
    onClose();
  };
  return (
    <Modal
      open={open}
      title={title}
      okText={okText ?? ui.common.save}
      cancelText={ui.common.cancel}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      okButtonProps={{ 'data-testid': saveTestId ?? `${testId}-save` }}
      width={width}
    >
      {intro}
      <Form form={form} layout="vertical" initialValues={initialValues} onFinish={(values) => void submit(values)} data-testid={formTestId ?? `${testId}-form`}>
        {children}
      </Form>
    </Modal>
  );
}
