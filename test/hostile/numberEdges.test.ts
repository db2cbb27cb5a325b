import { fixed, percent, thousands } from '../../src/engine/decimal';
import { FunctionArgumentError, INVALID_NUMBER } from '../../src/functions/errors';
import { grade, rate, round, scoreExecution, scoreRatio } from '../../src/functions/functions';
import { readCell } from '../../src/workbook/read';

/**
 * Numbers at the edges of what a host holds: a result above the largest double (about 1.7977 × 10^308)
 * is #NUM! with a Chinese reason, never Infinity; −0 (from a cell, a formula or a rounding of −0.001)
 * is 0 wherever it is read or printed, never "negative" nor "-0.00".
 */

function numError(fn: () => unknown): FunctionArgumentError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(FunctionArgumentError);
    expect((error as FunctionArgumentError).code).toBe(INVALID_NUMBER);
    expect((error as Error).message).toMatch(/超出/);
    return error as FunctionArgumentError;
  }
  throw new Error('expected #NUM!');
}

const isPositiveZero = (v: unknown) => Object.is(v, 0);

describe('results outside the double range are #NUM!', () => {
  test('PERF.RATE(1e308, 1e-308) = 1e616 is #NUM!, not Infinity', () => {
    numError(() => rate(1e308, 1e-308));
  });

  test('PERF.SCORE_EXECUTION with 1e308 points a quarter: 4 × 1e308 + 1e308 = 5e308 is #NUM!', () => {
    numError(() => scoreExecution(1, 1, 1, 1, 1e308, 1e308));
  });

  test('PERF.RATE(1e-308, 1e308) = 1e-616 is #NUM!, not a silent 0', () => {
    numError(() => rate(1e-308, 1e308));
  });

  test('the largest double itself still comes back', () => {
    expect(round(1.7976931348623157e308, 0)).toBe(1.7976931348623157e308);
    expect(rate(1e308, 1)).toBe(1e308);
  });
});

describe('−0 is 0', () => {
  test('PERF.ROUND(−0.001) is 0, not −0', () => {
    expect(isPositiveZero(round(-0.001))).toBe(true);
    expect(isPositiveZero(round(-0))).toBe(true);
  });

  test('−0 is no negative argument: GRADE(−0) is 差, SCORE_RATIO(−0, 8, 6) is 0, RATE(−0, 5) is 0', () => {
    expect(grade(-0)).toBe('差');
    expect(grade('-0')).toBe('差');
    expect(isPositiveZero(scoreRatio(-0, 8, 6))).toBe(true);
    expect(isPositiveZero(rate(-0, 5))).toBe(true);
    expect(isPositiveZero(rate('-0', 5))).toBe(true);
  });

  test('a cell holding −0 or "-0" reads as 0, not negative', () => {
    for (const v of [-0, '-0', '－0.00', '(0)']) {
      const cell = readCell(v);
      expect(cell.ok).toBe(true);
      if (cell.ok && typeof cell.value !== 'string') expect(cell.value.isNegative()).toBe(false);
      else throw new Error(`not a number: ${JSON.stringify(cell)}`);
    }
  });

  test('printing a value that rounds to zero gives 0.00, never -0.00', () => {
    expect(fixed('-0.001')).toBe('0.00');
    expect(fixed(-0)).toBe('0.00');
    expect(thousands('-0.004')).toBe('0.00');
    expect(percent('-0.00001')).toBe('0.00%');
    expect(fixed('-0.005')).toBe('-0.01');
  });
});
