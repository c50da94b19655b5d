import './testing/nodeBlobReading';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../shared/settings/settings';
import { PREVIOUS_VERSION } from '../db/schema';
import { createAtVersion } from '../db/testing/migrationHarness';
import { createBrowserBackupStorage } from '../platform/browserBackupStorage';
import { ActiveDatabase } from './activeDatabase';
import { BackupService } from './backupService';
import { installedVersion } from './installedVersion';
import { makeBackup } from './makeBackup';
import { seedEveryTable } from './testing/seedEveryTable';
import { backUpBeforeUpgrade, LAST_APP_VERSION_KEY, needsUpgradeBackup } from './upgradeBackup';

describe('needsUpgradeBackup', () => {
  it('backs up before a schema upgrade and after an app update, never a fresh installation', () => {
    expect(needsUpgradeBackup(null, null, '0.2.0', 5)).toBe(false);
    expect(needsUpgradeBackup(4, null, '0.2.0', 5)).toBe(true);
    expect(needsUpgradeBackup(5, '0.1.0', '0.2.0', 5)).toBe(true);
    expect(needsUpgradeBackup(5, '0.2.0', '0.2.0', 5)).toBe(false);
    expect(needsUpgradeBackup(5, null, '0.2.0', 5)).toBe(false);
  });
});

describe('the first start after an update', () => {
  it('backs the old database up, at its old version, before any migration runs', async () => {
    const dexieOptions = { indexedDB: new IDBFactory(), IDBKeyRange };
    await createAtVersion(PREVIOUS_VERSION, (old) => seedEveryTable(old), { name: 'street-ledger', dexieOptions });
    const values = new Map<string, string>([[LAST_APP_VERSION_KEY, '0.0.9']]);
    const storage = createBrowserBackupStorage({ dexieOptions });
    const service = new BackupService({
      storage,
      pointer: new ActiveDatabase({ getItem: (k) => values.get(k) ?? null, setItem: (k, v) => void values.set(k, v) }),
      settings: async () => DEFAULT_SETTINGS,
      appVersion: '0.1.0',
      client: { backup: (request) => makeBackup({ ...request, dexieOptions }), inspect: () => Promise.reject(new Error('unused')), restore: () => Promise.reject(new Error('unused')) },
    });
    let shown = false;
    await backUpBeforeUpgrade(service, { installedVersion: async (name) => ({ version: await installedVersion(name, dexieOptions) }) }, { getItem: (k) => values.get(k) ?? null }, '0.1.0', () => (shown = true));
    expect(shown).toBe(true);
    const [backup] = (await storage.list()).entries;
    expect(backup?.manifest).toMatchObject({ reason: 'beforeUpgrade', schemaVersion: PREVIOUS_VERSION });
    // The database itself is still at the old version: the backup came first.
    expect(await installedVersion('street-ledger', dexieOptions)).toBe(PREVIOUS_VERSION);
  });
});
