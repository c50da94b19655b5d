import { Col, Divider, Form, InputNumber, Row, Typography } from 'antd';
import { DEFAULT_CREDIT_RULES, type CreditPointsKey } from '../../shared/companies';
import { useMessages } from '../i18n/I18nProvider';

const POINTS: readonly CreditPointsKey[] = [
  'noticeOverdue', 'recheckFailed', 'talk', 'circular', 'publicity', 'creditFile', 'complaintSubstantiated',
  'assessmentLow', 'assessmentHigh', 'surveyBelowThreshold', 'commendation', 'modelProject', 'penalty',
];
const POINT_LABELS = { assessmentLow: 'assessmentLowPoints', assessmentHigh: 'assessmentHighPoints' } as const;

/** The settings page's credit section: the start, the grade bands and each event's points, defaults written beside. */
export function CreditSettingsFields() {
  const { companies } = useMessages();
  const t = companies.settings;
  const d = DEFAULT_CREDIT_RULES;
  const number = (name: (string | number)[], label: string, fallback: number, min: number, max: number) => (
    <Form.Item name={name} label={`${label}${t.defaultValue(fallback)}`} rules={[{ required: true, type: 'number', min, max }]}>
      <InputNumber min={min} max={max} style={{ width: '100%' }} data-testid={`settings-credit-${name.slice(1).join('-')}`} />
    </Form.Item>
  );
  return (
    <>
      <Divider titlePlacement="start">{t.title}</Divider>
      <Typography.Paragraph type="secondary">{t.hint}</Typography.Paragraph>
      <Row gutter={8}>
        <Col span={12}>{number(['creditRules', 'start'], t.start, d.start, 0, 1000)}</Col>
        <Col span={12}>{number(['creditRules', 'bands', 'A'], t.bandA, d.bands.A, -1000, 1000)}</Col>
        <Col span={12}>{number(['creditRules', 'bands', 'B'], t.bandB, d.bands.B, -1000, 1000)}</Col>
        <Col span={12}>{number(['creditRules', 'bands', 'C'], t.bandC, d.bands.C, -1000, 1000)}</Col>
        <Col span={12}>{number(['creditRules', 'assessmentLow'], t.assessmentLow, d.assessmentLow, 0, 100)}</Col>
        <Col span={12}>{number(['creditRules', 'assessmentHigh'], t.assessmentHigh, d.assessmentHigh, 0, 100)}</Col>
        {POINTS.map((key) => (
          <Col span={8} key={key}>{number(['creditRules', 'points', key], t[key in POINT_LABELS ? POINT_LABELS[key as keyof typeof POINT_LABELS] : (key as Exclude<CreditPointsKey, keyof typeof POINT_LABELS>)], d.points[key], -100, 100)}</Col>
        ))}
      </Row>
    </>
  );
}
