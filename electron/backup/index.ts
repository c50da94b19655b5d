/** The main process's backup folder, as the IPC handlers use it. */
export * from './backupHandlers';
