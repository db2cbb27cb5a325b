import { D, type Dec } from '../../engine/decimal';

/**
 * Rounding-aware comparisons. A figure shown to 2 decimals stands for any value within ±0.005 of it,
 * so a recomputed rate or sum is judged by the interval those roundings allow.
 */

export interface Interval {
  low: Dec;
  high: Dec;
}

export function around(value: Dec, tolerance: Dec): Interval {
  return { low: value.minus(tolerance), high: value.plus(tolerance) };
}

/** The interval of n/d for n and d anywhere inside their intervals (d must stay positive). */
export function quotient(n: Interval, d: Interval): Interval | null {
  if (d.low.lte(0)) return null;
  const candidates = [n.low.div(d.low), n.low.div(d.high), n.high.div(d.low), n.high.div(d.high)];
  return { low: D.min(...candidates), high: D.max(...candidates) };
}

export function plus(a: Interval, b: Interval): Interval {
  return { low: a.low.plus(b.low), high: a.high.plus(b.high) };
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.low.lte(b.high) && b.low.lte(a.high);
}
