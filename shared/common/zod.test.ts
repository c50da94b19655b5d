import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from './zod';
import { ipcContract } from '../ipc/contract';

const ROOT = path.resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

describe('zod', () => {
  it('is jitless wherever a schema is built, so the CSP never sees an eval probe', () => {
    expect(ipcContract.getSettings.output).toBeDefined();
    expect(z.config().jitless).toBe(true);
  });

  it('is taken from shared/common/zod by every module that builds schemas', () => {
    const direct = ['shared', 'renderer', 'electron', 'cli']
      .flatMap((folder) => sources(path.join(ROOT, folder)))
      .filter((file) => /^import \{[^}]*\bz\b[^}]*\} from 'zod'/m.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(ROOT, file));
    expect(direct).toEqual(['shared/common/zod.ts']);
  });
});
