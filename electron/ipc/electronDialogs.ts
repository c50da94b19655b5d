import { dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { FileDialogs } from './handlers';

/** The native dialogs, modal to the main window when there is one. */
export function electronDialogs(owner: () => BrowserWindow | undefined): FileDialogs {
  return {
    async chooseSavePath({ title, defaultPath, filters }) {
      const options: SaveDialogOptions = {
        title,
        defaultPath,
        filters,
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      };
      const window = owner();
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled || result.filePath === '' ? undefined : result.filePath;
    },

    async chooseOpenPath({ title, defaultPath, filters }) {
      const options: OpenDialogOptions = { title, defaultPath, filters, properties: ['openFile'] };
      const window = owner();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? undefined : result.filePaths[0];
    },

    async chooseFolder({ title, defaultPath }) {
      const options: OpenDialogOptions = { title, defaultPath, properties: ['openDirectory', 'createDirectory'] };
      const window = owner();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? undefined : result.filePaths[0];
    },
  };
}
