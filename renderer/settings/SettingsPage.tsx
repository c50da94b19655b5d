import { App as AntApp, Typography } from 'antd';
import { messagesFor } from '../../shared/i18n/catalogs';
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
          const saved = await updateSettings(values);
          // Said in the language just chosen: this render's messages are still the old one's.
          void message.success(messagesFor(saved.locale).ui.settings.saved);
        }}
      />
    </div>
  );
}
