import { Typography } from 'antd';
import { useMessages } from '../i18n/I18nProvider';
import { ExportPanel } from './ExportPanel';
import { ImportBatchList } from './ImportBatchList';
import { ImportPanel } from './ImportPanel';

export function ExchangePage() {
  const { ui } = useMessages();
  return (
    <div data-testid="exchange-page">
      <Typography.Title level={3}>{ui.exchangePage.title}</Typography.Title>
      <ImportPanel />
      <ImportBatchList />
      <ExportPanel />
    </div>
  );
}
