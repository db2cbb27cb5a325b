import { grade, rate, round, scoreBudget, scoreDeduct, scoreExecution, scoreIndicator, scoreProcurement, scoreRatio, scoreTiers } from '../src/functions/functions';

/**
 * Median time of one PERF.* call (budget: < 20 µs), each function called 10,000 times with the seed
 * figures after a warm-up. Timed per call with process.hrtime.bigint so the median ignores GC pauses.
 */
export const CALLS = 10_000;
const WARM_UP = 1_000;

const CASES: { name: string; call: () => unknown }[] = [
  { name: 'SCORE_EXECUTION', call: () => scoreExecution(0.2624, 0.5131, 0.7651, 0.987) },
  { name: 'SCORE_RATIO', call: () => scoreRatio(8, 8, 6) },
  { name: 'SCORE_PROCUREMENT', call: () => scoreProcurement(4.73, 5.34, 1) },
  { name: 'SCORE_TIERS', call: () => scoreTiers(0.9093, [['>=90%:1; >=75%:0.7; >=60%:0.4; else:0']]) },
  { name: 'SCORE_DEDUCT', call: () => scoreDeduct(8, 0, 4) },
  { name: 'SCORE_INDICATOR', call: () => scoreIndicator('480人次', '≥500人次', 10) },
  { name: 'SCORE_BUDGET', call: () => scoreBudget(518.56, 533.46) },
  { name: 'RATE', call: () => rate(4.73, 5.34) },
  { name: 'ROUND', call: () => round(2.675) },
  { name: 'GRADE', call: () => grade(96.88) },
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function benchFunctions(calls = CALLS): { name: string; medianMicros: number }[] {
  return CASES.map(({ name, call }) => {
    for (let i = 0; i < WARM_UP; i++) call();
    const times: number[] = new Array(calls);
    for (let i = 0; i < calls; i++) {
      const start = process.hrtime.bigint();
      call();
      times[i] = Number(process.hrtime.bigint() - start) / 1000;
    }
    return { name, medianMicros: Math.round(median(times) * 100) / 100 };
  });
}
