import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { faultMessages, STORAGE_FAILURES } from '../../shared/i18n/faults';
import { uiMessages } from '../../shared/i18n/ui';
import { domainMessages } from '../../shared/i18n/domain';
import { refusalMessage } from '../components/refusalMessage';
import { storageFailureOf } from './storageFailure';
import { isolatedIndexedDb } from './testing/testDb';

const dom = (name: string, message = 'The transaction was aborted, so the request cannot be fulfilled.') => new DOMException(message, name);
const messages = { ui: uiMessages['zh-CN'], domain: domainMessages['zh-CN'], faults: faultMessages['zh-CN'] };

describe('storage failures, in one sentence each', () => {
  it('names a full disk wherever Dexie wraps it: a bulk write, an aborted transaction', () => {
    const quota = dom('QuotaExceededError', 'The quota has been exceeded.');
    const bulk = new Dexie.BulkError('estates.bulkAdd(): 80894 of 100000 operations failed', Array.from({ length: 3 }, () => quota));
    expect(storageFailureOf(bulk)).toBe('quota');
    expect(storageFailureOf(new Dexie.AbortError('Transaction aborted', quota))).toBe('quota');
    expect(storageFailureOf(quota)).toBe('quota');
  });

  it("names a full disk Chromium only spells out in an UnknownError's text (LevelDB's ENOSPC during a commit)", () => {
    const noSpace = dom('UnknownError', 'Connection is closing because of: IO error: .../http_127.0.0.1_35647.indexeddb.leveldb/000087.log: FILE_ERROR_NO_SPACE (ChromeMethodBFE: 3::WritableFileAppend::8)');
    expect(storageFailureOf(new Dexie.AbortError('Transaction aborted', noSpace))).toBe('quota');
    expect(storageFailureOf(dom('UnknownError', 'Internal error.'))).toBe('broken');
  });

  it('tells an abort, an unavailable store, a newer database and a broken one apart', () => {
    expect(storageFailureOf(new Dexie.AbortError('The transaction was aborted'))).toBe('aborted');
    expect(storageFailureOf(dom('AbortError'))).toBe('aborted');
    expect(storageFailureOf(new Dexie.MissingAPIError('IndexedDB API missing. Please visit https://tinyurl.com/y2uuvskb'))).toBe('unavailable');
    expect(storageFailureOf(new Dexie.OpenFailedError(dom('VersionError', 'The requested version (60) is less than the existing version (90).')))).toBe('version');
    expect(storageFailureOf(dom('InvalidStateError', 'A mutation operation was attempted on a database that did not allow mutations.'))).toBe('broken');
    expect(storageFailureOf(dom('UnknownError', 'Internal error opening backing store for indexedDB.open.'))).toBe('broken');
    expect(storageFailureOf(new Error('a bug'))).toBeUndefined();
  });

  it('speaks to the clerk without library text or a link', () => {
    for (const failure of STORAGE_FAILURES) {
      for (const locale of ['zh-CN', 'en'] as const) {
        const text = faultMessages[locale].storage[failure];
        expect(text).not.toMatch(/https?:|www\.|Dexie|IndexedDB|bulkAdd|Error\b/);
      }
    }
    const shown = refusalMessage(new Dexie.BulkError('estates.bulkAdd(): 80894 of 100000 operations failed', [dom('QuotaExceededError')]), messages);
    expect(shown).toBe(faultMessages['zh-CN'].storage.quota);
    expect(refusalMessage(new Dexie.MissingAPIError('IndexedDB API missing. Please visit https://tinyurl.com/y2uuvskb'), messages)).not.toMatch(/http|IndexedDB/);
  });

  it('is what a real aborted Dexie transaction turns into', async () => {
    const db = new Dexie('storage-failure-abort', isolatedIndexedDb());
    db.version(1).stores({ rows: 'id' });
    await db.open();
    const failed = await db
      .transaction('rw', 'rows', async (tx) => {
        await db.table('rows').add({ id: 1 });
        tx.abort();
      })
      .catch((error: unknown) => error);
    expect(storageFailureOf(failed)).toBe('aborted');
    expect(await db.table('rows').count()).toBe(0);
    db.close();
  });
});
