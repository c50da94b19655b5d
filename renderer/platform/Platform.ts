import type { IpcInput, IpcOutput } from '../../shared/ipc/contract';
import type { Settings, SettingsPatch } from '../../shared/settings/settings';

export type SaveFileRequest = IpcInput<'saveFile'>;
export type SaveFileResult = IpcOutput<'saveFile'>;
export type OpenFileRequest = IpcInput<'openFile'>;
export type OpenFileResult = IpcOutput<'openFile'>;
/** The browser has no way to write a PDF itself: it opens its print dialog (with "Save as PDF"). */
export type SaveAsPdfResult = IpcOutput<'saveAsPdf'> | { readonly status: 'printDialog' };

/**
 * Everything the renderer needs from the machine, behind one interface: the Electron bridge in
 * the desktop app, browser fallbacks (localStorage, file input, download) in the web build that
 * the end-to-end tests drive. Components never ask which one they have.
 */
export interface Platform {
  readonly kind: 'electron' | 'browser';
  getSettings(): Promise<Settings>;
  updateSettings(patch: SettingsPatch): Promise<Settings>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openFile(request: OpenFileRequest): Promise<OpenFileResult>;
  /** The page as it prints (A4), saved as a PDF file. */
  saveAsPdf(suggestedName: string): Promise<SaveAsPdfResult>;
}
