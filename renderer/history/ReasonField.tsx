import { Form, Input } from 'antd';
import { useMessages } from '../i18n/I18nProvider';
import { textLimit, textLimitRule } from '../components/textLimit';
import { useFormBase } from '../components/formBase';

const REASON_MAX = 200;

/**
 * 变更原因 in an edit dialog: asked for (and marked required) once one of `fields` differs from
 * what the save is made on — the record as it was opened (`initial`), or inside a form dialog
 * that merged a stale save, the record stored then. The repository refuses the save without it too, under this
 * field's name, so the form and the rule cannot disagree.
 */
export function ReasonField<F extends string>({ initial, fields, labelOf, testId = 'estate-reason' }: { initial: object; fields: readonly F[]; labelOf: (field: F) => string; testId?: string }) {
  const { history, faults } = useMessages();
  const form = Form.useFormInstance();
  const values = Form.useWatch([], form) as Readonly<Record<string, unknown>> | undefined;
  const before = (useFormBase() ?? initial) as Readonly<Record<string, unknown>>;
  const changed = fields.filter((field) => values !== undefined && field in values && values[field] !== before[field]);
  const needed = changed.length > 0;
  return (
    <Form.Item
      name="reason"
      label={history.reason.label}
      required={needed}
      extra={fields.length > 0 ? history.reason.hint(fields.map(labelOf).join(history.reason.fieldSeparator)) : undefined}
      rules={[
        ...(needed ? [{ required: true, whitespace: true, message: history.reason.hint(changed.map(labelOf).join(history.reason.fieldSeparator)) }] : []),
        textLimitRule(REASON_MAX, faults),
      ]}
    >
      <Input placeholder={history.reason.placeholder} {...textLimit(REASON_MAX)} data-testid={testId} />
    </Form.Item>
  );
}
