/// <reference lib="webworker" />
import { liveQuery, type Subscription } from 'dexie';
import { StreetLedgerDb } from '../db/StreetLedgerDb';
import type { DashboardRequest, DashboardResponse } from './dashboardProtocol';
import { readDashboard } from './dashboardReads';

/**
 * The dashboard's reads and sums run here: a street's estates, committee records and twelve
 * weeks of inspections are tens of thousands of rows to copy out of IndexedDB, and the window
 * only ever receives the few hundred numbers the charts draw. A live query: any change to what
 * it read sends the new numbers.
 */
declare const self: DedicatedWorkerGlobalScope;

let db: StreetLedgerDb | undefined;
let subscription: Subscription | undefined;

const post = (response: DashboardResponse) => self.postMessage(response);

self.onmessage = (event: MessageEvent<DashboardRequest>) => {
  subscription?.unsubscribe();
  subscription = undefined;
  if (event.data.type === 'stop') return;
  const { dbName, today, rules } = event.data;
  if (db?.name !== dbName) {
    db?.close();
    db = new StreetLedgerDb(dbName);
  }
  const open = db;
  subscription = liveQuery(async () => {
    const started = performance.now();
    const data = await readDashboard(open, today, rules);
    return { data, readMs: performance.now() - started };
  }).subscribe({
    next: ({ data, readMs }) => post({ type: 'data', data, readMs }),
    error: (error: unknown) => post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  });
};
