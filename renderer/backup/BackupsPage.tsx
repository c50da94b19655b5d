import { Alert, App as AntApp, Button, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { BackupManifest } from '../../shared/backup/manifest';
import { testIdProps } from '../components/testId';
import { useDb } from '../db/DbContext';
import { ledgerRows } from '../db/roomCheck';
import { useMessages } from '../i18n/I18nProvider';
import { usePlatform } from '../platform/PlatformContext';
import type { StoredBackup } from '../platform/Platform';
import { useBackups } from './BackupContext';
import { describeBackupError } from './describeBackupError';
import { recordRestoredState } from './ledgerState';
import { RestorePreviewModal, type RestorePreview } from './RestorePreviewModal';
import { RetentionCard } from './RetentionCard';
import { useBackupList } from './useBackupList';

/** Every backup with its time, size and contents; back up now, save a copy, restore. */
export function BackupsPage() {
  const messages = useMessages();
  const { backup: t } = messages;
  const { message } = AntApp.useApp();
  const { service, persisted } = useBackups();
  const platform = usePlatform();
  const db = useDb();
  const [list, reload] = useBackupList();
  const [working, setWorking] = useState(false);
  const [preview, setPreview] = useState<RestorePreview | null>(null);
  const [restoring, setRestoring] = useState(false);

  const fail = (error: unknown, className = 'backup-failed') => void message.error({ content: describeBackupError(error, messages), className, duration: 8 });

  const backUpNow = async () => {
    setWorking(true);
    try {
      await service.backUp('manual');
      void message.success({ content: t.backedUp, className: 'backup-done' });
    } catch (error) {
      fail(error);
    } finally {
      setWorking(false);
      reload();
    }
  };

  const countsNow = async (manifest: BackupManifest): Promise<Record<string, number>> => {
    const names = new Set([...manifest.tables.map((x) => x.name), ...db.tables.map((x) => x.name)]);
    const present = new Set(db.tables.map((x) => x.name));
    const counts = await Promise.all([...names].map(async (name) => [name, present.has(name) ? await db.table(name).count() : 0] as const));
    return Object.fromEntries(counts);
  };

  const offer = async (file: () => Promise<Blob | null>) => {
    setWorking(true);
    try {
      const data = await file();
      if (!data) return;
      const manifest = await service.inspect(data);
      setPreview({ manifest, now: await countsNow(manifest) });
    } catch (error) {
      fail(error, 'backup-refused');
    } finally {
      setWorking(false);
    }
  };

  const fromFile = () =>
    offer(async () => {
      const opened = await platform.backups.openFile();
      return opened.status === 'opened' ? new Blob([opened.data.slice().buffer]) : null;
    });

  const confirmRestore = async () => {
    setRestoring(true);
    try {
      const fresh = await service.restore({ ledgerRows: await ledgerRows(db) });
      if (preview) await recordRestoredState(platform, fresh, preview.manifest).catch(() => undefined);
      void message.success({ content: t.preview.restored, className: 'restore-done' });
      // Reopen on the restored database: every query, hook and worker starts from it.
      window.location.reload();
    } catch (error) {
      setRestoring(false);
      setPreview(null);
      reload();
      void message.error({ content: t.preview.failed(describeBackupError(error, messages)), className: 'backup-refused', duration: 8 });
    }
  };

  const saveCopy = async (entry: StoredBackup) => {
    try {
      const saved = await platform.backups.saveCopy(entry.fileName);
      if (saved.status === 'saved') void message.success(t.copySaved(saved.path));
    } catch (error) {
      fail(error);
    }
  };

  const chooseFolder = platform.backups.chooseFolder;
  const changeFolder = chooseFolder
    ? async () => {
        try {
          const chosen = await chooseFolder();
          if (chosen.status === 'chosen') void message.success(t.folderChanged(chosen.folder));
        } catch (error) {
          fail(error);
        } finally {
          reload();
        }
      }
    : null;

  const contentsOf = (entry: StoredBackup) =>
    entry.manifest.tables
      .filter((x) => x.rows > 0)
      .map((x) => t.contentsItem(t.tables[x.name] ?? x.name, x.rows))
      .join(t.contentsSeparator);

  const entries = list.status === 'listed' ? list.listing.entries : [];
  return (
    <div data-testid="backups-page">
      <Typography.Title level={3}>{t.title}</Typography.Title>
      <Typography.Paragraph>{t.intro}</Typography.Paragraph>
      <Alert
        type={persisted ? 'success' : 'warning'}
        showIcon
        title={persisted ? t.persisted : t.notPersisted}
        data-testid="storage-persisted"
        data-persisted={String(persisted)}
        style={{ marginBottom: 12 }}
      />
      <Typography.Paragraph data-testid="backup-location">
        {t.location(list.status === 'listed' && list.listing.location !== '' ? list.listing.location : t.browserLocation)}
        {changeFolder && (
          <Button type="link" onClick={() => void changeFolder()} data-testid="backup-change-folder">
            {t.changeFolder}
          </Button>
        )}
      </Typography.Paragraph>
      {list.status === 'failed' && <Alert type="error" showIcon title={describeBackupError(list.error, messages)} data-testid="backup-list-failed" style={{ marginBottom: 12 }} />}
      <Space style={{ marginBottom: 12 }}>
        <Button type="primary" loading={working} onClick={() => void backUpNow()} data-testid="backup-now">
          {working ? t.backingUp : t.backUpNow}
        </Button>
        <Button disabled={working} onClick={() => void fromFile()} data-testid="backup-restore-file">
          {t.restoreFromFile}
        </Button>
      </Space>
      <Table<StoredBackup>
        size="small"
        rowKey="fileName"
        loading={list.status === 'loading'}
        dataSource={entries}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: t.empty }}
        onRow={(entry) => testIdProps(`backup-row-${entry.fileName}`)}
        columns={[
          { title: t.columns.time, key: 'time', render: (_, e) => dayjs(e.manifest.createdAt).format('YYYY-MM-DD HH:mm:ss') },
          { title: t.columns.reason, key: 'reason', render: (_, e) => t.reasons[e.manifest.reason] },
          { title: t.columns.size, key: 'size', align: 'right', render: (_, e) => t.size(e.bytes) },
          { title: t.columns.contents, key: 'contents', render: (_, e) => contentsOf(e) },
          { title: t.columns.operator, key: 'operator', render: (_, e) => e.manifest.operator },
          {
            title: '',
            key: 'actions',
            render: (_, e) => (
              <Space>
                <Button size="small" onClick={() => void saveCopy(e)} data-testid="backup-save-copy">
                  {t.saveCopy}
                </Button>
                <Button size="small" danger disabled={working} onClick={() => void offer(() => platform.backups.read(e.fileName))} data-testid="backup-restore">
                  {t.restore}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <RetentionCard />
      {preview && <RestorePreviewModal preview={preview} busy={restoring} onConfirm={() => void confirmRestore()} onCancel={() => setPreview(null)} />}
    </div>
  );
}
