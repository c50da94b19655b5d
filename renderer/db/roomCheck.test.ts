import { describe, expect, it } from 'vitest';
import { assertRoomFor, bytesToWrite, isNotEnoughRoom } from './roomCheck';

describe('room before writing', () => {
  it('refuses a write the disk has no room for, naming the space needed and left', async () => {
    const refused = await assertRoomFor({ freeBytes: async () => 12 * 1024 * 1024 }, bytesToWrite(100_000)).catch((error: unknown) => error);
    expect(isNotEnoughRoom(refused)).toBe(true);
    if (isNotEnoughRoom(refused)) expect([refused.neededBytes, refused.freeBytes]).toEqual([bytesToWrite(100_000), 12 * 1024 * 1024]);
  });

  it('lets a write through when there is room, or when nobody can tell', async () => {
    await expect(assertRoomFor({ freeBytes: async () => 10 * 1024 ** 3 }, bytesToWrite(100_000))).resolves.toBeUndefined();
    await expect(assertRoomFor({ freeBytes: async () => null }, bytesToWrite(100_000))).resolves.toBeUndefined();
    await expect(assertRoomFor({ freeBytes: () => Promise.reject(new Error('no estimate')) }, 1)).resolves.toBeUndefined();
  });
});
