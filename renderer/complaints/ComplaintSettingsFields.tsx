import { Checkbox, Col, Divider, Form, Input, InputNumber, Row } from 'antd';
import { complaintNumberShape } from '../../shared/complaints';
import { complaintRulesSchema, settingsSchema } from '../../shared/settings/settings';
import { useMessages } from '../i18n/I18nProvider';
import { textLimit, textLimitRule } from '../components/textLimit';
import { useToday } from '../inspections/ui';

const PATTERN_MAX = settingsSchema.shape.complaintNumberPattern.maxLength ?? 60;
const DAY_FIELDS = ['acceptDays', 'concludeDays', 'extensionMaxDays', 'dueSoonDays'] as const;

/** Bounds the settings store enforces, read from its schema so the form refuses what the store would. */
function bounds(field: (typeof DAY_FIELDS)[number]): { min: number; max: number } {
  const shape = complaintRulesSchema.shape[field];
  return { min: shape.minValue ?? 0, max: shape.maxValue ?? 365 };
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Dates as the clerk types them, one a line (or separated by commas), into the stored list. */
function datesOf(text: unknown): string[] {
  return typeof text === 'string' ? [...new Set(text.split(/[\s,，、;；]+/).map((s) => s.trim()).filter((s) => s !== ''))].sort() : [];
}

/**
 * The settings page's complaints section: the number pattern (with what this year's numbers will
 * look like), the deadlines in days, and how days are counted: calendar days, or working days
 * with the statutory holidays and the weekend days worked, which the office edits each year.
 */
export function ComplaintSettingsFields() {
  const { complaints, faults } = useMessages();
  const t = complaints.settings;
  const today = useToday();
  const pattern = Form.useWatch('complaintNumberPattern') as string | undefined;
  const dateList = (name: 'holidays' | 'workdays', label: string) => (
    <Form.Item
      name={['complaintRules', name]}
      label={label}
      extra={t.datesHint}
      getValueProps={(value: unknown) => ({ value: Array.isArray(value) ? value.join('\n') : '' })}
      normalize={datesOf}
      rules={[{ validator: async (_, value: unknown) => { const bad = (Array.isArray(value) ? (value as string[]) : []).filter((d) => !ISO.test(d)); if (bad.length > 0) throw new Error(t.badDates(bad.join('、'))); } }]}
    >
      <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} data-testid={`settings-complaint-${name}`} />
    </Form.Item>
  );
  return (
    <>
      <Divider titlePlacement="start">{t.section}</Divider>
      <Form.Item
        name="complaintNumberPattern"
        label={t.numberPattern}
        extra={t.numberHint(complaintNumberShape(pattern ?? '', Number(today.slice(0, 4))))}
        rules={[
          textLimitRule(PATTERN_MAX, faults),
          { validator: async (_, value: unknown) => { if (typeof value !== 'string' || !value.includes('{n}')) throw new Error(t.patternNeedsN); } },
        ]}
      >
        <Input {...textLimit(PATTERN_MAX)} data-testid="settings-complaintNumberPattern" />
      </Form.Item>
      <Row gutter={8}>
        {DAY_FIELDS.map((field) => {
          const { min, max } = bounds(field);
          return (
            <Col span={12} key={field}>
              <Form.Item name={['complaintRules', field]} label={t[field]} rules={[{ required: true, type: 'integer', min, max, message: t.range(min, max) }]}>
                <InputNumber min={min} max={max} precision={0} data-testid={`settings-complaint-${field}`} />
              </Form.Item>
            </Col>
          );
        })}
      </Row>
      <Form.Item name={['complaintRules', 'workingDays']} valuePropName="checked" extra={t.workingDaysHint}>
        <Checkbox data-testid="settings-complaint-workingDays">{t.workingDays}</Checkbox>
      </Form.Item>
      {dateList('holidays', t.holidays)}
      {dateList('workdays', t.workdays)}
    </>
  );
}
