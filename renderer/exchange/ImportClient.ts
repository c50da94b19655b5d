import type { NumberPatterns } from '../../shared/exchange/recordKind';
import { DATABASE_NAME } from '../db/StreetLedgerDb';
import type { ImportEnvelope, ImportFailure, ImportRequest, ImportResponse, ImportResults } from './importProtocol';

/** A failed request, with the reason as data for the locale files to word. */
export class ImportFailed extends Error {
  constructor(readonly failure: ImportFailure) {
    super(failure.kind);
    this.name = 'ImportFailed';
  }
}

export interface ImportClientOptions {
  readonly dbName?: string;
  /** How long reading and checking a file may take before the worker is stopped. */
  readonly analyseTimeoutMs?: number;
  readonly commitTimeoutMs?: number;
  readonly createWorker?: () => Worker;
}

const defaultWorker = () => new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'workbook-import' });

/**
 * The window's side of the import worker. Each request has a deadline: a file that makes the
 * reader spin (a forged sheet size, a zip bomb the guards missed) costs the worker, never the
 * window — the worker is terminated and the next request starts a fresh one. A commit killed
 * by its deadline rolls back with its transaction.
 */
export class ImportClient {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void; timer: ReturnType<typeof setTimeout> }>();

  constructor(private readonly options: ImportClientOptions = {}) {}

  analyse(request: Extract<ImportRequest, { type: 'analyse' }>): Promise<ImportResults['analyse']> {
    return this.send(request, this.options.analyseTimeoutMs ?? 60_000);
  }

  /** `patterns`: the settings' numbering, for complaints the file brings without a number and notices without their serial. */
  commit(operator: string, patterns?: NumberPatterns): Promise<ImportResults['commit']> {
    return this.send({ type: 'commit', operator, ...(patterns ? { patterns } : {}) }, this.options.commitTimeoutMs ?? 600_000);
  }

  errorWorkbook(request: Extract<ImportRequest, { type: 'errorWorkbook' }>): Promise<ImportResults['errorWorkbook']> {
    return this.send(request, 60_000);
  }

  dispose(): void {
    this.stop({ kind: 'other', message: 'disposed' });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = (this.options.createWorker ?? defaultWorker)();
    worker.onmessage = (event: MessageEvent<ImportResponse>) => {
      const waiting = this.pending.get(event.data.id);
      if (!waiting) return;
      this.pending.delete(event.data.id);
      clearTimeout(waiting.timer);
      if (event.data.ok) waiting.resolve(event.data.result);
      else waiting.reject(new ImportFailed(event.data.failure));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.stop({ kind: 'other', message: event.message || 'worker failed' });
    };
    this.worker = worker;
    return worker;
  }

  private stop(failure: ImportFailure): void {
    this.worker?.terminate();
    this.worker = undefined;
    for (const waiting of this.pending.values()) {
      clearTimeout(waiting.timer);
      waiting.reject(new ImportFailed(failure));
    }
    this.pending.clear();
  }

  private send<K extends ImportRequest['type']>(request: Extract<ImportRequest, { type: K }>, timeoutMs: number): Promise<ImportResults[K]> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise<ImportResults[K]>((resolve, reject) => {
      const timer = setTimeout(() => this.stop({ kind: 'timeout', seconds: Math.round(timeoutMs / 1000) }), timeoutMs);
      // The worker answers request `id` with the result of the same type of request.
      this.pending.set(id, { resolve: (value) => resolve(value as ImportResults[K]), reject, timer });
      const envelope: ImportEnvelope = { id, dbName: this.options.dbName ?? DATABASE_NAME, request };
      worker.postMessage(envelope);
    });
  }
}
