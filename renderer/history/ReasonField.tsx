import { Form, Input } from 'antd';
import { useMessages } from '../i18n/I18nProvider';
import { textLimit, textLimitRule } from '../components/textLimit';

const REASON_MAX = 200;

/**
 * 变更原因 in an edit dialog: asked for (and marked required) once one of `fields` differs from
 * the record as it was opened. The repository refuses the save without it too, under this
 * field's name, so the form and the rule cannot disagree.
 */
export function ReasonField<Values extends object, Field extends keyof Values & string>({ initial, fields, labelOf }: { initial: Values; fields: readonly Field[]; labelOf: (field: Field) => string }) {
  const { history, faults } = useMessages();
  const form = Form.useFormInstance<Values>();
  const values = Form.useWatch([], form) as Partial<Values> | undefined;
  const changed = fields.filter((field) => values !== undefined && field in values && values[field] !== initial[field]);
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
      <Input placeholder={history.reason.placeholder} {...textLimit(REASON_MAX)} data-testid="estate-reason" />
    </Form.Item>
  );
}
