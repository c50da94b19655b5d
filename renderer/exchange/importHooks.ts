import { useLiveQuery } from 'dexie-react-hooks';
import type { ImportBatch } from '../../shared/exchange/importBatch';
import { useDb } from '../db/DbContext';
import { listImportBatches } from '../db/importBatchRepository';

/** Import batches, newest first; `undefined` while loading. */
export function useImportBatches(): ImportBatch[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listImportBatches(db), [db]);
}
