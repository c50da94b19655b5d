import { App as AntApp, Button, Card, Popconfirm, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { isDomainError } from '../../shared/common/problem';
import type { ImportBatch } from '../../shared/exchange/importBatch';
import { formatProblem } from '../../shared/i18n/format';
import { testIdProps } from '../components/testId';
import { useDb } from '../db/DbContext';
import { undoImportBatch } from '../db/importBatchRepository';
import { useImportBatches } from './importHooks';
import { useMessages } from '../i18n/I18nProvider';

/** Every import, newest first, each undoable as a whole while nothing it wrote was touched since. */
export function ImportBatchList() {
  const { ui, domain } = useMessages();
  const t = ui.exchangePage;
  const { message } = AntApp.useApp();
  const db = useDb();
  const batches = useImportBatches();

  const undo = async (batch: ImportBatch) => {
    try {
      await undoImportBatch(db, batch.id);
      void message.success(t.undoDone);
    } catch (error) {
      const text = isDomainError(error)
        ? error.problems.map((p) => formatProblem(p, domain)).join('；')
        : ui.common.unexpectedError(error instanceof Error ? error.message : String(error));
      void message.error({ content: text, className: 'undo-refused' });
    }
  };

  return (
    <Card title={t.batches} style={{ marginTop: 16 }}>
      <Table<ImportBatch>
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
