import { BackupRefusal } from '../../shared/backup/backupFile';
import { StorageFailed } from '../db/storageFailure';
import type { BackupWorkerEnvelope, BackupWorkerRequest, BackupWorkerResponse, BackupWorkerResults } from './backupProtocol';

let shared: BackupClient | undefined;

/** The one backup worker of the window (the platform's store and the service share it). */
export function sharedBackupClient(): BackupClient {
  shared ??= new BackupClient();
  return shared;
}

const defaultWorker = () => new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module', name: 'backup' });

/** The window's side of the backup worker: one request at a time, answers by id. */
export class BackupClient {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

  constructor(private readonly createWorker: () => Worker = defaultWorker) {}

  backup(request: Extract<BackupWorkerRequest, { type: 'backup' }>['request']): Promise<BackupWorkerResults['backup']> {
    return this.send({ type: 'backup', request });
  }

  /** A Blob crosses to the worker by reference: the window never copies the file's bytes. */
  inspect(file: Blob): Promise<BackupWorkerResults['inspect']> {
    return this.send({ type: 'inspect', file });
  }

  store(fileName: string, file: Blob): Promise<BackupWorkerResults['store']> {
    return this.send({ type: 'store', fileName, file });
  }

  restore(freshName: string): Promise<BackupWorkerResults['restore']> {
    return this.send({ type: 'restore', freshName });
  }

  installedVersion(dbName: string): Promise<BackupWorkerResults['installedVersion']> {
    return this.send({ type: 'installedVersion', dbName });
  }

  private send<T>(request: BackupWorkerRequest): Promise<T> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, { resolve: (value) => resolve(value as T), reject });
      worker.postMessage({ id, request } satisfies BackupWorkerEnvelope);
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = this.createWorker();
    worker.onmessage = (event: MessageEvent<BackupWorkerResponse>) => {
      const pending = this.waiting.get(event.data.id);
      if (!pending) return;
      this.waiting.delete(event.data.id);
      if (event.data.ok) pending.resolve(event.data.result);
      else if (event.data.failure.kind === 'refusal') pending.reject(new BackupRefusal(event.data.failure.code, event.data.failure.params));
      else if (event.data.failure.storage) pending.reject(new StorageFailed(event.data.failure.storage));
      else pending.reject(new Error(event.data.failure.message));
    };
    worker.onerror = (event) => {
      for (const pending of this.waiting.values()) pending.reject(new Error(event.message || 'backup worker failed'));
      this.waiting.clear();
      this.worker = undefined;
      worker.terminate();
    };
    this.worker = worker;
    return worker;
  }
}
