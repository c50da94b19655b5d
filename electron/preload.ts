import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_KEY } from '../shared/ipc/contract';
import { createBridge } from './bridge';

// Sandboxed preload: only 'electron' may be required at run time; everything else here is
// bundled by the Forge Vite preload build.
contextBridge.exposeInMainWorld(
  BRIDGE_KEY,
  createBridge((channel, ...args) => ipcRenderer.invoke(channel, ...args)),
);
