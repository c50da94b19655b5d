import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import type { HistoryEntry, HistoryKind } from '../../shared/history/fieldHistory';
import { useDb } from '../db/DbContext';
import { useSettings } from '../settings/SettingsProvider';
import { setOperator } from './changeContext';
import { historyOfEstate, historyOfRecord } from './historyRepository';

/** Everything recorded about one estate, newest first; `undefined` while loading. */
export function useEstateHistory(estateId: string): HistoryEntry[] | undefined {
  const db = useDb();
  return useLiveQuery(() => historyOfEstate(db, estateId), [db, estateId]);
}

/** One record's history, newest first; `undefined` while loading. */
export function useRecordHistory(kind: HistoryKind, recordId: string): HistoryEntry[] | undefined {
  const db = useDb();
  return useLiveQuery(() => historyOfRecord(db, kind, recordId), [db, kind, recordId]);
}

/** Keeps the settings' 操作人 as the author of this window's writes (see changeContext.ts). */
export function useWindowOperator(): void {
  const db = useDb();
  const { settings } = useSettings();
  useEffect(() => setOperator(db, settings.operator), [db, settings.operator]);
}
