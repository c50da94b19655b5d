/**
 * Times two ways of doing the same read in the same page, alternating which goes first, and
 * returns each one's median. The caller runs each once untimed before (checking they agree), so
 * both find IndexedDB's caches equally warm. Reads are short and noisy on a shared machine;
 * several rounds keep one stray pause from deciding the ratio.
 */
export async function timePair(app: () => Promise<unknown>, baseline: () => Promise<unknown>, rounds: number): Promise<{ appMs: number; baselineMs: number }> {
  const appTimes: number[] = [];
  const baselineTimes: number[] = [];
  const timed = async (work: () => Promise<unknown>, into: number[]) => {
    const start = performance.now();
    await work();
    into.push(performance.now() - start);
  };
  for (let round = 0; round < rounds; round++) {
    if (round % 2 === 0) {
      await timed(app, appTimes);
      await timed(baseline, baselineTimes);
    } else {
      await timed(baseline, baselineTimes);
      await timed(app, appTimes);
    }
  }
  return { appMs: median(appTimes), baselineMs: median(baselineTimes) };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
