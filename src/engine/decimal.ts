import Decimal from 'decimal.js';

/**
 * One configured Decimal class for the whole product. Scores, rates and sums are made with it and
 * never pass through binary floats; rounding happens once, at the edge, half up (四舍五入).
 */
export const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = InstanceType<typeof D>;
export type DecInput = Dec | string | number;

export const ZERO = new D(0);

export function dec(value: DecInput): Dec {
  const d = value instanceof D ? value : new D(value);
  // −0 (a cell, a formula's result) is 0: never taken for a negative, never printed "-0"
  return d.isZero() && d.isNegative() ? ZERO : d;
}

/** Round half up on the exact decimal (2.675 → 2.68, 1.005 → 1.01). */
export function roundHalfUp(value: DecInput, places = 2): Dec {
  return dec(value).toDecimalPlaces(places, D.ROUND_HALF_UP);
}

/** Fixed-point text with `places` decimals, rounded half up: "96.88". */
export function fixed(value: DecInput, places = 2): string {
  const text = dec(value).toFixed(places, D.ROUND_HALF_UP);
  // a value that rounds to zero has no sign (−0.001 → "0.00", not "-0.00")
  return /^-0(\.0+)?$/.test(text) ? text.slice(1) : text;
}

/**
 * The edge where an exact decimal becomes a host's cell number: rounded half up to `places` first, so
 * the float written is the nearest to the 2-decimal value shown (5.987 → 5.99, never 5.9869999…).
 */
export function toHostNumber(value: DecInput, places?: number): number;
export function toHostNumber(value: DecInput | null, places?: number): number | null;
export function toHostNumber(value: DecInput | null, places = 2): number | null {
  return value === null ? null : Number(fixed(value, places));
}

/** A fraction shown as a percentage with 2 decimals: 0.987 → "98.70%". */
export function percent(fraction: DecInput, places = 2): string {
  return `${fixed(dec(fraction).times(100), places)}%`;
}

/** Fixed-point text with thousands separators, rounded half up: 1936.12 → "1,936.12". */
export function thousands(value: DecInput, places = 2): string {
  const text = fixed(value, places);
  const negative = text.startsWith('-');
  const [int, frac] = (negative ? text.slice(1) : text).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}${frac !== undefined ? `.${frac}` : ''}`;
}

/** An amount held in 万元, as tables, messages and reports print it: "1,936.12万元" at any size. */
export function wan(value: DecInput): string {
  return `${thousands(value)}万元`;
}

export function sum(values: readonly DecInput[]): Dec {
  return values.reduce<Dec>((acc, v) => acc.plus(v), ZERO);
}
