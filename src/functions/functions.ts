import { ownEntry } from '../engine/ownKey';
import { D, dec, type Dec } from '../engine/decimal';
import { evaluateRule } from '../engine/evaluate';
import { gradeOf } from '../engine/grade';
import { checkTierList, parseTierItem, parseTiersText } from '../engine/tiersText';
import type { Comparator, FigureValue, IndicatorDirection, Rule, Tier } from '../engine/types';
import {
  optional,
  readCount,
  readIndicatorPair,
  readNonNegative,
  readNumber,
  readPositive,
  readRate,
  readText,
  isMissing,
  type CellArg,
} from './args';
import { invalidValue } from './errors';
import { exactResult, roundedResult } from './result';

/*
 * PERF.* custom functions. Synchronous and pure (WPS allows nothing else): each builds an inline rule
 * and its figures and asks the engine, so a cell formula and the task pane always agree. The JSDoc
 * below is read by custom-functions-metadata to write functions.json; Chinese texts live in
 * descriptions.zh-CN.json. Parameter types are written out (no aliases) because the metadata
 * generator only understands keyword types.
 */

function evaluate(rule: Rule, figures: Map<string, FigureValue>): Dec {
  const outcome = evaluateRule(rule, { figures, explain: false });
  if (outcome.status === 'scored' || outcome.status === 'judgement') return outcome.score;
  if (outcome.status === 'error') throw invalidValue(outcome.message);
  throw invalidValue(`缺少数据：${outcome.missing.join('、')}（missing input）`);
}

function maxOf(values: Dec[]): Dec {
  return values.reduce((a, b) => (b.greaterThan(a) ? b : a), new D(0));
}

/**
 * 预算执行率（序时进度）: each quarter min(支出进度 ÷ 序时进度, 1) × quarter points, plus min(mean quarterly rate × annual points, annual points).
 * @customfunction SCORE_EXECUTION SCORE_EXECUTION
 * @param q1 Cumulative spending progress at the end of Q1 (26.24% or 0.2624).
 * @param q2 Cumulative spending progress at the end of Q2.
 * @param q3 Cumulative spending progress at the end of Q3.
 * @param q4 Cumulative spending progress at the end of Q4 (the annual execution rate).
 * @param [quarter_points] Points per quarter (default 1).
 * @param [annual_points] Points for the annual average (default 2).
 * @returns Score rounded half up to 2 decimals.
 */
export function scoreExecution(
  q1: number | string,
  q2: number | string,
  q3: number | string,
  q4: number | string,
  quarter_points?: number | string,
  annual_points?: number | string,
): number {
  const quarterPoints = optional(quarter_points, new D(1), readNonNegative, '每季度分值');
  const annualPoints = optional(annual_points, new D(2), readNonNegative, '全年分值');
  const figures = new Map<string, FigureValue>([
    ['q1', readRate(q1, '一季度支出进度')],
    ['q2', readRate(q2, '二季度支出进度')],
    ['q3', readRate(q3, '三季度支出进度')],
    ['q4', readRate(q4, '四季度支出进度')],
  ]);
  return roundedResult(
    evaluate(
      {
        kind: 'quarterly-execution',
        points: quarterPoints.times(4).plus(annualPoints).toFixed(),
        progress: ['q1', 'q2', 'q3', 'q4'],
        quarterPoints: quarterPoints.toFixed(),
        annualPoints: annualPoints.toFixed(),
        annualFactor: annualPoints.toFixed(),
      },
      figures,
    ),
  );
}

/**
 * Ratio score: min(actual ÷ target, cap) × points.
 * @customfunction SCORE_RATIO SCORE_RATIO
 * @param actual Actual value (amount, count or rate).
 * @param target Target or budget value; must not be zero.
 * @param points Max points of the indicator.
 * @param [cap] Upper limit of the ratio (default 1 = 100%).
 * @returns Score rounded half up to 2 decimals.
 */
export function scoreRatio(
  actual: number | string,
  target: number | string,
  points: number | string,
  cap?: number | string,
): number {
  const figures = new Map<string, FigureValue>([
    ['actual', readNonNegative(actual, '实际值')],
    ['target', readPositive(target, '目标值')],
  ]);
  const capValue = optional(cap, new D(1), readNonNegative, '比率上限');
  return roundedResult(
    evaluate(
      {
        kind: 'ratio',
        points: readPositive(points, '分值').toFixed(),
        actual: 'actual',
        target: 'target',
        cap: capValue.toFixed(),
      },
      figures,
    ),
  );
}

/**
 * 政府采购执行情况: execution rate × 1 point (0 when actual exceeds plan) plus the policy points (0–1).
 * @customfunction SCORE_PROCUREMENT SCORE_PROCUREMENT
 * @param actual Actual procurement amount.
 * @param plan Planned procurement amount; must not be zero.
 * @param [policy_points] Points given for carrying out procurement policy, 0 to 1 (default 0).
 * @returns Score rounded half up to 2 decimals.
 */
export function scoreProcurement(actual: number | string, plan: number | string, policy_points?: number | string): number {
  const policy = optional(policy_points, new D(0), readNonNegative, '政策功能分');
  if (policy.greaterThan(1)) throw invalidValue(`参数“政策功能分”应在 0 到 1 之间：${policy.toString()}（policy_points must be 0–1）`);
  const figures = new Map<string, FigureValue>([
    ['actual', readNonNegative(actual, '实际采购金额')],
    ['plan', readPositive(plan, '采购计划金额')],
    ['policy', policy],
  ]);
  return roundedResult(
    evaluate(
      {
        kind: 'composite',
        points: '2',
        label: '政府采购执行情况',
        parts: [
          { id: 'rate', kind: 'ratio', points: '1', label: '政府采购执行率', actual: 'actual', target: 'plan', zeroWhenOver: true },
          { id: 'policy', kind: 'judgement', points: '1', label: '政府采购政策功能', figure: 'policy' },
        ],
      },
      figures,
    ),
  );
}

/** Tiers from text in one cell or from a range of [condition, points] rows. */
function readTiers(tiers: unknown): Tier[] {
  const table: unknown[][] = Array.isArray(tiers) ? (tiers as unknown[][]) : [[tiers]];
  const cells = table.map((row) => (Array.isArray(row) ? row : [row]).filter((c) => !isMissing(c as CellArg)));
  const rows = cells.filter((row) => row.length > 0);
  if (rows.length === 0) throw invalidValue('参数“分档规则”不能为空（tiers is required）');
  if (rows.length === 1 && rows[0].length === 1) {
    const result = parseTiersText(readText(rows[0][0] as CellArg, '分档规则'));
    if (!result.ok) throw invalidValue(result.error.message);
    return result.tiers;
  }
  const list: Tier[] = [];
  const fragments: string[] = [];
  for (const row of rows) {
    const fragment = row.map(String).join(' | ');
    const result =
      row.length === 1 ? parseTiersText(String(row[0])) : parseTierItem(String(row[0]), String(row[1]), fragment);
    if (!result.ok) throw invalidValue(result.error.message);
    list.push(...result.tiers);
    fragments.push(...result.tiers.map(() => fragment));
  }
  const checked = checkTierList(list, fragments);
  if (!checked.ok) throw invalidValue(checked.error.message);
  return checked.tiers;
}

/**
 * Tier score: the first tier whose condition holds gives the points.
 * @customfunction SCORE_TIERS SCORE_TIERS
 * @param value Value to grade; read as a rate when any threshold has a % sign.
 * @param tiers Text such as ">=90%:1; >=75%:0.7; else:0", or a two-column range of condition and points.
 * @returns Score rounded half up to 2 decimals.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a range of text and numbers; the metadata needs any[][]
export function scoreTiers(value: number | string, tiers: any[][]): number {
  const list = readTiers(tiers);
  // thresholds written with % make the value a rate (and 90.93 a percentage figure)
  const isRate = /[%％]/.test(JSON.stringify(tiers));
  const figures = new Map<string, FigureValue>([['value', isRate ? readRate(value, '数值') : readNumber(value, '数值')]]);
  const points = maxOf(list.map((t) => dec(t.points)));
  return roundedResult(
    evaluate(
      { kind: 'tiers', points: points.toFixed(), value: 'value', tiers: list, valueFormat: isRate ? 'percent' : 'number' },
      figures,
    ),
  );
}

/**
 * Deduction score: points − per item × count, not below 0.
 * @customfunction SCORE_DEDUCT SCORE_DEDUCT
 * @param points Max points of the indicator.
 * @param count Number of faults found (a whole number).
 * @param per_item Points deducted per fault.
 * @returns Score rounded half up to 2 decimals.
 */
export function scoreDeduct(points: number | string, count: number | string, per_item: number | string): number {
  const figures = new Map<string, FigureValue>([['count', readCount(count, '扣分项数')]]);
  return roundedResult(
    evaluate(
      {
        kind: 'deduct',
        points: readPositive(points, '分值').toFixed(),
        count: 'count',
        perItem: readNonNegative(per_item, '每项扣分').toFixed(),
      },
      figures,
    ),
  );
}

const DIRECTIONS: Record<string, IndicatorDirection> = {
  正向: 'positive',
  '+': 'positive',
  '>=': 'positive',
  '>': 'positive',
  '≥': 'positive',
  positive: 'positive',
  反向: 'reverse',
  逆向: 'reverse',
  '-': 'reverse',
  '<=': 'reverse',
  '<': 'reverse',
  '≤': 'reverse',
  reverse: 'reverse',
  等于: 'equal',
  '=': 'equal',
  equal: 'equal',
};

const DIRECTION_OF_OP: Record<Comparator, IndicatorDirection> = {
  '>=': 'positive',
  '>': 'positive',
  '<=': 'reverse',
  '<': 'reverse',
  '=': 'equal',
};

function readDirection(direction: CellArg, targetOp: Comparator | undefined): IndicatorDirection {
  if (isMissing(direction)) return targetOp ? DIRECTION_OF_OP[targetOp] : 'positive';
  const text = readText(direction, '指标方向').toLowerCase();
  const found = ownEntry(DIRECTIONS, text);
  if (!found) throw invalidValue(`参数“指标方向”应为 正向/反向/等于 或 +/-/=：“${String(direction)}”（direction must be 正向, 反向 or 等于）`);
  return found;
}

/**
 * National project indicator (财预〔2020〕10号): positive, reverse or equal completion against the target.
 * Both values are compared in one unit: 元/万元/亿元 are converted ("5亿元" against "≥500万元" is 100 times
 * the target), % is a fraction; an amount against a percentage, or 人次 against 天, is #VALUE!.
 * @customfunction SCORE_INDICATOR SCORE_INDICATOR
 * @param actual Actual value, e.g. 480 or "480人次".
 * @param target Annual target, e.g. 500 or "≥500人次"; its sign sets the direction when direction is omitted.
 * @param points Points of the indicator.
 * @param [direction] 正向 (+), 反向 (-) or 等于 (=); default from the target's sign, else 正向.
 * @returns Score rounded half up to 2 decimals.
 */
export function scoreIndicator(
  actual: number | string,
  target: number | string,
  points: number | string,
  direction?: string,
): number {
  const pair = readIndicatorPair(actual, target);
  if (pair.actual.isNegative() || pair.target.isNegative()) throw invalidValue('指标值不能为负数（indicator values must not be negative）');
  const dir = readDirection(direction, pair.op);
  if (dir !== 'equal' && pair.target.isZero()) throw invalidValue('参数“年度指标值”不能为 0（target must not be zero）');
  const figures = new Map<string, FigureValue>([
    ['actual', pair.actual],
    ['target', pair.target],
  ]);
  return roundedResult(
    evaluate(
      { kind: 'indicator', points: readPositive(points, '分值').toFixed(), direction: dir, actual: 'actual', target: 'target' },
      figures,
    ),
  );
}

/**
 * National form 预算执行率: min(executed ÷ budget, 1) × points.
 * @customfunction SCORE_BUDGET SCORE_BUDGET
 * @param executed Amount executed in the year.
 * @param budget Annual budget; must not be zero.
 * @param [points] Points (default 10).
 * @returns Score rounded half up to 2 decimals.
 */
export function scoreBudget(executed: number | string, budget: number | string, points?: number | string): number {
  const figures = new Map<string, FigureValue>([
    ['executed', readNonNegative(executed, '全年执行数')],
    ['budget', readPositive(budget, '全年预算数')],
  ]);
  const pts = optional(points, new D(10), readPositive, '分值');
  return roundedResult(evaluate({ kind: 'budget-execution', points: pts.toFixed(), executed: 'executed', budget: 'budget' }, figures));
}

/**
 * Rate: numerator ÷ denominator as a fraction (format the cell as %). The quotient is computed exactly
 * on decimals, then returned to the host as a double: the exact quotient rounded to the nearest number
 * the host can hold (4.73 ÷ 5.34 arrives as 0.88576779026217…), not an exact decimal. Round it with
 * PERF.ROUND before comparing or adding it as a decimal.
 * @customfunction RATE RATE
 * @param numerator Numerator, e.g. actual spending.
 * @param denominator Denominator, e.g. budget; must not be zero.
 * @returns The fraction as a double (the exact quotient rounded to the host's number), not rounded to decimals.
 */
export function rate(numerator: number | string, denominator: number | string): number {
  const n = readNonNegative(numerator, '分子');
  const d = readPositive(denominator, '分母');
  return exactResult(n.dividedBy(d));
}

/**
 * Round half up on the exact decimal (2.675 → 2.68), unlike binary floating point.
 * @customfunction ROUND ROUND
 * @param value Value to round.
 * @param [digits] Decimal places, 0 to 10 (default 2).
 * @returns The rounded value.
 */
export function round(value: number | string, digits?: number | string): number {
  const places = optional(digits, new D(2), readCount, '小数位数');
  if (places.greaterThan(10)) throw invalidValue(`参数“小数位数”应在 0 到 10 之间：${places.toString()}（digits must be 0–10）`);
  return roundedResult(readNumber(value, '数值'), places.toNumber());
}

/**
 * Grade of a total score: 优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60.
 * @customfunction GRADE GRADE
 * @param total Total score, 0 to 100.
 * @returns 优, 良, 中 or 差.
 */
export function grade(total: number | string): string {
  const t = readNonNegative(total, '总分');
  if (t.greaterThan(100)) throw invalidValue(`参数“总分”不能超过 100：${t.toString()}（total must not exceed 100）`);
  return gradeOf(t);
}
