import { Alert, App as AntApp, Button, Card, Popconfirm, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { COUNTED_TABLES, type LedgerCheck } from '../../shared/backup/ledgerState';
import { testIdProps } from '../components/testId';
import { useDb } from '../db/DbContext';
import { ledgerRows } from '../db/roomCheck';
import { useMessages } from '../i18n/I18nProvider';
import { usePlatform } from '../platform/PlatformContext';
import type { StoredBackup } from '../platform/Platform';
import { useBackups } from './BackupContext';
import { describeBackupError } from './describeBackupError';
import { recordLedgerState, recordRestoredState } from './ledgerState';

const SHOWN_BACKUPS = 5;

type Found = Exclude<LedgerCheck, { status: 'ok' }>;

/**
 * Instead of the first-run page or an empty ledger, when the database is gone or far smaller than
 * the last known state: what was there, what is there now, the newest backups, one click to
 * restore. The clerk may also go on with the data as it is, after a question.
 */
export function RecoveryPage({ found, onContinue }: { readonly found: Found; readonly onContinue: () => void }) {
  const messages = useMessages();
  const { faults, backup } = messages;
  const t = faults.recovery;
  const { message } = AntApp.useApp();
  const { service } = useBackups();
  const platform = usePlatform();
  const db = useDb();
  const [backups, setBackups] = useState<readonly StoredBackup[] | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    platform.backups.list().then(
      (listing) => setBackups(listing.entries.slice(0, SHOWN_BACKUPS)),
      () => setBackups([]),
    );
  }, [platform]);

  const restore = async (file: () => Promise<Blob | null>) => {
    setBusy(true);
    try {
      const data = await file();
      if (!data) return setBusy(false);
      const manifest = await service.inspect(data);
      const fresh = await service.restore({ ledgerRows: await ledgerRows(db) });
      await recordRestoredState(platform, fresh, manifest);
      window.location.reload();
    } catch (error) {
      setBusy(false);
      void message.error({ content: t.failed(describeBackupError(error, messages)), className: 'recovery-failed', duration: 8 });
    }
  };

  const fromFile = () =>
    restore(async () => {
      const opened = await platform.backups.openFile();
      return opened.status === 'opened' ? new Blob([opened.data.slice().buffer]) : null;
    });

  const goOn = async () => {
    await recordLedgerState(platform, db).catch(() => undefined);
    onContinue();
  };

  const rows = COUNTED_TABLES.map((table) => ({ table, before: found.recorded.counts[table] ?? 0, now: found.now[table] ?? 0 }));
  return (
    <div style={{ padding: 24, maxWidth: 960 }} data-testid="recovery-page" data-status={found.status}>
      <Typography.Title level={3}>{t.title}</Typography.Title>
      <Alert type="error" showIcon title={found.status === 'missing' ? t.missing : t.shrunk} description={t.intro} style={{ marginBottom: 16 }} />
      <Table
        size="small"
        pagination={false}
        rowKey="table"
        dataSource={rows}
        onRow={(row) => testIdProps(`recovery-count-${row.table}`)}
        columns={[
          { title: t.table, dataIndex: 'table', render: (table: string) => backup.tables[table] ?? table },
          { title: t.before(dayjs(found.recorded.writtenAt).format('YYYY-MM-DD HH:mm')), dataIndex: 'before' },
          { title: t.now, dataIndex: 'now' },
        ]}
        style={{ marginBottom: 16 }}
      />
      <Card title={t.backupsTitle} loading={backups === undefined} style={{ marginBottom: 16 }}>
        {backups?.length === 0 && <Typography.Paragraph data-testid="recovery-no-backups">{t.noBackups}</Typography.Paragraph>}
        <Space direction="vertical" style={{ width: '100%' }}>
          {backups?.map((entry) => (
            <Space key={entry.fileName} {...testIdProps(`recovery-backup-${entry.fileName}`)}>
              <span>{dayjs(entry.manifest.createdAt).format('YYYY-MM-DD HH:mm')}</span>
              <span>{backup.reasons[entry.manifest.reason]}</span>
              <span>{entry.manifest.tables.filter((x) => x.rows > 0 && (COUNTED_TABLES as readonly string[]).includes(x.name)).map((x) => backup.contentsItem(backup.tables[x.name] ?? x.name, x.rows)).join(backup.contentsSeparator)}</span>
              <Button type="primary" disabled={busy} onClick={() => void restore(() => platform.backups.read(entry.fileName))} data-testid="recovery-restore">
                {t.restore}
              </Button>
            </Space>
          ))}
        </Space>
      </Card>
      {busy && <Alert type="info" showIcon title={t.restoring} style={{ marginBottom: 16 }} />}
      <Space>
        <Button disabled={busy} onClick={() => void fromFile()} data-testid="recovery-restore-file">{t.restoreFromFile}</Button>
        <Popconfirm title={t.continueConfirm} onConfirm={() => void goOn()} okButtonProps={{ 'data-testid': 'recovery-continue-confirm' }}>
          <Button danger disabled={busy} data-testid="recovery-continue">{t.continueAnyway}</Button>
        </Popconfirm>
      </Space>
    </div>
  );
}
