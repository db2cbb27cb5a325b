import { fixed, percent, wan, type DecInput } from '../../engine/decimal';

/** Figures in messages: 2 decimals, thousands separators for amounts, % for rates. */

export function num2(value: DecInput): string {
  return fixed(value, 2);
}

export function pts(value: DecInput): string {
  return `${fixed(value, 2)}分`;
}

/** A figure in its own kind: amounts in 万元, rates in %, anything else with 2 decimals. */
export function figureText(value: DecInput, kind: string): string {
  if (kind === 'amount') return wan(value);
  if (kind === 'rate') return percent(value);
  return num2(value);
}
