import { ipcContract, type StreetLedgerBridge } from '../shared/ipc/contract';

/** ipcRenderer.invoke, the one thing the bridge needs from the preload's Electron. */
export type Invoke = (channel: string, ...args: unknown[]) => Promise<unknown>;

/**
 * The renderer's whole view of the main process: one named function per operation of the
 * contract. The page never gets ipcRenderer or a generic invoke, so it cannot reach a channel
 * the contract does not name. Replies are parsed with the contract's output schemas, which also
 * gives each function its exact return type.
 */
export function createBridge(invoke: Invoke): StreetLedgerBridge {
  const { getSettings, updateSettings, saveFile, openFile, saveAsPdf } = ipcContract;
  const { listBackups, beginBackupWrite, writeBackupChunk, finishBackupWrite, abortBackupWrite, readBackupChunk, deleteBackups, saveBackupCopy, openBackupFile, chooseBackupFolder } = ipcContract;
  const { readLedgerState, recordLedgerState, diskSpace, setCommitRunning } = ipcContract;
  const call = async (channel: string, ...args: unknown[]): Promise<unknown> => {
    try {
      return await invoke(channel, ...args);
    } catch (error) {
      throw new Error(mainProcessMessage(error));
    }
  };
  return {
    getSettings: async () => getSettings.output.parse(await call(getSettings.channel)),
    updateSettings: async (patch) => updateSettings.output.parse(await call(updateSettings.channel, patch)),
    saveFile: async (request) => saveFile.output.parse(await call(saveFile.channel, request)),
    openFile: async (request) => openFile.output.parse(await call(openFile.channel, request)),
    saveAsPdf: async (request) => saveAsPdf.output.parse(await call(saveAsPdf.channel, request)),
    listBackups: async () => listBackups.output.parse(await call(listBackups.channel)),
    beginBackupWrite: async (request) => beginBackupWrite.output.parse(await call(beginBackupWrite.channel, request)),
    writeBackupChunk: async (request) => writeBackupChunk.output.parse(await call(writeBackupChunk.channel, request)),
    finishBackupWrite: async (request) => finishBackupWrite.output.parse(await call(finishBackupWrite.channel, request)),
    abortBackupWrite: async (request) => abortBackupWrite.output.parse(await call(abortBackupWrite.channel, request)),
    readBackupChunk: async (request) => readBackupChunk.output.parse(await call(readBackupChunk.channel, request)),
    deleteBackups: async (request) => deleteBackups.output.parse(await call(deleteBackups.channel, request)),
    saveBackupCopy: async (request) => saveBackupCopy.output.parse(await call(saveBackupCopy.channel, request)),
    openBackupFile: async () => openBackupFile.output.parse(await call(openBackupFile.channel)),
    chooseBackupFolder: async () => chooseBackupFolder.output.parse(await call(chooseBackupFolder.channel)),
    readLedgerState: async () => readLedgerState.output.parse(await call(readLedgerState.channel)),
    recordLedgerState: async (state) => recordLedgerState.output.parse(await call(recordLedgerState.channel, state)),
    diskSpace: async () => diskSpace.output.parse(await call(diskSpace.channel)),
    setCommitRunning: async (request) => setCommitRunning.output.parse(await call(setCommitRunning.channel, request)),
  } satisfies StreetLedgerBridge;
}

/**
 * The message the main process threw, without the wrapper Electron puts around it
 * ("Error invoking remote method 'file:save': Error: …"), so the page can show it as it is:
 * those messages are already written for the user, in the user's language.
 */
export function mainProcessMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^Error invoking remote method '[^']*': (?:[A-Za-z]*Error: )?/, '');
}
