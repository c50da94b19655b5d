import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../main';

/**
 * The command run in-process, as a clerk runs it, on files in a folder of its own: what it printed
 * and its exit code.
 */
export class CommandRun {
  readonly dir = mkdtempSync(path.join(tmpdir(), 'street-ledger-'));

  write(name: string, bytes: Uint8Array): void {
    writeFileSync(path.join(this.dir, name), bytes);
  }

  async run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, this.dir);
    return { code, stdout: out.join('\n'), stderr: err.join('\n') };
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
