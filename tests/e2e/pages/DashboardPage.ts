import type { Download, Locator, Page } from 'playwright-core';

export type DashboardChartKey = 'classes' | 'coverage' | 'notices' | 'inspections' | 'acceptance';

/** 街道概况: its charts (drawn on canvas), their PNG export, the duty indicators. */
export class DashboardPage {
  constructor(readonly page: Page) {}

  chart(key: DashboardChartKey): Locator {
    return this.page.getByTestId(`chart-${key}`);
  }

  /** Waits until the chart's canvas is drawn. */
  async drawn(key: DashboardChartKey): Promise<Locator> {
    const canvas = this.page.getByTestId(`chart-${key}-canvas`);
    await this.page.waitForFunction((id) => document.querySelector(`[data-testid="${id}"][data-rendered="true"] canvas`) !== null, `chart-${key}-canvas`);
    return canvas;
  }

  duty(key: 'spotCheck' | 'patrol' | 'filing' | 'overdueNotices'): Locator {
    return this.page.getByTestId(`duty-${key}`);
  }

  /**
   * Clicks the first bar drawn in `color` (an ECharts palette colour, e.g. #5470c6 for the first
   * series), found by reading the canvas's pixels below the legend: a real click on a real bar.
   */
  async clickBar(key: DashboardChartKey, color: string): Promise<void> {
    const canvas = await this.drawn(key);
    const point = await canvas.evaluate((element, hex) => {
      const c = element.querySelector('canvas');
      const ctx = c?.getContext('2d');
      if (!c || !ctx) return null;
      const want = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      const ratio = c.width / c.getBoundingClientRect().width;
      const { data, width, height } = ctx.getImageData(0, 0, c.width, c.height);
      // Below the legend (the top 40 px), where the bars are.
      for (let x = 0; x < width; x++) {
        for (let y = Math.round(40 * ratio); y < height; y++) {
          const at = (y * width + x) * 4;
          if (want.every((v, k) => Math.abs(data[at + k]! - v) < 6)) return { x: x / ratio + 2, y: y / ratio + 2 };
        }
      }
      return null;
    }, color);
    if (!point) throw new Error(`no bar of ${color} drawn in chart ${key}`);
    await canvas.click({ position: point });
  }

  async savePng(key: DashboardChartKey): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByTestId(`chart-${key}-png`).click()]);
    return download;
  }
}
