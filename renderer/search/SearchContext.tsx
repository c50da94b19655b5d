import { createContext, startTransition, useContext, useEffect, useState, type ReactNode } from 'react';
import { SEARCH_KINDS, type SearchGroup, type SearchKind, type SearchOptions } from '../../shared/search';
import { useDb } from '../db/DbContext';
import { SearchClient } from './SearchClient';

const SearchContext = createContext<SearchClient | null>(null);

/** One search worker for the window, over the database the app has open. */
const clients = new Map<string, SearchClient>();

/** The window's one search worker per database, started on first use and kept for the window's life. */
export function sharedSearchClient(dbName: string): SearchClient {
  let client = clients.get(dbName);
  if (!client) {
    client = new SearchClient(dbName);
    clients.set(dbName, client);
  }
  return client;
}

/** One search worker for the window, over the database the app has open (or the one given). */
export function SearchIndexProvider({ children, client }: { children: ReactNode; client?: SearchClient }) {
  const db = useDb();
  return <SearchContext.Provider value={client ?? sharedSearchClient(db.name)}>{children}</SearchContext.Provider>;
}

export function useSearchClient(): SearchClient | null {
  return useContext(SearchContext);
}

/** An answer and the text it answers, so a screen can tell it from a question still open. */
export interface Answer<T> {
  readonly text: string;
  readonly value: T;
}

/**
 * Asks the worker whenever `text` or the records of `kinds` change; keeps the latest answer of
 * the latest question (an answer to an older keystroke arriving late is dropped).
 */
function useAnswer<T>(text: string, kinds: readonly SearchKind[], ask: (client: SearchClient, text: string) => Promise<T>, key: string): Answer<T> | undefined {
  const client = useSearchClient();
  const [answer, setAnswer] = useState<Answer<T> | undefined>(undefined);
  useEffect(() => {
    if (!client) return;
    let latest = 0;
    const run = () => {
      const asked = ++latest;
      void ask(client, text).then((value) => {
        // A transition: the screen it redraws (a table of 10,000 rows) yields to the next keystroke.
        if (asked === latest) startTransition(() => setAnswer({ text, value }));
      });
    };
    run();
    const stop = client.onChange((kind) => {
      if (kinds.includes(kind)) run();
    });
    return () => {
      latest = -1;
      stop();
    };
    // `key` stands for `kinds` and the options by content; `ask` is rebuilt each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, text, key]);
  return answer;
}

/** The box's hits, grouped by kind. */
export function useSearch(text: string, options: SearchOptions): Answer<readonly SearchGroup[]> | undefined {
  const kinds = options.kinds ?? [];
  return useAnswer(text, options.kinds ?? SEARCH_KINDS, (client, t) => client.search(t, options), `${kinds.join()}|${options.limit ?? ''}`);
}

/**
 * Which records of `kind` the text matches, by id: the same matching as the box, for a table's
 * filter. The value is null while the worker is still indexing that kind.
 */
export function useMatchedIds(kind: SearchKind, text: string): Answer<ReadonlySet<string> | null> | undefined {
  return useAnswer(
    text,
    [kind],
    async (client, t) => {
      const ids = await client.matchIds(kind, t);
      return ids === null ? null : new Set(ids);
    },
    kind,
  );
}
