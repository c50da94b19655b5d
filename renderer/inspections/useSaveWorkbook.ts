import { App as AntApp } from 'antd';
import { useMessages } from '../i18n/I18nProvider';
import { usePlatform } from '../platform/PlatformContext';
import { useRefusal } from '../components/useRefusal';

/**
 * Saves an exported workbook through the platform (a save dialog in the desktop app, a
 * download in the browser) and says where it went, or why it did not.
 */
export function useSaveWorkbook(): (suggestedName: string, build: () => Uint8Array) => Promise<void> {
  const { inspections: t } = useMessages();
  const refusal = useRefusal();
  const { message } = AntApp.useApp();
  const platform = usePlatform();
  return async (suggestedName, build) => {
    try {
      const saved = await platform.saveFile({ suggestedName, data: build(), filters: [{ name: t.report.excelFilter, extensions: ['xlsx'] }] });
      if (saved.status === 'saved') void message.success(t.report.exported(saved.path));
    } catch (error) {
      refusal.show(error);
    }
  };
}
