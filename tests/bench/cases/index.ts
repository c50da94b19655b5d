import type { BenchCase } from '../benchCase';

/** Every benchmark, in the order they run. Each issue's cases live in their own file here. */
export const BENCH_CASES: readonly BenchCase[] = [];
