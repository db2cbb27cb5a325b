import { median } from './timing';
import { grade, rate, round, scoreBudget, scoreDeduct, scoreExecution, scoreIndicator, scoreProcurement, scoreRatio, scoreTiers } from '../src/functions/functions';

/**
 * Time of one PERF.* call (budget: < 20 µs), each function called 10,000 times with the seed figures
 * after a warm-up: the median of calls timed one by one (which leaves garbage collection out), and the
 * mean of the same number of calls timed as one batch (which counts it, as a recalculating sheet does).
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

export function benchFunctions(calls = CALLS): { name: string; medianMicros: number; batchedMeanMicros: number }[] {
  return CASES.map(({ name, call }) => {
    for (let i = 0; i < WARM_UP; i++) call();
    const times: number[] = new Array(calls);
    for (let i = 0; i < calls; i++) {
      const start = process.hrtime.bigint();
      call();
      times[i] = Number(process.hrtime.bigint() - start) / 1000;
    }
    const start = process.hrtime.bigint();
    for (let i = 0; i < calls; i++) call();
    const batchedMeanMicros = Number(process.hrtime.bigint() - start) / 1000 / calls;
    return { name, medianMicros: Math.round(median(times) * 100) / 100, batchedMeanMicros: Math.round(batchedMeanMicros * 100) / 100 };
  });
}
