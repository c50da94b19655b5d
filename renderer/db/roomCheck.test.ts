import { describe, expect, it } from 'vitest';
import type { StreetLedgerBridge } from '../../shared/ipc/contract';
import { faultMessages } from '../../shared/i18n/faults';
import { uiMessages } from '../../shared/i18n/ui';
import { domainMessages } from '../../shared/i18n/domain';
import { refusalMessage } from '../components/refusalMessage';
import { createElectronPlatform } from '../platform/electronPlatform';
import { assertRoomFor, assertRoomForUndo, bytesToWrite, isNotEnoughRoom, ledgerRows } from './roomCheck';
import { openTestDb } from './testing/testDb';

const MB = 1024 * 1024;
const messages = { ui: uiMessages['zh-CN'], domain: domainMessages['zh-CN'], faults: faultMessages['zh-CN'] };

/** The desktop platform over a bridge whose main process answers statfs with `freeBytes`. */
const desktopWith = (freeBytes: number) => createElectronPlatform({ diskSpace: async () => ({ freeBytes }) } as unknown as StreetLedgerBridge);

describe('the size of a bulk write', () => {
  it('stays above the peaks measured on a tmpfs profile (5,000 rows: 21.2 MB, 20,000 rows: 70.3 MB)', () => {
    expect(bytesToWrite(5_000)).toBeGreaterThan(21.2 * MB);
    expect(bytesToWrite(20_000)).toBeGreaterThan(70.3 * MB);
    // …but not wildly: a commit the disk has room for is not refused.
    expect(bytesToWrite(20_000)).toBeLessThan(1.5 * 70.3 * MB);
  });

  it('grows with the rows and is never nothing', () => {
    expect(bytesToWrite(0)).toBeGreaterThan(0);
    expect(bytesToWrite(1_001)).toBeGreaterThan(bytesToWrite(1_000));
  });
});

describe('room before writing', () => {
  it('refuses a write the disk has no room for, naming the space needed and left', async () => {
    const asked: number[] = [];
    const platform = {
      freeBytes: async (needed: number) => {
        asked.push(needed);
        return 12 * MB;
      },
    };
    const refused = await assertRoomFor(platform, bytesToWrite(100_000)).catch((error: unknown) => error);
    expect(isNotEnoughRoom(refused)).toBe(true);
    if (isNotEnoughRoom(refused)) expect([refused.neededBytes, refused.freeBytes]).toEqual([bytesToWrite(100_000), 12 * MB]);
    // The platform is told how far to look (the browser's probe goes no further).
    expect(asked).toEqual([bytesToWrite(100_000)]);
    expect(refusalMessage(refused, messages)).toBe('磁盘剩余空间不足：这次写入大约需要 399 MB，磁盘只剩 12 MB。没有写入任何内容。请清理磁盘后重试。');
  });

  it('lets a write through when there is room, or when nobody can tell', async () => {
    await expect(assertRoomFor({ freeBytes: async () => 10 * 1024 * MB }, bytesToWrite(100_000))).resolves.toBeUndefined();
    await expect(assertRoomFor({ freeBytes: async () => null }, bytesToWrite(100_000))).resolves.toBeUndefined();
    await expect(assertRoomFor({ freeBytes: () => Promise.reject(new Error('no estimate')) }, 1)).resolves.toBeUndefined();
  });
});

describe('room for undoing a batch, on the desktop', () => {
  it("refuses an undo the profile's disk (statfs over IPC) has no room for, counting the batch's rows and the backup before it", async () => {
    const db = await openTestDb();
    await db.communities.bulkAdd([
      { id: 'c1', name: '万安社区', nameKey: '万安社区', kind: '社区', createdAt: 1, updatedAt: 1 },
      { id: 'c2', name: '太平社区', nameKey: '太平社区', kind: '社区', createdAt: 1, updatedAt: 1 },
    ] as never);
    // Every table counts: the two communities and the history entries their adding wrote.
    const rows = await ledgerRows(db);
    expect(rows).toBe((await db.communities.count()) + (await db.fieldHistory.count()));
    const needed = bytesToWrite(3_000 + 500 + rows);
    const refused = await assertRoomForUndo(desktopWith(needed - 1), db, { added: 3_000, changed: 500 }).catch((error: unknown) => error);
    expect(isNotEnoughRoom(refused) && [refused.neededBytes, refused.freeBytes]).toEqual([needed, needed - 1]);
    await expect(assertRoomForUndo(desktopWith(needed), db, { added: 3_000, changed: 500 })).resolves.toBeUndefined();
    db.close();
  });
});
