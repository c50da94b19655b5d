import { Button, Card, Popconfirm, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import type { ImportBatchSummary } from '../../shared/exchange/importBatch';
import { testIdProps } from '../components/testId';
import { useBackups, describeBackupError } from '../backup/ui';
import { useDb } from '../db/DbContext';
import { undoImportBatch } from '../db/importBatchRepository';
import { assertRoomForUndo } from '../db/roomCheck';
import { usePlatform } from '../platform/PlatformContext';
import { useImportBatches } from './importHooks';
import { useMessages } from '../i18n/I18nProvider';
import { useRefusal } from '../components/useRefusal';

/** Every import, newest first, each undoable as a whole while nothing it wrote was touched since. */
export function ImportBatchList() {
  const messages = useMessages();
  const { ui, backup } = messages;
  const { service: backups } = useBackups();
  const refusal = useRefusal();
  const t = ui.exchangePage;
  const db = useDb();
  const platform = usePlatform();
  const batches = useImportBatches();

  // A batch's undo replaces data, so a backup is made first; without one the undo does not run.
  // Room for both is checked before either.
  const undo = async (batch: ImportBatchSummary) => {
    try {
      await assertRoomForUndo(platform, db, batch.counts);
    } catch (error) {
      refusal.show(error, 'undo-refused');
      return;
    }
    try {
      await backups.backUp('beforeUndo');
    } catch (error) {
      refusal.showText(backup.beforeUndoFailed(describeBackupError(error, messages)), 'undo-refused');
      return;
    }
    await refusal.run(() => undoImportBatch(db, batch.id), { done: t.undoDone, className: 'undo-refused' });
  };

  return (
    <Card title={t.batches} style={{ marginTop: 16 }}>
      <Table<ImportBatchSummary>
        size="small"
        rowKey="id"
        loading={batches === undefined}
        dataSource={batches ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: t.noBatches }}
        onRow={(b) => testIdProps(`batch-row-${b.fileName}`)}
        columns={[
          { title: t.batchFile, dataIndex: 'fileName' },
          { title: t.batchTime, key: 'time', render: (_, b) => dayjs(b.committedAt).format('YYYY-MM-DD HH:mm') },
          { title: t.batchOperator, dataIndex: 'operator' },
          { title: t.batchCounts, key: 'counts', render: (_, b) => [b.counts.added, b.counts.changed, b.counts.unchanged, b.counts.invalid, b.counts.skipped].join(' / ') },
          {
            title: t.batchState,
            key: 'state',
            render: (_, b) =>
              b.undoneAt !== null ? (
                <Tag>{t.undone}</Tag>
              ) : (
                <Popconfirm title={t.undoConfirm} okText={t.undo} cancelText={ui.common.cancel} onConfirm={() => undo(b)}>
                  <Button size="small" danger data-testid={`batch-undo-${b.fileName}`}>{t.undo}</Button>
                </Popconfirm>
              ),
          },
        ]}
      />
    </Card>
  );
}
