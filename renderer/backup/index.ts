/** What other folders may use of renderer/backup without React: safe for workers and the start-up code. */
export * from './activeDatabase';
export * from './BackupClient';
export * from './backupService';
export * from './installedVersion';
export * from './makeBackup';
export * from './restoreBackup';
export * from './upgradeBackup';
export * from './ledgerState';
