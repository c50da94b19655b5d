import { safeFileName } from '../../shared/common/fileName';
import type { StreetLedgerBridge } from '../../shared/ipc/contract';
import { BUILT_APP_VERSION } from '../app/appVersion';
import type { Platform } from './Platform';

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
      // One copy into the IPC message; the main process writes, verifies and renames it.
      write: async (fileName, file) => bridge.writeBackup({ fileName, data: new Uint8Array(await file.arrayBuffer()) }),
      read: async (fileName) => new Blob([(await bridge.readBackup({ fileName })).data.slice().buffer]),
      remove: async (fileNames) => {
        await bridge.deleteBackups({ fileNames: [...fileNames] });
      },
      saveCopy: (fileName) => bridge.saveBackupCopy({ fileName }),
      openFile: () => bridge.openBackupFile(),
      chooseFolder: () => bridge.chooseBackupFolder(),
    },
  };
}
