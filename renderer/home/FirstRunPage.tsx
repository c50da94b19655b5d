import { Card, Typography } from 'antd';
import { useMessages } from '../i18n/I18nProvider';
import { useSettings } from '../settings/SettingsProvider';
import { SettingsForm } from '../settings/SettingsForm';

export function FirstRunPage() {
  const { ui } = useMessages();
  const { settings, updateSettings } = useSettings();
  return (
    <div style={{ display: 'flex', justifyContent: 'center', padding: 48 }} data-testid="first-run">
      <Card style={{ width: 560 }}>
        <Typography.Title level={3}>{ui.firstRun.title}</Typography.Title>
        <Typography.Paragraph>{ui.firstRun.intro}</Typography.Paragraph>
        <SettingsForm
          initial={settings}
          submitLabel={ui.firstRun.submit}
          showLocale
          onSubmit={async (values) => { await updateSettings(values); }}
        />
      </Card>
    </div>
  );
}
