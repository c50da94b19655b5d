import { CURRENT_VERSION } from '../db/schema';
import type { BackupService } from './backupService';
import type { BackupClient } from './BackupClient';

/** The app version that last opened the ledger, kept beside the database pointer. */
export const LAST_APP_VERSION_KEY = 'street-ledger.lastAppVersion';

/**
 * The first start after an update backs up before anything can migrate: when the stored
 * database is at an older schema version (the upgrade is about to run), or another app version
 * opened it last. A fresh installation (nothing stored) has nothing to lose.
 */
export function needsUpgradeBackup(installedVersion: number | null, lastAppVersion: string | null, appVersion: string, currentVersion = CURRENT_VERSION): boolean {
  if (installedVersion === null) return false;
  return installedVersion < currentVersion || (lastAppVersion !== null && lastAppVersion !== appVersion);
}

/** Runs before the ledger is opened (and so before Dexie's upgrade can run). */
export async function backUpBeforeUpgrade(
  service: BackupService,
  client: Pick<BackupClient, 'installedVersion'>,
  storage: Pick<Storage, 'getItem'>,
  appVersion: string,
  onStart: () => void,
): Promise<void> {
  const dbName = service.dbName;
  const { version } = await client.installedVersion(dbName);
  if (!needsUpgradeBackup(version, storage.getItem(LAST_APP_VERSION_KEY), appVersion)) return;
  onStart();
  await service.backUp('beforeUpgrade', dbName);
}
