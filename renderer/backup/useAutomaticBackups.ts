import { App as AntApp } from 'antd';
import { useEffect } from 'react';
import { useMessages } from '../i18n/I18nProvider';
import { useSettings } from '../settings/SettingsProvider';
import { useBackups } from './BackupContext';

const HOUR_MS = 60 * 60 * 1000;

/** The first start of each day, then every few hours while the app stays open. */
export function useAutomaticBackups(): void {
  const { service } = useBackups();
  const { backup } = useMessages();
  const { settings } = useSettings();
  const { notification } = AntApp.useApp();
  const hours = settings.backupIntervalHours;
  useEffect(() => {
    const report = (error: unknown) =>
      notification.error({ message: backup.backupFailed(error instanceof Error ? error.message : String(error)), duration: 0, className: 'backup-failed' });
    service.backUpIfFirstToday().catch(report);
    const timer = setInterval(() => service.backUp('interval').catch(report), hours * HOUR_MS);
    return () => clearInterval(timer);
  }, [service, hours, backup, notification]);
}
