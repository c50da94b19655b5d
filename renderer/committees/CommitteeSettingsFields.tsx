import { Divider, Form, InputNumber } from 'antd';
import { settingsSchema } from '../../shared/settings/settings';
import { TERM_YEARS_MAX, TERM_YEARS_MIN } from '../../shared/committees/validation';
import { useMessages } from '../i18n/I18nProvider';

// The bounds the settings store enforces, so the form refuses what the store would.
const WARNING_MONTHS = settingsSchema.shape.termExpiryWarningMonths;
const WARNING_MIN = WARNING_MONTHS.minValue ?? 0;
const WARNING_MAX = WARNING_MONTHS.maxValue ?? 24;

/** The settings page's owners' committee section: default term length and the warning window. */
export function CommitteeSettingsFields() {
  const { committees } = useMessages();
  const t = committees.settings;
  return (
    <>
      <Divider titlePlacement="start">{t.section}</Divider>
      <Form.Item name="committeeTermYears" label={t.termYears} extra={t.termYearsHint} rules={[{ required: true, type: 'integer', min: TERM_YEARS_MIN, max: TERM_YEARS_MAX, message: t.range(TERM_YEARS_MIN, TERM_YEARS_MAX) }]}>
        <InputNumber min={TERM_YEARS_MIN} max={TERM_YEARS_MAX} precision={0} data-testid="settings-committeeTermYears" />
      </Form.Item>
      <Form.Item
        name="termExpiryWarningMonths"
        label={t.warningMonths}
        extra={t.warningMonthsHint}
        rules={[{ required: true, type: 'integer', min: WARNING_MIN, max: WARNING_MAX, message: t.range(WARNING_MIN, WARNING_MAX) }]}
      >
        <InputNumber min={WARNING_MIN} max={WARNING_MAX} precision={0} data-testid="settings-termExpiryWarningMonths" />
      </Form.Item>
    </>
  );
}
