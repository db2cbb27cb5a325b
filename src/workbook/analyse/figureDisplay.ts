import { percent, wan } from '../../engine/decimal';
import type { FigureValue } from '../../engine/types';

/**
 * A raw figure as the seeds print it: rates as 98.70%, amounts as 1,936.12万元, counts with their unit
 * (23人), text as written. For display only; the exact value stays in the figure.
 */
export function figureDisplay(value: FigureValue, unit: string): string {
  if (typeof value === 'string') return value;
  if (unit === '%') return percent(value);
  if (unit === '万元') return wan(value);
  return `${value.toString()}${unit}`;
}
