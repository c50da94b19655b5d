import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ExchangeError } from '../shared/exchange/errors';
import { DEFAULT_LIMITS } from '../shared/exchange/limits';

/** A file named on the command line, read whole; too large a file is refused before reading. */
export type InputFile =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly reason: 'fileMissing' | 'isDirectory' }
  | { readonly ok: false; readonly reason: 'exchange'; readonly error: ExchangeError };

export async function readInputFile(file: string, cwd: string): Promise<InputFile> {
  const full = path.resolve(cwd, file);
  try {
    const info = await stat(full);
    if (info.isDirectory()) return { ok: false, reason: 'isDirectory' };
    if (info.size > DEFAULT_LIMITS.maxFileBytes) {
      return { ok: false, reason: 'exchange', error: new ExchangeError('tooLarge', { bytes: info.size, max: DEFAULT_LIMITS.maxFileBytes }) };
    }
    return { ok: true, bytes: new Uint8Array(await readFile(full)) };
  } catch {
    return { ok: false, reason: 'fileMissing' };
  }
}
