import { App as AntApp, Typography } from 'antd';
import { useMessages } from '../i18n/I18nProvider';
import { useSettings } from './SettingsProvider';
import { SettingsForm } from './SettingsForm';

export function SettingsPage() {
  const { ui } = useMessages();
  const { message } = AntApp.useApp();
  const { settings, updateSettings } = useSettings();
  return (
    <div data-testid="settings-page">
      <Typography.Title level={3}>{ui.settings.title}</Typography.Title>
      <SettingsForm
        initial={settings}
        submitLabel={ui.common.save}
        showLocale
        onSubmit={async (values) => {
          await updateSettings(values);
          void message.success(ui.settings.saved);
        }}
      />
    </div>
  );
}
