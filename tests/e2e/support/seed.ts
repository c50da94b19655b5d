import type { Page } from 'playwright-core';

/**
 * Writes `count` estates of the first community straight into the app's IndexedDB, as a large
 * street's import would leave them, so a journey can start from 10,000 rows in seconds. The rows
 * have the shape of shared/domain/estate.ts; the page must have opened the database already.
 */
export async function seedEstates(page: Page, count: number): Promise<void> {
  await page.evaluate(async (n) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('street-ledger');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const communities = await new Promise<Array<{ id: string }>>((resolve, reject) => {
      const request = db.transaction('communities').objectStore('communities').getAll();
      request.onsuccess = () => resolve(request.result as Array<{ id: string }>);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction('estates', 'readwrite');
    const store = tx.objectStore('estates');
    const modes = ['market', 'employer', 'streetCentre', 'owners', 'unmanaged', 'affordable'];
    for (let i = 0; i < n; i++) {
      const name = `测试小区${String(i).padStart(5, '0')}`;
      store.put({
        id: `seed-${i}`,
        communityId: communities[i % communities.length]!.id,
        name,
        aliases: [],
        nameKey: name,
        estateClass: i % 4,
        mode: modes[i % modes.length],
        company: i % 10 === 0 ? '万科物业' : '本地物业',
        buildings: (i % 20) + 1,
        households: (i % 500) + 10,
        floorArea: null,
        address: `测试路${i}号`,
        pilot: i % 50 === 0,
        notes: '',
        createdAt: 1_700_000_000_000 + i,
        updatedAt: 1_700_000_000_000 + i,
      });
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, count);
}

/**
 * Stores a committee term for the estate named `estateName` whose roster is missing, as a record
 * damaged on disk (or written by an older version) would look, and returns the estate's id.
 */
export async function seedDamagedTerm(page: Page, estateName: string): Promise<string> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('street-ledger');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const estates = await new Promise<Array<{ id: string; name: string }>>((resolve, reject) => {
      const request = db.transaction('estates').objectStore('estates').getAll();
      request.onsuccess = () => resolve(request.result as Array<{ id: string; name: string }>);
      request.onerror = () => reject(request.error);
    });
    const estate = estates.find((e) => e.name === name);
    if (!estate) throw new Error(`no estate ${name}`);
    const tx = db.transaction('committeeTerms', 'readwrite');
    tx.objectStore('committeeTerms').put({
      id: 'damaged-term', estateId: estate.id, termNumber: 1, electedOn: '2024-01-10', startOn: '2024-01-10', endOn: '2029-01-09',
      filedOn: null, filingNumber: '', notes: '', members: null, createdAt: 1, updatedAt: 1,
    });
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    return estate.id;
  }, estateName);
}

export interface SeededInspection {
  /** `seed-N`: an estate seedEstates wrote. */
  readonly estateId: string;
  readonly inspectedOn: string;
  readonly kind: 'patrol' | 'spotCheck' | 'campaign' | 'assessment' | 'revisit' | 'selfInspection' | 'acceptance';
}

/** Writes inspections (no problems found) straight into IndexedDB, in the shape of shared/inspections/inspection.ts. */
export async function seedInspections(page: Page, rows: readonly SeededInspection[]): Promise<void> {
  await page.evaluate(async (list) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('street-ledger');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const check = { result: 'pass', note: '', mark: null };
    const tx = db.transaction('inspections', 'readwrite');
    list.forEach((row, i) => {
      tx.objectStore('inspections').put({
        id: `seed-inspection-${i}`, ...row, time: '09:00', inspectors: ['张敏'],
        categories: { publicOrder: check, sanitation: check, security: check, facilities: check, greening: check, other: check },
        score: null, findings: '', photoCount: 0, createdAt: i + 1, updatedAt: i + 1,
      });
    });
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, rows);
}

export interface SeededNotice {
  /** `seed-N`: an estate seedEstates wrote. */
  readonly estateId: string;
  readonly issuedOn: string;
  readonly deadline: string;
  readonly status: 'pending' | 'reported' | 'reopened' | 'closed';
  readonly closedOn: string | null;
}

/** Writes rectification notices straight into IndexedDB, in the shape of shared/inspections/notice.ts, numbered 〔year〕第N号 from 9001. */
export async function seedNotices(page: Page, rows: readonly SeededNotice[]): Promise<void> {
  await page.evaluate(async (list) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('street-ledger');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction('notices', 'readwrite');
    list.forEach((row, i) => {
      const year = Number(row.issuedOn.slice(0, 4));
      const serial = 9001 + i;
      tx.objectStore('notices').put({
        id: `seed-notice-${i}`, year, serial, number: `〔${year}〕第${serial}号`, inspectionId: null, responsibleParty: '', items: [],
        originalDeadline: row.deadline, events: [], ...row, createdAt: i + 1, updatedAt: i + 1,
      });
    });
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, rows);
}
