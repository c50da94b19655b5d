import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { useDb } from '../db/DbContext';
import { usePlatform } from '../platform/PlatformContext';
import { countLedger, recordLedgerState } from './ledgerState';

/**
 * Keeps the last known state current: the counts are re-read whenever a counted table changes
 * (Dexie's live query, also for the import worker's commits) and recorded when they differ, so
 * an undo or a deletion is never mistaken for a wiped ledger at the next start.
 */
export function useLedgerStateRecorder(): void {
  const db = useDb();
  const platform = usePlatform();
  const counts = useLiveQuery(() => countLedger(db), [db]);
  const last = useRef('');
  useEffect(() => {
    if (!counts || db.readOnly) return;
    const key = JSON.stringify(counts);
    if (key === last.current) return;
    last.current = key;
    recordLedgerState(platform, db, counts).catch((error: unknown) => console.error('Could not record the ledger state', error));
  }, [counts, db, platform]);
}
