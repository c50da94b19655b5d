import { Card } from 'antd';
import { useMessages } from '../i18n/I18nProvider';
import type { EstatePanelProps } from '../estates/ui';
import { HistoryTable } from './HistoryTable';
import { useEstateHistory } from './hooks';

/** The estate page's change history: its own fields and everything recorded about it. */
export function EstateHistoryPanel({ estate }: EstatePanelProps) {
  const { history } = useMessages();
  const entries = useEstateHistory(estate.id);
  return (
    <Card size="small" title={history.panel.title} data-testid="estate-history">
      <HistoryTable entries={entries} withRecord testId="estate-history-table" />
    </Card>
  );
}
