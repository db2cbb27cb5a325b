import { dec, fixed, percent, type DecInput } from '../../engine/decimal';

/** Figures in messages: 2 decimals, thousands separators for amounts, % for rates. */

export function num2(value: DecInput): string {
  return fixed(value, 2);
}

/** 1936.12 → "1,936.12万元" */
export function wan(value: DecInput): string {
  const text = fixed(value, 2);
  const negative = text.startsWith('-');
  const [int, frac] = (negative ? text.slice(1) : text).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}.${frac}万元`;
}

/** 0.987 → "98.70%" */
export function pct(fraction: DecInput): string {
  return percent(dec(fraction), 2);
}

export function pts(value: DecInput): string {
  return `${fixed(value, 2)}分`;
}

/** A figure in its own kind: amounts in 万元, rates in %, anything else with 2 decimals. */
export function figureText(value: DecInput, kind: string): string {
  if (kind === 'amount') return wan(value);
  if (kind === 'rate') return pct(value);
  return num2(value);
}
