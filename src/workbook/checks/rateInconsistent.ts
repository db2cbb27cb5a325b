import { D, percent, wan, type Dec } from '../../engine/decimal';
import type { Warning } from './finding';
import type { FoundFigure } from '../read';
import { type Check, type CheckContext, digitsAsWan, warning } from './context';
import { around, type Interval, overlaps, quotient } from './intervals';
import { figureText } from './format';
import { QUARTERS } from '../../engine/rules';

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

type Num = FoundFigure & { value: InstanceType<typeof D> };

function numeric(f: FoundFigure | undefined): f is Num {
  return f !== undefined && typeof f.value !== 'string';
}

function kindOf(ctx: CheckContext, id: string): string {
  return ctx.figureDefs[id]?.kind ?? (ctx.figures.get(id)?.unit === '%' ? 'rate' : 'amount');
}

/** An amount in 万元 with enough decimals that a non-zero value never prints as 0.00万元 (4.73元 → 0.000473万元). */
export function amountText(value: Dec): string {
  if (value.isZero() || value.abs().gte('0.005')) return wan(value);
  return `${value.toSignificantDigits(4).toFixed()}万元`;
}

function valueText(ctx: CheckContext, id: string, value: Dec): string {
  const kind = kindOf(ctx, id);
  return kind === 'amount' ? amountText(value) : figureText(value, kind);
}

interface Side {
  id: string | null;
  value: Dec;
  tolerance: Dec;
  text: string;
}

interface RateReading {
  rate: Num;
  num: Side;
  den: Side;
  /** numerator ÷ denominator as the figures allow it, null when the denominator may be 0 */
  range: Interval | null;
  consistent: boolean;
}

function side(ctx: CheckContext, id: string, f: Num, value: Dec = f.value, tolerance: Dec = f.tolerance ?? new D(0)): Side {
  return { id, value, tolerance, text: valueText(ctx, id, value) };
}

function judge(rate: Num, num: Side, den: Side): RateReading {
  const range = quotient(around(num.value, num.tolerance), around(den.value, den.tolerance));
  const consistent = range === null || overlaps(around(rate.value, rate.tolerance ?? new D(0)), range);
  return { rate, num, den, range, consistent };
}

/** The relation's figures as read, or null when one is missing or not a number. */
function readRelation(ctx: CheckContext, rel: RateRelation): RateReading | null {
  const rate = ctx.figures.get(rel.rate);
  const num = ctx.figures.get(rel.numerator);
  if (!numeric(rate) || !numeric(num)) return null;
  let den: Side;
  if (typeof rel.denominator === 'string') {
    const d = ctx.figures.get(rel.denominator);
    if (!numeric(d)) return null;
    den = side(ctx, rel.denominator, d);
  } else {
    den = { id: null, value: new D(rel.denominator.constant), tolerance: new D(0), text: `${rel.denominator.label} ${percent(rel.denominator.constant)}` };
  }
  return judge(rate, side(ctx, rel.numerator, num), den);
}

/**
 * An amount of the relation written in 元 (or 亿元) whose digits, read as 万元, make the stated rate hold
 * (seed 003: "8,971.00 is 15.33% only if it is 万元"): a unit error, not a wrong rate.
 */
export interface RateUnitSuspect {
  rel: RateRelation;
  figure: Num;
  /** the rate as read (with the figure in its written unit) and with the digits read as 万元 */
  asRead: RateReading;
  asWan: RateReading;
}

export function rateUnitSuspect(ctx: CheckContext, rel: RateRelation): RateUnitSuspect | null {
  const asRead = readRelation(ctx, rel);
  if (!asRead || asRead.consistent) return null;
  for (const which of ['num', 'den'] as const) {
    const s = asRead[which];
    if (s.id === null || kindOf(ctx, s.id) !== 'amount') continue;
    const f = ctx.figures.get(s.id) as Num;
    const wanReading = digitsAsWan(f, f.value, f.tolerance ?? new D(0));
    if (!wanReading) continue;
    const wanSide = side(ctx, s.id, f, wanReading.value, wanReading.tolerance);
    const asWan = which === 'num' ? judge(asRead.rate, wanSide, asRead.den) : judge(asRead.rate, asRead.num, wanSide);
    if (asWan.consistent && asWan.range !== null) return { rel, figure: f, asRead, asWan };
  }
  return null;
}

export function checkRate(ctx: CheckContext, rel: RateRelation): Warning[] {
  const r = readRelation(ctx, rel);
  if (!r || r.consistent || r.range === null) return [];
  // a figure in the wrong unit is reported once, as UNIT_MISMATCH on its own cell
  if (rateUnitSuspect(ctx, rel)) return [];
  const exact = r.num.value.div(r.den.value);
  return [
    warning(
      'RATE_INCONSISTENT',
      'warning',
      r.rate.sheet,
      r.rate.address,
      `${rel.label}填报为 ${percent(r.rate.value)}，但 ${r.num.text} ÷ ${r.den.text} = ${percent(exact)}；考虑两位小数的舍入，应在 ${percent(r.range.low)}–${percent(r.range.high)} 之间`,
    ),
  ];
}

export const rateInconsistent: Check = (ctx) => RATE_RELATIONS.flatMap((rel) => checkRate(ctx, rel));
