import { D, percent } from '../../engine/decimal';
import type { Warning } from '../analysis.types';
import type { FoundFigure } from '../analysis.types';
import { type Check, type CheckContext, warning } from './context';
import { around, overlaps, quotient } from './intervals';
import { figureText } from './format';

/**
 * RATE_INCONSISTENT: a stated rate that the figures beside it cannot produce, once each figure's
 * rounding is allowed for (seed 002's 88.71% from 4.73/5.34 lies inside 88.40–88.75%: no finding;
 * a 43.51% beside 10.83% progress against a 25% schedule lies outside 43.30–43.34%: a finding).
 */

export interface RateRelation {
  rate: string;
  numerator: string;
  /** a figure id, or an exact constant (序时进度 25%) */
  denominator: string | { constant: string; label: string };
  label: string;
}

const QUARTERS = ['一', '二', '三', '四'];

export const RATE_RELATIONS: RateRelation[] = [
  { rate: 'procurement.rate', numerator: 'procurement.actual', denominator: 'procurement.plan', label: '政府采购执行率' },
  { rate: 'execution.rate', numerator: 'spending.total', denominator: 'budget.adjusted', label: '预算执行率' },
  { rate: 'project.rate', numerator: 'project.executed', denominator: 'project.budget', label: '预算执行率' },
  ...QUARTERS.map((q, i) => ({
    rate: `execution.q${i + 1}`,
    numerator: `progress.q${i + 1}`,
    denominator: { constant: new D(i + 1).div(4).toString(), label: `${q}季度序时进度` },
    label: `${q}季度预算执行率`,
  })),
];

function numeric(f: FoundFigure | undefined): f is FoundFigure & { value: InstanceType<typeof D> } {
  return f !== undefined && typeof f.value !== 'string';
}

function kindOf(ctx: CheckContext, id: string): string {
  return ctx.figureDefs[id]?.kind ?? (ctx.figures.get(id)?.unit === '%' ? 'rate' : 'amount');
}

export function checkRate(ctx: CheckContext, rel: RateRelation): Warning[] {
  const rate = ctx.figures.get(rel.rate);
  const num = ctx.figures.get(rel.numerator);
  if (!numeric(rate) || !numeric(num)) return [];
  let den: { value: InstanceType<typeof D>; tolerance: InstanceType<typeof D>; text: string };
  if (typeof rel.denominator === 'string') {
    const d = ctx.figures.get(rel.denominator);
    if (!numeric(d)) return [];
    den = { value: d.value, tolerance: d.tolerance ?? new D(0), text: figureText(d.value, kindOf(ctx, rel.denominator)) };
  } else {
    den = { value: new D(rel.denominator.constant), tolerance: new D(0), text: `${rel.denominator.label} ${percent(rel.denominator.constant)}` };
  }
  const range = quotient(around(num.value, num.tolerance ?? new D(0)), around(den.value, den.tolerance));
  if (!range) return [];
  const stated = around(rate.value, rate.tolerance ?? new D(0));
  if (overlaps(stated, range)) return [];
  const exact = num.value.div(den.value);
  return [
    warning(
      'RATE_INCONSISTENT',
      'warning',
      rate.sheet,
      rate.address,
      `${rel.label}填报为 ${percent(rate.value)}，但 ${figureText(num.value, kindOf(ctx, rel.numerator))} ÷ ${den.text} = ${percent(exact)}；考虑两位小数的舍入，应在 ${percent(range.low)}–${percent(range.high)} 之间`,
    ),
  ];
}

export const rateInconsistent: Check = (ctx) => RATE_RELATIONS.flatMap((rel) => checkRate(ctx, rel));
