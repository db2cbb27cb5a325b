/**
 * Display helpers: cell values and figures as text (never HTML), scores with 2 decimals.
 */
import type { CellValue } from '../workbook/port';
import type { Dec } from '../engine/decimal';
import { fixed } from '../engine/decimal';
import { specOfKind } from '../engine/rules';
import type { Rule } from '../engine/types';
import type { Lang } from './i18n';

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

/** English names of the rule kinds (the engine's labels are the Chinese ones). */
const KIND_EN: Record<Rule['kind'], string> = {
  ratio: 'Ratio',
  tiers: 'Tiers',
  'category-tiers': 'By category',
  deduct: 'Deductions',
  checklist: 'Checklist',
  'quarterly-execution': 'Quarterly execution',
  'threshold-deduct': 'Over-limit deduction',
  composite: 'Composite',
  indicator: 'Indicator completion',
  'budget-execution': 'Budget execution',
  judgement: 'Judgement',
};

export function ruleKindLabel(kind: string | undefined, lang: Lang = 'zh'): string {
  const known = kind && kind in KIND_EN ? (kind as Rule['kind']) : 'judgement';
  return lang === 'en' ? KIND_EN[known] : specOfKind(known)?.label || '判断评分';
}

/** A grade as the pane shows it: 优/良/中/差 in Chinese, their English words in English. */
const GRADE_EN: Record<string, string> = { 优: 'Excellent', 良: 'Good', 中: 'Fair', 差: 'Poor' };
export function gradeLabel(grade: string, lang: Lang): string {
  return lang === 'en' ? (GRADE_EN[grade] ?? grade) : grade;
}
