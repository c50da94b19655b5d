import { Alert, App as AntApp } from 'antd';
import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { describeBackupError, useBackups } from '../backup/ui';
import { refusalMessage } from '../components/refusalMessage';
import { useDb } from '../db/DbContext';
import { useMessages } from '../i18n/I18nProvider';
import { usePlatform } from '../platform/PlatformContext';
import { describeFailure } from './describeFailure';
import { ImportClient, ImportFailed } from './ImportClient';
import { assertRoomFor, bytesToWrite, ledgerRows } from '../db/roomCheck';
import type { NumberPatterns } from '../../shared/exchange/recordKind';

/** Where a running commit is: room checked, then the backup before it, then its own writes. */
export type CommitPhase = 'checkingRoom' | 'backingUp' | 'writing';

export type CommitJob =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly fileName: string; readonly phase: CommitPhase }
  | { readonly status: 'done'; readonly fileName: string; readonly added: number; readonly changed: number }
  | { readonly status: 'failed'; readonly fileName: string; readonly reason: string };

interface ImportRunner {
  /** The one import worker of the window, for every page that reads or commits a file. */
  readonly client: ImportClient;
  readonly job: CommitJob;
  /** Backs up, then commits what the worker analysed last; resolves with the finished job. */
  commit(fileName: string, operator: string, patterns: NumberPatterns, rowsToWrite: number): Promise<CommitJob>;
}

const RunnerContext = createContext<ImportRunner | null>(null);

/**
 * The import belongs to the app, not to the exchange page: leaving 导入导出 while a commit runs
 * no longer terminates the worker holding its transaction. The commit finishes and its result
 * is shown wherever the clerk is; while it runs, every page shows it, and closing the window asks
 * first (beforeunload in the browser, the main process's close in the desktop app).
 */
export function ImportRunnerProvider({ children }: { readonly children: ReactNode }) {
  const db = useDb();
  const platform = usePlatform();
  const messages = useMessages();
  const { service: backups } = useBackups();
  const { message } = AntApp.useApp();
  const client = useMemo(() => new ImportClient({ dbName: db.name }), [db]);
  useEffect(() => () => client.dispose(), [client]);
  const [job, setJob] = useState<CommitJob>({ status: 'idle' });
  // The words of the language shown when the commit ends, not when it began.
  const texts = useRef(messages);
  useEffect(() => {
    texts.current = messages;
  });

  const runner = useMemo<ImportRunner>(() => {
    const reason = (error: unknown) => (error instanceof ImportFailed ? describeFailure(error.failure, texts.current) : refusalMessage(error, texts.current));
    const finish = (next: CommitJob): CommitJob => {
      setJob(next);
      void platform.commitRunning(false).catch(() => undefined);
      const { faults } = texts.current;
      if (next.status === 'done') void message.success({ content: faults.commit.done(next.fileName, next.added, next.changed), className: 'import-committed', duration: 8 });
      if (next.status === 'failed') void message.error({ content: faults.commit.failed(next.fileName, next.reason), className: 'import-failed', duration: 10 });
      return next;
    };
    return {
      client,
      job,
      commit: async (fileName, operator, patterns, rowsToWrite) => {
        setJob({ status: 'running', fileName, phase: 'checkingRoom' });
        await platform.commitRunning(true).catch(() => undefined);
        try {
          // Room for the rows and for the backup before them (as large as the ledger), checked
          // before either is written: a disk filling up mid-commit is what can cost the data.
          await assertRoomFor(platform, bytesToWrite(rowsToWrite + (await ledgerRows(db))));
        } catch (error) {
          return finish({ status: 'failed', fileName, reason: reason(error) });
        }
        setJob({ status: 'running', fileName, phase: 'backingUp' });
        try {
          await backups.backUp('beforeImport');
        } catch (error) {
          const { backup } = texts.current;
          return finish({ status: 'failed', fileName, reason: backup.beforeImportFailed(describeBackupError(error, texts.current)) });
        }
        setJob({ status: 'running', fileName, phase: 'writing' });
        try {
          const batches = await client.commit(operator, patterns);
          const added = batches.reduce((n, b) => n + b.counts.added, 0);
          const changed = batches.reduce((n, b) => n + b.counts.changed, 0);
          return finish({ status: 'done', fileName, added, changed });
        } catch (error) {
          return finish({ status: 'failed', fileName, reason: reason(error) });
        }
      },
    };
  }, [client, job, platform, backups, message, db]);

  return <RunnerContext.Provider value={runner}>{children}</RunnerContext.Provider>;
}

export function useImportRunner(): ImportRunner {
  const runner = useContext(RunnerContext);
  if (!runner) throw new Error('useImportRunner() needs an <ImportRunnerProvider> above it');
  return runner;
}

/** On every page while a commit runs: which file, and not to close the window. */
export function ImportProgress() {
  const { job } = useImportRunner();
  const { faults } = useMessages();
  if (job.status !== 'running') return null;
  return <Alert type="info" showIcon banner title={faults.commit.running(job.fileName)} data-testid="import-running" data-phase={job.phase} style={{ marginBottom: 16 }} />;
}
