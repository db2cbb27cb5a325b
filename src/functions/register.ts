import { grade, rate, round, scoreBudget, scoreDeduct, scoreExecution, scoreIndicator, scoreProcurement, scoreRatio, scoreTiers } from './functions';

/**
 * Every PERF.* function by its metadata id. Excel associates them here; the WPS build registers the
 * same list with wps.AddCustomFunction, so the two hosts cannot drift apart.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type CustomFunction = (...args: any[]) => number | string;

export const FUNCTIONS: ReadonlyArray<{ id: string; fn: CustomFunction }> = [
  { id: 'SCORE_EXECUTION', fn: scoreExecution },
  { id: 'SCORE_RATIO', fn: scoreRatio },
  { id: 'SCORE_PROCUREMENT', fn: scoreProcurement },
  { id: 'SCORE_TIERS', fn: scoreTiers },
  { id: 'SCORE_DEDUCT', fn: scoreDeduct },
  { id: 'SCORE_INDICATOR', fn: scoreIndicator },
  { id: 'SCORE_BUDGET', fn: scoreBudget },
  { id: 'RATE', fn: rate },
  { id: 'ROUND', fn: round },
  { id: 'GRADE', fn: grade },
];

interface Associator {
  associate(id: string, fn: CustomFunction): void;
}

/** Associates every function; does nothing (returns 0) where CustomFunctions does not exist. */
export function registerFunctions(
  host: Associator | undefined = (globalThis as { CustomFunctions?: Associator }).CustomFunctions,
): number {
  if (!host || typeof host.associate !== 'function') return 0;
  for (const { id, fn } of FUNCTIONS) host.associate(id, fn);
  return FUNCTIONS.length;
}

registerFunctions();
