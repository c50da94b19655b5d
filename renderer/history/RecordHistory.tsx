import { Typography } from 'antd';
import type { HistoryKind } from '../../shared/history/fieldHistory';
import { useMessages } from '../i18n/I18nProvider';
import { HistoryTable } from './HistoryTable';
import { useRecordHistory } from './hooks';

/** One record's change history, for its detail drawer. */
export function RecordHistory({ kind, recordId }: { kind: HistoryKind; recordId: string }) {
  const { history } = useMessages();
  const entries = useRecordHistory(kind, recordId);
  return (
    <section data-testid={`${kind}-field-history`}>
      <Typography.Title level={5}>{history.panel.title}</Typography.Title>
      <HistoryTable entries={entries} withRecord={false} testId={`${kind}-field-history-table`} />
    </section>
  );
}
