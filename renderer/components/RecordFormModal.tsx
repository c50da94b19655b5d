import { Form, Modal, Tooltip } from 'antd';
import { shortcutProps } from './keyboard/shortcutProps';
import { useEffect, useRef, type ReactNode } from 'react';
import { useMessages } from '../i18n/I18nProvider';
import { useSaveWithProblems } from './useSaveWithProblems';

/**
 * An add-or-edit dialog for one record: the form starts from `initialValues` each time it opens,
 * Save submits it, and `write` runs through useSaveWithProblems, so a refusal lands under its
 * fields and the dialog stays open; a successful write closes it. `testId` names the form
 * (`${testId}-form`) and its Save button (`${testId}-save`).
 */
export function RecordFormModal<Values extends object>({ open, title, testId, width, initialValues, write, onClose, children }: {
  open: boolean;
  title: string;
  testId: string;
  width: number;
  initialValues: Values;
  write: (values: Values) => Promise<unknown>;
  onClose: () => void;
  children: ReactNode;
}) {
  const { ui } = useMessages();
  const [form] = Form.useForm<Values>();
  const save = useSaveWithProblems(form);
  // Only opening resets the form: the caller builds initialValues anew on every render.
  const initial = useRef(initialValues);
  useEffect(() => {
    initial.current = initialValues;
  });
  useEffect(() => {
    if (open) form.setFieldsValue(initial.current);
  }, [open, form]);

  const submit = async (values: Values) => {
    if (await save(() => write(values))) onClose();
  };
  return (
    <Modal
      open={open}
      title={title}
      okText={ui.common.save}
      cancelText={ui.common.cancel}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      okButtonProps={{ 'data-testid': `${testId}-save`, ...shortcutProps('save') }}
      footer={(_, { OkBtn, CancelBtn }) => (
        <>
          <CancelBtn />
          <Tooltip title={ui.shortcuts.save}>
            <span>
              <OkBtn />
            </span>
          </Tooltip>
        </>
      )}
      width={width}
    >
      <Form form={form} layout="vertical" initialValues={initialValues} onFinish={submit} data-testid={`${testId}-form`}>
        {children}
      </Form>
    </Modal>
  );
}
