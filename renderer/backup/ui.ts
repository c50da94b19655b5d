/** The backups page, its provider and hooks, for the app's shell and the screens that back up first. */
export * from './BackupContext';
export * from './BackupsPage';
export * from './describeBackupError';
export * from './useAutomaticBackups';
export * from './RecoveryPage';
export * from './useLedgerStateRecorder';
