import { Col, Divider, Form, Input, InputNumber, Row } from 'antd';
import { INSPECTION_CATEGORIES } from '../../shared/inspections/kinds';
import { noticeNumberShape } from '../../shared/inspections/noticeNumber';
import { settingsSchema } from '../../shared/settings/settings';
import { useMessages } from '../i18n/I18nProvider';
import { useToday } from './useToday';
import { textLimit, textLimitRule } from '../components/textLimit';

// The bounds the settings store enforces, so the form refuses what the store would.
const PATTERN_MAX = settingsSchema.shape.noticeNumberPattern.maxLength ?? 60;

/**
 * The settings page's inspection section: the notice number pattern (with what this year's
 * numbers will look like), the acceptance threshold as a percentage, the 考评 weights.
 */
export function InspectionSettingsFields() {
  const { inspections, faults } = useMessages();
  const t = inspections.settings;
  const today = useToday();
  const pattern = Form.useWatch('noticeNumberPattern') as string | undefined;
  const percent = (v: unknown) => (typeof v === 'number' ? Math.round(v * 1000) / 10 : v);
  return (
    <>
      <Divider titlePlacement="start">{t.section}</Divider>
      <Form.Item
        name="noticeNumberPattern"
        label={t.noticeNumberPattern}
        extra={t.noticeNumberHint(noticeNumberShape(pattern ?? '', Number(today.slice(0, 4))))}
        rules={[
          { required: true, whitespace: true, message: t.patternNeedsN },
          textLimitRule(PATTERN_MAX, faults),
          { validator: async (_, value: unknown) => { if (typeof value !== 'string' || !value.includes('{n}')) throw new Error(t.patternNeedsN); } },
        ]}
      >
        <Input {...textLimit(PATTERN_MAX)} data-testid="settings-noticeNumberPattern" />
      </Form.Item>
      <Form.Item
        name="acceptanceThreshold"
        label={t.acceptanceThreshold}
        extra={t.acceptanceHint}
        getValueProps={(value: unknown) => ({ value: percent(value) })}
        normalize={(value: unknown) => (typeof value === 'number' ? value / 100 : value)}
        rules={[{ required: true, type: 'number', min: 0, max: 1, message: t.range(0, 100) }]}
      >
        <InputNumber min={0} max={100} step={1} data-testid="settings-acceptanceThreshold" />
      </Form.Item>
      <Form.Item label={t.weights} extra={t.weightsHint}>
        <Row gutter={8}>
          {INSPECTION_CATEGORIES.map((category) => (
            <Col span={8} key={category}>
              <Form.Item
                name={['assessmentWeights', category]}
                label={inspections.category[category]}
                rules={[{ required: true, type: 'number', min: 0, max: 100, message: t.range(0, 100) }]}
                style={{ marginBottom: 8 }}
              >
                <InputNumber min={0} max={100} data-testid={`settings-weight-${category}`} />
              </Form.Item>
            </Col>
          ))}
        </Row>
      </Form.Item>
    </>
  );
}
