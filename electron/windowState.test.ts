import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_SIZE, MIN_WINDOW_SIZE, restoreWindowState, type Rectangle } from './windowState';

// A 1080p primary display with the taskbar at the bottom, and a 1280×1024 monitor to its right.
const primary: Rectangle = { x: 0, y: 0, width: 1920, height: 1040 };
const right: Rectangle = { x: 1920, y: 0, width: 1280, height: 984 };
const laptop: Rectangle = { x: 0, y: 0, width: 1366, height: 728 };

const saved = (x: number, y: number, width: number, height: number, maximized = false) => ({
  bounds: { x, y, width, height },
  maximized,
});

function inside(bounds: Rectangle, area: Rectangle): boolean {
  return (
    bounds.x >= area.x &&
    bounds.y >= area.y &&
    bounds.x + bounds.width <= area.x + area.width &&
    bounds.y + bounds.height <= area.y + area.height
  );
}

describe('restoreWindowState', () => {
  it('keeps a window that fits where it was', () => {
    expect(restoreWindowState(saved(100, 50, 1200, 800, true), [primary, right], primary)).toEqual(saved(100, 50, 1200, 800, true));
    expect(restoreWindowState(saved(2000, 40, 1100, 900), [primary, right], primary)).toEqual(saved(2000, 40, 1100, 900));
  });

  it('brings a window from an unplugged monitor back, centred on the primary display', () => {
    expect(restoreWindowState(saved(2000, 40, 1100, 900, true), [primary], primary)).toEqual(saved(410, 70, 1100, 900, true));
  });

  it('pulls a half off-screen window fully onto the display it overlaps most', () => {
    expect(restoreWindowState(saved(-600, -200, 1200, 800), [primary, right], primary)).toEqual(saved(0, 0, 1200, 800));
    expect(restoreWindowState(saved(3000, 500, 1000, 700), [primary, right], primary)).toEqual(saved(2200, 284, 1000, 700));
  });

  it('shrinks a window saved on a big screen to fit a small one', () => {
    expect(restoreWindowState(saved(0, 0, 1900, 1000), [laptop], laptop)).toEqual(saved(0, 0, 1366, 728));
  });

  it('grows a window below the minimum size', () => {
    expect(restoreWindowState(saved(10, 10, 200, 100), [primary], primary)).toEqual(
      saved(10, 10, MIN_WINDOW_SIZE.width, MIN_WINDOW_SIZE.height),
    );
  });

  it('rounds the fractional bounds of a scaled display', () => {
    expect(restoreWindowState(saved(10.4, 20.6, 1000.5, 700.2), [primary], primary)).toEqual(saved(10, 21, 1001, 700));
  });

  it('opens a default window, centred, when nothing valid was stored', () => {
    const fresh = {
      bounds: { x: (1920 - DEFAULT_WINDOW_SIZE.width) / 2, y: (1040 - DEFAULT_WINDOW_SIZE.height) / 2, ...DEFAULT_WINDOW_SIZE },
      maximized: false,
    };
    for (const garbage of [undefined, null, {}, 'big', { bounds: { x: 0 }, maximized: false }, saved(0, 0, -5, 10), saved(0, 0, Infinity, 10)]) {
      expect(restoreWindowState(garbage, [primary], primary)).toEqual(fresh);
    }
  });

  it('always lands fully inside one display, whatever was stored', () => {
    const area = fc.record({
      x: fc.integer({ min: -4000, max: 4000 }),
      y: fc.integer({ min: -2000, max: 2000 }),
      width: fc.integer({ min: 640, max: 3840 }),
      height: fc.integer({ min: 480, max: 2160 }),
    });
    const stored = fc.record({
      bounds: fc.record({
        x: fc.integer({ min: -20_000, max: 20_000 }),
        y: fc.integer({ min: -20_000, max: 20_000 }),
        width: fc.integer({ min: 1, max: 10_000 }),
        height: fc.integer({ min: 1, max: 10_000 }),
      }),
      maximized: fc.boolean(),
    });
    fc.assert(
      fc.property(stored, fc.array(area, { minLength: 1, maxLength: 3 }), (state, areas) => {
        const [first] = areas;
        if (!first) return;
        const { bounds, maximized } = restoreWindowState(state, areas, first);
        expect(areas.some((a) => inside(bounds, a))).toBe(true);
        expect(maximized).toBe(state.maximized);
      }),
    );
  });
});
