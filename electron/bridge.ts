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
  const { getSettings, updateSettings, saveFile, openFile, getAppInfo } = ipcContract;
  return {
    getSettings: async () => getSettings.output.parse(await invoke(getSettings.channel)),
    updateSettings: async (patch) => updateSettings.output.parse(await invoke(updateSettings.channel, patch)),
    saveFile: async (request) => saveFile.output.parse(await invoke(saveFile.channel, request)),
    openFile: async (request) => openFile.output.parse(await invoke(openFile.channel, request)),
    getAppInfo: async () => getAppInfo.output.parse(await invoke(getAppInfo.channel)),
  } satisfies StreetLedgerBridge;
}
