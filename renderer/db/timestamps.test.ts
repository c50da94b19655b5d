import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextTimestamp } from './timestamps';

afterEach(() => vi.restoreAllMocks());

describe('nextTimestamp', () => {
  it('is the wall clock when it has moved on', () => {
    vi.spyOn(Date, 'now').mockReturnValue(4_000_000_000_000);
    expect(nextTimestamp()).toBe(4_000_000_000_000);
  });

  it('never repeats within one millisecond, nor goes back when the clock does', () => {
    vi.spyOn(Date, 'now').mockReturnValue(5_000_000_000_000);
    const first = nextTimestamp();
    const second = nextTimestamp();
    vi.spyOn(Date, 'now').mockReturnValue(1_000);
    const third = nextTimestamp();
    expect([first, second, third]).toEqual([5_000_000_000_000, 5_000_000_000_001, 5_000_000_000_002]);
  });

  it('comes after the previous timestamp of the row', () => {
    vi.spyOn(Date, 'now').mockReturnValue(6_000_000_000_000);
    expect(nextTimestamp(7_000_000_000_000)).toBe(7_000_000_000_001);
  });
});
