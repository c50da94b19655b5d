import type { SearchGroup, SearchKind, SearchOptions } from '../../shared/search';
import type { SearchRequest, SearchResponse } from './searchProtocol';

const defaultWorker = () => new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'search' });

type Pending = { readonly resolve: (response: SearchResponse) => void };

/**
 * The window's side of the search worker: a question per keystroke, answered by id. Only the
 * latest question of each caller matters; the hooks drop answers overtaken by a newer one.
 */
export class SearchClient {
  private readonly worker: Worker;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<(kind: SearchKind) => void>();
  private failure: string | null = null;

  constructor(dbName: string, makeWorker: () => Worker = defaultWorker) {
    this.worker = makeWorker();
    this.worker.onmessage = (event: MessageEvent<SearchResponse>) => this.receive(event.data);
    this.post({ type: 'open', dbName });
  }

  search(text: string, options: SearchOptions): Promise<readonly SearchGroup[]> {
    const id = this.nextId++;
    return this.ask(id, { type: 'search', id, text, options }).then((r) => (r.type === 'search' ? r.groups : []));
  }

  /** null while the kind is still being indexed. */
  matchIds(kind: SearchKind, text: string): Promise<readonly string[] | null> {
    const id = this.nextId++;
    return this.ask(id, { type: 'matchIds', id, text, kind }).then((r) => (r.type === 'matchIds' ? r.ids : null));
  }

  /** Hears each kind the index re-read; returns the way to stop hearing. */
  onChange(listener: (kind: SearchKind) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Why the index could not be read, or null. */
  failed(): string | null {
    return this.failure;
  }

  close(): void {
    this.worker.terminate();
    this.pending.clear();
    this.listeners.clear();
  }

  private ask(id: number, request: SearchRequest): Promise<SearchResponse> {
    return new Promise((resolve) => {
      this.pending.set(id, { resolve });
      this.post(request);
    });
  }

  private post(request: SearchRequest): void {
    this.worker.postMessage(request);
  }

  private receive(response: SearchResponse): void {
    if (response.type === 'changed') {
      for (const listener of this.listeners) listener(response.kind);
      return;
    }
    if (response.type === 'failed') {
      this.failure = response.message;
      return;
    }
    this.pending.get(response.id)?.resolve(response);
    this.pending.delete(response.id);
  }
}
