/**
 * A benchmark runs inside Chromium (never fake-indexeddb, which is ~4× faster and makes count()
 * look free). Each case measures the app's way and the raw baseline in the same page, so the
 * printed ratio does not depend on how fast the machine is today.
 */
export interface BenchMeasurement {
  /** What the app does, in milliseconds. */
  readonly appMs: number;
  /** The raw baseline for the same work, in milliseconds. */
  readonly baselineMs: number;
  /** Extra figures worth printing (e.g. the longest main-thread block). */
  readonly extra?: Readonly<Record<string, number>>;
}

export interface BenchCase {
  readonly name: string;
  /** What the ratio must stay under, from the issue that set the target. */
  readonly target: number;
  /** Extra figures' targets: name → maximum. */
  readonly extraTargets?: Readonly<Record<string, number>>;
  run(): Promise<BenchMeasurement>;
}
