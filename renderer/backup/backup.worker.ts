/// <reference lib="webworker" />
import { storageFailureOf } from '../db/storageFailure';
import { isBackupRefusal } from '../../shared/backup/backupFile';
import type { BackupWorkerEnvelope, BackupWorkerFailure, BackupWorkerRequest, BackupWorkerResponse, BackupWorkerResults } from './backupProtocol';
import { writableBrowserBackups } from '../platform/browserBackups';
import type { BackupStorage } from '../platform/Platform';
import { installedVersion } from './installedVersion';
import { makeBackup } from './makeBackup';
import { inspectBackup, loadBackupInto } from './restoreBackup';

/**
 * Dumping, checking and loading backups happen here, off the window's thread: a street's
 * database with its photos is tens of megabytes of JSON to write, hash and parse, and the
 * window must stay responsive meanwhile (target: no block over 100 ms). Dexie and
 * dexie-export-import work in workers (where photo Blobs are even read synchronously).
 */
declare const self: DedicatedWorkerGlobalScope;

let inspected: Blob | undefined;
let browserStore: Promise<BackupStorage> | undefined;

async function handle(request: BackupWorkerRequest): Promise<BackupWorkerResults[keyof BackupWorkerResults]> {
  switch (request.type) {
    case 'backup':
      return makeBackup(request.request);
    case 'inspect': {
      inspected = undefined;
      const { manifest } = await inspectBackup(request.file);
      inspected = request.file;
      return { manifest };
    }
    case 'store':
      // The same place the window lists from: the private file system where there is one.
      browserStore ??= writableBrowserBackups();
      return (await browserStore).write(request.fileName, request.file);
    case 'restore': {
      if (!inspected) throw new Error('no backup inspected to restore');
      const bytes = inspected;
      inspected = undefined;
      return { manifest: await loadBackupInto({ freshName: request.freshName, bytes }) };
    }
    case 'installedVersion':
      return { version: await installedVersion(request.dbName) };
  }
}

function failureOf(error: unknown): BackupWorkerFailure {
  if (isBackupRefusal(error)) return { kind: 'refusal', code: error.code, params: { ...error.params } };
  const storage = storageFailureOf(error);
  return { kind: 'other', message: error instanceof Error ? error.message : String(error), ...(storage ? { storage } : {}) };
}

self.onmessage = async (event: MessageEvent<BackupWorkerEnvelope>) => {
  const { id, request } = event.data;
  try {
    self.postMessage({ id, ok: true, result: await handle(request) } satisfies BackupWorkerResponse);
  } catch (error) {
    self.postMessage({ id, ok: false, failure: failureOf(error) } satisfies BackupWorkerResponse);
  }
};
