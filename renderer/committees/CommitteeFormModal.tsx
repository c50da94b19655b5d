import { Form, Modal, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useMessages } from '../i18n/I18nProvider';

/**
 * The frame every committee form shares: a modal whose OK submits the form, with test ids
 * `<testId>-form` and `<testId>-save`. Field names are the problems' field names, so a
 * refusal lands under the field it is about (see useSaveWithProblems). The form is emptied
 * when the modal closes, so each opening starts from `initialValues`.
 */
export function CommitteeFormModal<V extends object>({ open, title, testId, form, initialValues, onFinish, onClose, width = 640, children }: {
  open: boolean;
  title: string;
  testId: string;
  form: FormInstance<V>;
  initialValues: V;
  onFinish: (values: V) => void | Promise<void>;
  onClose: () => void;
  width?: number;
  children: ReactNode;
}) {
  const { ui } = useMessages();
  return (
    <Modal
      open={open}
      title={title}
      okText={ui.common.save}
      cancelText={ui.common.cancel}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      okButtonProps={{ 'data-testid': `${testId}-save` }}
      width={width}
    >
      <Form form={form} layout="vertical" initialValues={initialValues} onFinish={onFinish} clearOnDestroy data-testid={`${testId}-form`}>
        {children}
      </Form>
    </Modal>
  );
}
