import { toHostNumber, type Dec } from '../engine/decimal';
import { invalidNumber } from './errors';

/**
 * The edge where a PERF.* result becomes the host's number. A double holds magnitudes up to about
 * 1.8 × 10^308 and down to about 5 × 10^-324: beyond them Number() gives Infinity or 0, which a cell
 * would show as a figure. Such a result is #NUM! with the exact value named; −0 comes back as 0.
 */

function outOfRange(value: Dec): Error {
  return invalidNumber(`结果 ${value.toSignificantDigits(6).toString()} 超出了单元格数值能表示的范围（约 ±1.8×10^308，最小约 5×10^-324）（result out of range）`);
}

/** A score or rounded value: rounded half up to `places` (2 unless told), then checked. */
export function roundedResult(value: Dec, places?: number): number {
  const n = toHostNumber(value, places);
  if (!Number.isFinite(n)) throw outOfRange(value);
  return n === 0 ? 0 : n;
}

/** An unrounded quotient (PERF.RATE): the nearest double, or #NUM! where none is near. */
export function exactResult(value: Dec): number {
  const n = value.toNumber();
  if (!Number.isFinite(n) || (n === 0 && !value.isZero())) throw outOfRange(value);
  return n === 0 ? 0 : n;
}
