import { Divider, Form, InputNumber } from 'antd';
import { settingsSchema } from '../../shared/settings/settings';
import { useMessages } from '../i18n/I18nProvider';

const bounds = (key: 'spotCheckDaysPerWeek' | 'patrolsPerDay') => ({ min: settingsSchema.shape[key].minValue ?? 0, max: settingsSchema.shape[key].maxValue ?? 24 });

/** The settings page's duty section: the thresholds the dashboard's indicators check. */
export function DutySettingsFields() {
  const { dashboard } = useMessages();
  const t = dashboard.settings;
  return (
    <>
      <Divider titlePlacement="start">{t.section}</Divider>
      {(['spotCheckDaysPerWeek', 'patrolsPerDay'] as const).map((key) => (
        <Form.Item key={key} name={key} label={t[key]} extra={key === 'spotCheckDaysPerWeek' ? dashboard.duties.spotCheck.rule : dashboard.duties.patrol.rule} rules={[{ required: true, type: 'integer', ...bounds(key) }]}>
          <InputNumber {...bounds(key)} precision={0} data-testid={`settings-${key}`} />
        </Form.Item>
      ))}
    </>
  );
}
