import type { BenchCase, BenchMeasurement } from '../benchCase';
import { BENCH_CASES } from '../cases';

declare global {
  interface Window {
    streetLedgerBench: {
      readonly cases: ReadonlyArray<Pick<BenchCase, 'name' | 'target' | 'extraTargets'>>;
      run(name: string): Promise<BenchMeasurement>;
    };
  }
}

const byName = new Map<string, BenchCase>(BENCH_CASES.map((c) => [c.name, c]));

window.streetLedgerBench = {
  cases: BENCH_CASES.map(({ name, target, extraTargets }) => ({ name, target, extraTargets })),
  run: (name) => {
    const found = byName.get(name);
    if (!found) throw new Error(`no benchmark named ${name}`);
    return found.run();
  },
};
document.title = 'ready';
