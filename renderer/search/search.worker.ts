/// <reference lib="webworker" />
import { SearchIndex } from '../../shared/search';
import { StreetLedgerDb } from '../db/StreetLedgerDb';
import { SEARCH_PROVIDERS } from './providers';
import type { SearchRequest, SearchResponse } from './searchProtocol';
import { watchSearchIndex } from './searchWatch';

/**
 * The search index lives here, off the window's thread: reading every estate, member and notice
 * and spelling each name in pinyin takes seconds on a large street, and matching 10,000 estates
 * on each keystroke is work the window should not do between frames.
 */
declare const self: DedicatedWorkerGlobalScope;

const index = new SearchIndex();
let revision = 0;
let stop: (() => void) | undefined;

const post = (response: SearchResponse) => self.postMessage(response);

self.onmessage = (event: MessageEvent<SearchRequest>) => {
  const request = event.data;
  switch (request.type) {
    case 'open': {
      stop?.();
      const db = new StreetLedgerDb(request.dbName);
      stop = watchSearchIndex(
        db,
        index,
        Object.values(SEARCH_PROVIDERS),
        (kind) => post({ type: 'changed', kind, revision: ++revision }),
        (error) => post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
      );
      return;
    }
    case 'search':
      post({ type: 'search', id: request.id, groups: index.search(request.text, request.options) });
      return;
    case 'matchIds': {
      if (!index.has(request.kind)) {
        post({ type: 'matchIds', id: request.id, ids: null });
        return;
      }
      const [group] = index.search(request.text, { kinds: [request.kind], ranked: false });
      post({ type: 'matchIds', id: request.id, ids: group?.hits.map((h) => h.document.id) ?? [] });
      return;
    }
  }
};
