import { Alert, Modal, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import type { BackupManifest } from '../../shared/backup/manifest';
import { testIdProps } from '../components/testId';
import { useMessages } from '../i18n/I18nProvider';

export interface RestorePreview {
  readonly manifest: BackupManifest;
  /** Rows per table in the ledger today. */
  readonly now: Readonly<Record<string, number>>;
}

interface Row {
  readonly table: string;
  readonly inBackup: number;
  readonly now: number;
}

/** What a backup holds against today's counts, and the one button that replaces the ledger. */
export function RestorePreviewModal({ preview, busy, onConfirm, onCancel }: { preview: RestorePreview; busy: boolean; onConfirm: () => void; onCancel: () => void }) {
  const { backup: t } = useMessages();
  const names = [...new Set([...preview.manifest.tables.map((x) => x.name), ...Object.keys(preview.now)])];
  const inBackup = new Map(preview.manifest.tables.map((x) => [x.name, x.rows]));
  const rows: Row[] = names.map((table) => ({ table, inBackup: inBackup.get(table) ?? 0, now: preview.now[table] ?? 0 }));
  return (
    <Modal
      open
      title={t.preview.title}
      okText={t.preview.confirm}
      okButtonProps={{ danger: true, loading: busy, 'data-testid': 'restore-confirm' }}
      cancelButtonProps={{ disabled: busy }}
      onOk={onConfirm}
      onCancel={onCancel}
      closable={!busy}
      maskClosable={false}
      width={560}
    >
      <div data-testid="restore-preview">
        <Typography.Paragraph>
          {t.preview.madeAt(dayjs(preview.manifest.createdAt).format('YYYY-MM-DD HH:mm'), preview.manifest.operator, preview.manifest.appVersion)}
        </Typography.Paragraph>
        <Table<Row>
          size="small"
          rowKey="table"
          pagination={false}
          dataSource={rows}
          onRow={(r) => testIdProps(`restore-count-${r.table}`)}
          columns={[
            { title: t.preview.table, key: 'table', render: (_, r) => t.tables[r.table] ?? r.table },
            { title: t.preview.inBackup, dataIndex: 'inBackup', align: 'right' },
            { title: t.preview.now, dataIndex: 'now', align: 'right' },
          ]}
        />
        <Alert style={{ marginTop: 12 }} type="warning" showIcon title={busy ? t.preview.restoring : t.preview.warning} />
      </div>
    </Modal>
  );
}
