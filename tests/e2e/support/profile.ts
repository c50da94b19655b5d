import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The LevelDB folders that hold the origin's IndexedDB databases in a Chromium profile. */
export function indexedDbFolders(userDataDir: string): string[] {
  const root = join(userDataDir, 'Default', 'IndexedDB');
  return readdirSync(root)
    .filter((name) => name.endsWith('.indexeddb.leveldb'))
    .map((name) => join(root, name));
}

/**
 * Damages the stored database as a failing disk or a killed antivirus scan does: bytes in the
 * middle of every LevelDB log and table file flipped while the browser is closed.
 */
export function corruptIndexedDb(userDataDir: string): string[] {
  const damaged: string[] = [];
  for (const folder of indexedDbFolders(userDataDir)) {
    for (const name of readdirSync(folder)) {
      if (!/\.(log|ldb)$/.test(name)) continue;
      const file = join(folder, name);
      if (statSync(file).size < 64) continue;
      const bytes = readFileSync(file);
      for (let i = 32; i < bytes.length; i += 97) bytes[i] = (bytes[i] ?? 0) ^ 0xff;
      writeFileSync(file, bytes);
      damaged.push(name);
    }
  }
  return damaged;
}
