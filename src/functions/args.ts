import { D, dec, type Dec } from '../engine/decimal';
import { toHalfWidth } from '../engine/tiersText';
import type { Comparator } from '../engine/types';
import { amountFactor, readCell, type ParsedOk } from '../workbook/cellText';
import { readTarget } from '../workbook/targetText';
import { invalidValue } from './errors';

/**
 * Argument parsing for every PERF.* function, decided once here.
 *
 * - Excel passes numbers. A cell formatted as % holds the fraction: 98.70% arrives as 0.987.
 * - Text is parsed: "98.7%" → 0.987, "1,936.12" → 1936.12, full-width "９８．７％" → 0.987.
 * - Where a RATE is expected (quarterly 支出进度, a tiers value compared with % thresholds), a bare
 *   number above 1.5 is read as a percentage figure: 98.7 → 0.987. Real rates above 150% do not occur
 *   for these inputs, while a 98.7 typed into a plain cell is common; a rate of 1.5 or less is taken as
 *   a fraction (1.0496 stays 104.96%). Writing the % sign always removes the doubt.
 * - Amounts, counts and points are never rescaled; text with % is still divided by 100.
 * - Accounting negatives in brackets, "(1.5)" or "（1.5）", are −1.5: accepted where a sign is, and
 *   refused with a message that names the brackets where a negative is not allowed.
 * - Indicator values (SCORE_INDICATOR) are read as the workbook reads 年度指标值 cells: 元/万元/亿元
 *   (and 万, 亿) normalised to 万元, % to fractions, full-width characters; both sides must then be of
 *   one kind and unit (an amount against a percentage, 人次 against 天, is refused).
 * - Empty, non-numeric text, booleans, NaN, zero denominators and negative amounts throw #VALUE! with
 *   a Chinese message: a function never returns a wrong number or NaN.
 */

export type CellArg = number | string | boolean | null | undefined;

/** Bare numbers above this are percentage figures where a rate is expected. */
export const RATE_PERCENT_THRESHOLD = new D('1.5');

const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;

export function isMissing(value: CellArg): value is null | undefined | '' {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

interface Parsed {
  value: Dec;
  /** written with a % sign (already divided by 100) */
  percent: boolean;
  /** written as an accounting negative in brackets: "(1.5)" */
  bracketed?: boolean;
  /** the argument as given, for messages */
  raw: string;
}

const BRACKETED = /^\(([^()]+)\)$/;

function parseText(raw: string, name: string): Parsed {
  let text = toHalfWidth(raw).replace(/\s+/g, '').replace(/\u2212/g, '-');
  const bracket = BRACKETED.exec(text);
  if (bracket && !/^[+-]/.test(bracket[1])) text = `-${bracket[1]}`;
  const percent = text.endsWith('%');
  if (percent) text = text.slice(0, -1);
  if (GROUPED_NUMBER.test(text)) text = text.replace(/,/g, '');
  if (!PLAIN_NUMBER.test(text)) {
    throw invalidValue(`参数“${name}”不是数字：“${raw}”（${name} is not a number）`);
  }
  const value = new D(text);
  return { value: percent ? value.dividedBy(100) : value, percent, bracketed: bracket !== null, raw };
}

function parse(value: CellArg, name: string): Parsed {
  if (isMissing(value)) throw invalidValue(`参数“${name}”不能为空（${name} is required）`);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw invalidValue(`参数“${name}”不是有效数字（${name} is not a finite number）`);
    return { value: dec(value), percent: false, raw: String(value) };
  }
  if (typeof value === 'string') return parseText(value, name);
  throw invalidValue(`参数“${name}”应为数字，而不是${String(value)}（${name} must be a number）`);
}

function negative(parsed: Parsed, name: string): Error {
  const why = parsed.bracketed ? `“${parsed.raw.trim()}”是括号表示的负数 ${parsed.value.toString()}` : parsed.value.toString();
  return invalidValue(`参数“${name}”不能为负数：${why}（${name} must not be negative）`);
}

/** Any finite number, sign allowed. */
export function readNumber(value: CellArg, name: string): Dec {
  return parse(value, name).value;
}

/** An amount, count or point value: not negative. */
export function readNonNegative(value: CellArg, name: string): Dec {
  const parsed = parse(value, name);
  if (parsed.value.isNegative()) throw negative(parsed, name);
  return parsed.value;
}

/** Strictly positive, for denominators and max points. */
export function readPositive(value: CellArg, name: string): Dec {
  const n = readNonNegative(value, name);
  if (n.isZero()) throw invalidValue(`参数“${name}”不能为 0（${name} must not be zero）`);
  return n;
}

/** A rate as a fraction, with the percentage-figure rule above. */
export function readRate(value: CellArg, name: string): Dec {
  const parsed = parse(value, name);
  if (parsed.value.isNegative()) throw negative(parsed, name);
  if (!parsed.percent && parsed.value.greaterThan(RATE_PERCENT_THRESHOLD)) return parsed.value.dividedBy(100);
  return parsed.value;
}

/** A whole number of items (deductions, missing targets): 0, 1, 2 … */
export function readCount(value: CellArg, name: string): Dec {
  const n = readNonNegative(value, name);
  if (!n.isInteger()) throw invalidValue(`参数“${name}”应为整数：${n.toString()}（${name} must be a whole number）`);
  return n;
}

/** An optional argument: Excel passes null for an omitted one. */
export function optional<T>(value: CellArg, fallback: T, read: (v: CellArg, name: string) => T, name: string): T {
  return isMissing(value) ? fallback : read(value, name);
}

/** An indicator value as read: normalised (万元, fractions), its kind and the unit as written. */
export interface IndicatorValue {
  /** 万元 for amounts, a fraction for rates, else the number as written */
  value: Dec;
  /** a leading comparator, e.g. the ≥ of "≥500人次" */
  op?: Comparator;
  /** what the unit makes it; 'number' when none was written */
  kind: 'amount' | 'rate' | 'count' | 'number';
  /** the unit as written ('' for none): 元, 万元, 亿元, %, 人次, 天… */
  unit: string;
}

const OPS: Record<string, Comparator> = { '>=': '>=', '≥': '>=', '≧': '>=', '<=': '<=', '≤': '<=', '≦': '<=', '>': '>', '<': '<', '=': '=', '==': '=' };
const OP_OF_DIRECTION: Record<'positive' | 'reverse' | 'equal', Comparator> = { positive: '>=', reverse: '<=', equal: '=' };
const KIND_WORDS: Record<IndicatorValue['kind'], string> = { amount: '金额', rate: '百分比', count: '数量', number: '数值' };

function indicatorOf(cell: ParsedOk, op?: Comparator): IndicatorValue {
  const kind = cell.kind === 'amount' || cell.kind === 'rate' ? cell.kind : cell.kind === 'count' || cell.kind === 'score' ? 'count' : 'number';
  return { value: cell.value as Dec, op, kind, unit: kind === 'number' ? '' : cell.sourceUnit || cell.unit };
}

/** An indicator value as the national form writes it: "≥500人次", "28天", "98%", "≤50万元", or a number. */
export function readIndicatorValue(value: CellArg, name: string): IndicatorValue {
  if (typeof value !== 'string') {
    const parsed = parse(value, name);
    return { value: parsed.value, kind: 'number', unit: '' };
  }
  if (value.trim() === '') throw invalidValue(`参数“${name}”不能为空（${name} is required）`);
  // without a sign it reads as one cell; with one, as a 年度指标值 cell of the national form
  const plain = readCell(value);
  if (plain.ok && plain.kind !== 'text' && plain.kind !== 'flag') return indicatorOf(plain);
  const target = readTarget(value);
  if (target.kind === 'qualitative') {
    const why = !plain.ok && !plain.blank ? `，${plain.message}` : '';
    throw invalidValue(`参数“${name}”不是数字：“${value}”${why}（${name} is not a number）`);
  }
  const sign = /^(>=|<=|==|[≥≧≤≦><=])/.exec(toHalfWidth(value).trim());
  return indicatorOf(target.parsed, sign ? OPS[sign[1]] : OP_OF_DIRECTION[target.direction]);
}

/**
 * 实际完成值 and 年度指标值 brought to one unit. A bare number takes the other side's unit (480 against
 * "≥500万元" is 480万元; against "≥5亿元", 4.8 is 4.8亿元); against a percentage it follows the rate rule
 * above (98 → 98%, 0.98 → 98%). Two units of different kinds, or two different count units, are refused.
 */
export function readIndicatorPair(actual: CellArg, target: CellArg): { actual: Dec; target: Dec; op?: Comparator } {
  const a = readIndicatorValue(actual, '实际完成值');
  const t = readIndicatorValue(target, '年度指标值');
  const bare = (x: IndicatorValue, other: IndicatorValue): Dec => {
    if (other.kind === 'rate') return x.value.greaterThan(RATE_PERCENT_THRESHOLD) ? x.value.dividedBy(100) : x.value;
    if (other.kind === 'amount') return x.value.times(amountFactor(other.unit) ?? '1');
    return x.value;
  };
  if (a.kind === 'number' || t.kind === 'number') {
    return { actual: a.kind === 'number' ? bare(a, t) : a.value, target: t.kind === 'number' ? bare(t, a) : t.value, op: t.op };
  }
  if (a.kind !== t.kind || (a.kind === 'count' && a.unit !== t.unit)) {
    const kinds = a.kind === t.kind ? '' : `（${KIND_WORDS[a.kind]}与${KIND_WORDS[t.kind]}）`;
    throw invalidValue(
      `实际完成值的单位“${a.unit}”与年度指标值的单位“${t.unit}”不同${kinds}，无法比较（units differ: ${a.unit} vs ${t.unit}）`,
    );
  }
  return { actual: a.value, target: t.value, op: t.op };
}

export function readText(value: CellArg, name: string): string {
  if (isMissing(value)) throw invalidValue(`参数“${name}”不能为空（${name} is required）`);
  return toHalfWidth(String(value)).trim();
}
