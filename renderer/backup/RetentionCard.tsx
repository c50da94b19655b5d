import { App as AntApp, Button, Card, Form, InputNumber } from 'antd';
import type { Settings } from '../../shared/settings/settings';
import { useMessages } from '../i18n/I18nProvider';
import { useSettings } from '../settings/SettingsProvider';

type Retention = Pick<Settings, 'backupKeepLast' | 'backupKeepDays' | 'backupKeepMonths' | 'backupIntervalHours'>;

const FIELDS: readonly { name: keyof Retention; min: number; max: number }[] = [
  { name: 'backupKeepLast', min: 1, max: 100 },
  { name: 'backupKeepDays', min: 0, max: 366 },
  { name: 'backupKeepMonths', min: 0, max: 120 },
  { name: 'backupIntervalHours', min: 1, max: 24 },
];

/** How many backups stay and how often they are made, in the settings' own schema. */
export function RetentionCard() {
  const { backup: t } = useMessages();
  const { message } = AntApp.useApp();
  const { settings, updateSettings } = useSettings();
  const labels: Record<keyof Retention, string> = {
    backupKeepLast: t.retention.keepLast,
    backupKeepDays: t.retention.keepDays,
    backupKeepMonths: t.retention.keepMonths,
    backupIntervalHours: t.retention.intervalHours,
  };
  return (
    <Card title={t.retention.title} size="small" style={{ marginTop: 16 }}>
      <Form<Retention>
        layout="inline"
        initialValues={settings}
        onFinish={async (values) => {
          await updateSettings(values);
          void message.success(t.retention.saved);
        }}
      >
        {FIELDS.map((field) => (
          <Form.Item key={field.name} name={field.name} label={labels[field.name]} rules={[{ required: true }]}>
            <InputNumber min={field.min} max={field.max} precision={0} data-testid={`settings-${field.name}`} />
          </Form.Item>
        ))}
        <Button htmlType="submit" data-testid="retention-save">{t.retention.save}</Button>
      </Form>
    </Card>
  );
}
