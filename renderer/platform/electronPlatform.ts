import { safeFileName } from '../../shared/common/fileName';
import { BACKUP_CHUNK_BYTES, type IpcInput, type StreetLedgerBridge } from '../../shared/ipc/contract';
import { BUILT_APP_VERSION } from '../app/appVersion';
import type { Platform, StoredBackup } from './Platform';
import { webSha256 } from './webSha256';

/**
 * A backup goes to the main process in chunks of at most BACKUP_CHUNK_BYTES, one IPC message
 * each (a 100 MB backup as one message would be copied whole, twice, through the IPC pipe),
 * with the file's SHA-256 so the main process checks that the disk holds what was sent. A
 * failure on the way aborts the write, which deletes what was written.
 */
async function writeInChunks(bridge: StreetLedgerBridge, fileName: string, file: Blob): Promise<StoredBackup> {
  const sha256 = await webSha256(new Uint8Array(await file.arrayBuffer()));
  const { session } = await bridge.beginBackupWrite({ fileName, bytes: file.size });
  try {
    for (let index = 0, offset = 0; offset < file.size; index += 1, offset += BACKUP_CHUNK_BYTES) {
      const data = new Uint8Array(await file.slice(offset, offset + BACKUP_CHUNK_BYTES).arrayBuffer());
      await bridge.writeBackupChunk({ session, index, data });
    }
    return await bridge.finishBackupWrite({ session, sha256 });
  } catch (error) {
    // The main process ended a session it refused by itself; this ends one the page gave up on.
    await bridge.abortBackupWrite({ session }).catch(() => undefined);
    throw error;
  }
}

/** A backup read back chunk by chunk from its start, as one Blob. */
async function readInChunks(bridge: StreetLedgerBridge, source: IpcInput<'readBackupChunk'>['source'], type = 'application/octet-stream'): Promise<Blob> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let offset = 0;
  for (;;) {
    const { data, bytes } = await bridge.readBackupChunk({ source, offset });
    if (data.byteLength > 0) parts.push(data.slice());
    offset += data.byteLength;
    if (offset >= bytes || data.byteLength === 0) break;
  }
  return new Blob(parts, { type });
}

export function createElectronPlatform(bridge: StreetLedgerBridge): Platform {
  return {
    kind: 'electron',
    getSettings: () => bridge.getSettings(),
    updateSettings: (patch) => bridge.updateSettings(patch),
    saveFile: (request) => bridge.saveFile({ ...request, suggestedName: safeFileName(request.suggestedName) }),
    openFile: (request) => bridge.openFile(request),
    saveAsPdf: (suggestedName) => bridge.saveAsPdf({ suggestedName: safeFileName(suggestedName) }),
    // The page is built with the app it ships in, so its own version is the app's.
    appVersion: () => Promise.resolve(BUILT_APP_VERSION),
    ledgerState: {
      read: () => bridge.readLedgerState(),
      record: async (state) => {
        await bridge.recordLedgerState(state);
      },
    },
    freeBytes: async () => (await bridge.diskSpace()).freeBytes,
    commitRunning: async (running) => {
      await bridge.setCommitRunning({ running });
    },
    backups: {
      list: () => bridge.listBackups(),
      // In chunks; the main process writes, verifies and renames it.
      write: (fileName, file) => writeInChunks(bridge, fileName, file),
      read: (fileName) => readInChunks(bridge, { kind: 'stored', fileName }),
      remove: async (fileNames) => {
        await bridge.deleteBackups({ fileNames: [...fileNames] });
      },
      saveCopy: (fileName) => bridge.saveBackupCopy({ fileName }),
      openFile: async () => {
        const chosen = await bridge.openBackupFile();
        if (chosen.status !== 'opened') return chosen;
        const blob = await readInChunks(bridge, { kind: 'opened', token: chosen.token });
        return { status: 'opened', name: chosen.name, data: new Uint8Array(await blob.arrayBuffer()) };
      },
      chooseFolder: () => bridge.chooseBackupFolder(),
    },
  };
}
