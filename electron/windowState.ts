import { z } from '../shared/common/zod';

/**
 * Where the main window was when the user last closed it. Restored only onto a display that is
 * still there: office PCs get docked, undocked and projected, and a window restored onto a
 * vanished monitor is a window the user cannot find.
 */

// Rounded on reading: a scaled display may report fractional DIPs.
const rectangleSchema = z.object({
  x: z.number().finite().transform(Math.round),
  y: z.number().finite().transform(Math.round),
  width: z.number().finite().positive().transform(Math.round),
  height: z.number().finite().positive().transform(Math.round),
});

export type Rectangle = z.output<typeof rectangleSchema>;

export const windowStateSchema = z.object({
  bounds: rectangleSchema,
  maximized: z.boolean(),
});

export type WindowState = z.output<typeof windowStateSchema>;

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 800 } as const;
/** Small enough for a 1366×768 laptop with the taskbar showing. */
export const MIN_WINDOW_SIZE = { width: 960, height: 600 } as const;

/**
 * Fits the saved state (anything a store held, possibly garbage) onto the displays there are now:
 * onto the display it overlaps most, else centred on the primary one; never larger than that
 * display's work area and never reaching outside it.
 */
export function restoreWindowState(saved: unknown, workAreas: readonly Rectangle[], primary: Rectangle): WindowState {
  const parsed = windowStateSchema.safeParse(saved);
  if (!parsed.success) {
    return { bounds: centred(DEFAULT_WINDOW_SIZE, primary), maximized: false };
  }
  const { bounds, maximized } = parsed.data;
  const home = mostOverlapped(bounds, workAreas);
  if (home === undefined) {
    return { bounds: centred(bounds, primary), maximized };
  }
  const width = fit(bounds.width, MIN_WINDOW_SIZE.width, home.width);
  const height = fit(bounds.height, MIN_WINDOW_SIZE.height, home.height);
  return {
    bounds: {
      x: clamp(bounds.x, home.x, home.x + home.width - width),
      y: clamp(bounds.y, home.y, home.y + home.height - height),
      width,
      height,
    },
    maximized,
  };
}

function centred(size: { readonly width: number; readonly height: number }, area: Rectangle): Rectangle {
  const width = fit(size.width, MIN_WINDOW_SIZE.width, area.width);
  const height = fit(size.height, MIN_WINDOW_SIZE.height, area.height);
  return {
    x: area.x + Math.floor((area.width - width) / 2),
    y: area.y + Math.floor((area.height - height) / 2),
    width,
    height,
  };
}

function mostOverlapped(bounds: Rectangle, areas: readonly Rectangle[]): Rectangle | undefined {
  let best: Rectangle | undefined;
  let bestOverlap = 0;
  for (const area of areas) {
    const overlap = overlapArea(bounds, area);
    if (overlap > bestOverlap) {
      best = area;
      bestOverlap = overlap;
    }
  }
  return best;
}

function overlapArea(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/** At least the minimum, at most what the display offers (which wins on a tiny display). */
function fit(wanted: number, minimum: number, available: number): number {
  return Math.min(Math.max(wanted, minimum), available);
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}
