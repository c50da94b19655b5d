import { launchApp } from '../e2e/support/browser';
import { serveDirectory } from '../e2e/support/staticServer';
import type { BenchMeasurement } from './benchCase';

/**
 * `npm run bench`: builds the benchmark page, runs every case in headless Chromium a few times,
 * and prints the median ratio of the app's way to the raw baseline measured in the same run,
 * with each figure's runs beside its median.
 * Targets are printed beside the figures; this is a measurement, not a test, so it never fails
 * on a slow machine — but it exits 1 when a case throws.
 */
const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);
const only = process.argv.slice(2);

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function main(): Promise<boolean> {
  const server = await serveDirectory('dist-bench');
  const app = await launchApp(server.url);
  let failed = false;
  try {
    await app.page.waitForFunction(() => document.title === 'ready');
    const cases = await app.page.evaluate(() => window.streetLedgerBench.cases);
    for (const { name, target, extraTargets } of cases.filter((c) => only.length === 0 || only.some((o) => c.name.includes(o)))) {
      const runs: BenchMeasurement[] = [];
      try {
        for (let i = 0; i < REPEATS; i++) {
          // A fresh page per run: no warm caches or databases left over from the previous one.
          await app.page.reload();
          await app.page.waitForFunction(() => document.title === 'ready');
          runs.push(await app.page.evaluate((n) => window.streetLedgerBench.run(n), name));
        }
      } catch (error) {
        failed = true;
        console.log(`${name}: FAILED ${error instanceof Error ? error.message : String(error)}`);
        continue;
      }
      const appMs = median(runs.map((r) => r.appMs));
      const baselineMs = median(runs.map((r) => r.baselineMs));
      const ratio = median(runs.map((r) => r.appMs / r.baselineMs));
      const verdict = ratio <= target ? `  ≤ ${target}× ok` : `  > ${target}× OVER TARGET`;
      const worstApp = Math.max(...runs.map((r) => r.appMs));
      console.log(`${name}: app ${appMs.toFixed(0)} ms (worst run ${worstApp.toFixed(0)}), baseline ${baselineMs.toFixed(0)} ms, ratio ${ratio.toFixed(2)}×${verdict}`);
      const extras = new Set(runs.flatMap((r) => Object.keys(r.extra ?? {})));
      for (const key of extras) {
        const values = runs.map((r) => r.extra?.[key] ?? Number.NaN);
        const value = median(values);
        const extraTarget = extraTargets?.[key];
        const note = extraTarget === undefined ? '' : value <= extraTarget ? `  ≤ ${extraTarget} ok` : `  > ${extraTarget} OVER TARGET`;
        // The median of the runs is judged; the worst run is printed beside it, as a shared machine's spread.
        console.log(`  ${key}: ${value.toFixed(1)}${note}  (runs: ${values.map((v) => v.toFixed(0)).join(', ')})`);
      }
    }
  } finally {
    await app.close().catch(() => undefined);
    await server.close();
  }
  return !failed;
}

void main().then((ok) => process.exit(ok ? 0 : 1));
