/**
 * Display helpers: cell values and figures as text (never HTML), scores with 2 decimals.
 */
import type { CellValue } from '../workbook/port';
import type { Dec } from '../engine/decimal';
import { fixed } from '../engine/decimal';
import { specOfKind } from '../engine/rules';

export function showCell(value: CellValue | undefined, empty: string): string {
  if (value === null || value === undefined || value === '') return empty;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

export function showScore(value: Dec | null | undefined): string {
  return value === null || value === undefined ? '—' : fixed(value, 2);
}

/** A figure as the seeds print it (1,936.12万元, 98.70%). */
export { figureDisplay as showFigure } from '../workbook/analyse';

export function ruleKindLabel(kind: string | undefined): string {
  return (kind && specOfKind(kind)?.label) || '判断评分';
}
