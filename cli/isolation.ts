import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { exchangeMessages } from '../shared/i18n/exchange';
import type { Locale } from '../shared/i18n/locale';
import { unusable, type FileAnalysis, type Reading } from './analyseFile';
import type { AnalysisRequest } from './analysisWorker';

/**
 * Each file is read in a worker thread with a memory ceiling and a time limit, so a file that
 * makes the spreadsheet parser loop or balloon costs one line of output ("处理超时"), not the
 * whole run. The worker is kept for the next file and replaced only after it had to be stopped.
 */

// Far above what a real return needs (a 100 000-row workbook reads in seconds, in well under
// 1 GB); both can be changed for an unusual machine.
const TIME_LIMIT_MS = Number(process.env.STREET_LEDGER_TIME_LIMIT_MS) || 180_000;
const MEMORY_LIMIT_MB = Number(process.env.STREET_LEDGER_MEMORY_LIMIT_MB) || 4096;

// The worker runs the same TypeScript as the command, so it registers tsx first (resolved from
// here: the worker's own require would look in the user's current directory).
const BOOTSTRAP = [
  `require(${JSON.stringify(require.resolve('tsx/cjs/api'))}).register();`,
  `require(${JSON.stringify(path.join(__dirname, 'analysisWorker.ts'))});`,
].join('\n');

interface Pending {
  readonly resolve: (result: FileAnalysis) => void;
  readonly file: string;
  readonly locale: Locale;
  readonly timer: NodeJS.Timeout;
}

export class IsolatedAnalyser {
  private worker: Worker | undefined;
  private pending: (Pending & { id: number }) | undefined;
  private nextId = 1;

  analyse(file: string, cwd: string, reading: Reading, locale: Locale): Promise<FileAnalysis> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.fail('timedOut'), TIME_LIMIT_MS);
      this.pending = { id, resolve, file, locale, timer };
      worker.postMessage({ id, file, cwd, reading, locale } satisfies AnalysisRequest);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(BOOTSTRAP, { eval: true, resourceLimits: { maxOldGenerationSizeMb: MEMORY_LIMIT_MB } });
    worker.on('message', (message: { id: number; result: FileAnalysis }) => {
      const pending = this.pending;
      if (!pending || pending.id !== message.id) return;
      clearTimeout(pending.timer);
      this.pending = undefined;
      pending.resolve(message.result);
    });
    // Out of memory means the file was too much; anything else is our fault, said as such.
    worker.on('error', (error: Error & { code?: string }) => {
      if (this.worker !== worker) return;
      if (process.env.STREET_LEDGER_DEBUG) console.error(error);
      this.fail(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'tooComplex' : 'internalError');
    });
    // Only the current worker matters: one stopped after a timeout exits later, harmlessly.
    worker.on('exit', () => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      if (this.pending) this.fail('internalError');
    });
    // The worker must not keep the command alive once every file is done.
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private fail(reason: 'timedOut' | 'tooComplex' | 'internalError'): void {
    const pending = this.pending;
    this.pending = undefined;
    const worker = this.worker;
    this.worker = undefined;
    if (worker) void worker.terminate();
    if (!pending) return;
    clearTimeout(pending.timer);
    pending.resolve(unusable(pending.file, exchangeMessages[pending.locale].cli[reason]));
  }
}

/** Every file through one isolated analyser, in order. */
export async function analyseFiles(files: readonly string[], cwd: string, reading: Reading, locale: Locale): Promise<FileAnalysis[]> {
  const analyser = new IsolatedAnalyser();
  try {
    const out: FileAnalysis[] = [];
    for (const file of files) out.push(await analyser.analyse(file, cwd, reading, locale));
    return out;
  } finally {
    await analyser.close();
  }
}
