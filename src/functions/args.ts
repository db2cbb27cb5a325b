import { dec, type Dec } from '../engine/decimal';
import { toHalfWidth } from '../engine/text';
import type { Comparator } from '../engine/types';
import { normaliseChars, RATE_AS_POINTS_ABOVE, readCell, type ParsedOk, pairIndicatorValues, readTarget } from '../workbook/read';
import { invalidValue } from './errors';

/**
 * Argument parsing for every PERF.* function: a thin layer over the workbook's own cell reading
 * (readCell, readTarget, pairIndicatorValues), so a formula reads a value as the workbook does; only
 * the #VALUE! messages naming the argument are decided here.
 *
 * - Excel passes numbers. A cell formatted as % holds the fraction: 98.70% arrives as 0.987.
 * - Text is parsed: "98.7%" → 0.987, "1,936.12" → 1936.12, full-width "９８．７％" → 0.987.
 * - Where a RATE is expected (quarterly 支出进度, a tiers value compared with % thresholds), a bare
 *   number above RATE_AS_POINTS_ABOVE (1.5) is read as a percentage figure: 98.7 → 0.987. Real rates above 150% do not occur
 *   for these inputs, while a 98.7 typed into a plain cell is common; a rate of 1.5 or less is taken as
 *   a fraction (1.0496 stays 104.96%). Writing the % sign always removes the doubt.
 * - Amounts, counts and points are never rescaled; text with % is still divided by 100.
 * - Accounting negatives in brackets, "(1.5)" or "（1.5）", are −1.5: accepted where a sign is, and
 *   refused with a message that names the brackets where a negative is not allowed.
 * - Indicator values (SCORE_INDICATOR) are read as the workbook reads 年度指标值 / 实际完成值 cells:
 *   元/万元/亿元 (and 万, 亿) normalised to 万元, % to fractions, 万人次 to 人次, full-width characters;
 *   both sides must then be of one kind and unit (an amount against a percentage, 人次 against 天, is
 *   refused).
 * - Empty, non-numeric text, booleans, NaN, zero denominators and negative amounts throw #VALUE! with
 *   a Chinese message: a function never returns a wrong number or NaN.
 */

export type CellArg = number | string | boolean | null | undefined;

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

function notANumber(raw: string, name: string, why = ''): Error {
  return invalidValue(`参数“${name}”不是数字：“${raw}”${why}（${name} is not a number）`);
}

/** Text read as a cell: a plain number, or one with a % sign; units are not accepted here. */
function parseText(raw: string, name: string): Parsed {
  const cell = readCell(raw);
  if (!cell.ok || !(cell.kind === 'number' || (cell.kind === 'rate' && cell.sourceUnit === '%'))) throw notANumber(raw, name);
  return { value: cell.value as Dec, percent: cell.kind === 'rate', bracketed: normaliseChars(raw).trim().startsWith('('), raw };
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
  if (!parsed.percent && parsed.value.greaterThan(RATE_AS_POINTS_ABOVE)) return parsed.value.dividedBy(100);
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
  /** the comparator its sign means, e.g. >= for the ≥ of "≥500人次" or for "不低于500人次" */
  op?: Comparator;
  /** what the unit makes it; 'number' when none was written */
  kind: 'amount' | 'rate' | 'count' | 'number';
  /** the unit as written ('' for none): 元, 万元, 亿元, %, 人次, 天… */
  unit: string;
}

const OP_OF_DIRECTION: Record<'positive' | 'reverse' | 'equal', Comparator> = { positive: '>=', reverse: '<=', equal: '=' };
const KIND_WORDS: Record<IndicatorValue['kind'], string> = { amount: '金额', rate: '百分比', count: '数量', number: '数值' };

function kindOf(cell: ParsedOk): IndicatorValue['kind'] {
  return cell.kind === 'amount' || cell.kind === 'rate' ? cell.kind : cell.kind === 'count' || cell.kind === 'score' ? 'count' : 'number';
}

/** An indicator argument read as a 年度指标值 cell (a sign allowed), with the comparator of its sign. */
function indicatorReading(value: CellArg, name: string): { cell: ParsedOk; op?: Comparator } {
  if (typeof value !== 'string') {
    parse(value, name); // throws unless a finite number
    return { cell: readCell(value as number) as ParsedOk };
  }
  if (value.trim() === '') throw invalidValue(`参数“${name}”不能为空（${name} is required）`);
  const target = readTarget(value);
  if (target.kind === 'qualitative') {
    const plain = readCell(value);
    throw notANumber(value, name, !plain.ok && !plain.blank ? `，${plain.message}` : '');
  }
  return { cell: target.parsed, ...(target.sign ? { op: OP_OF_DIRECTION[target.direction] } : {}) };
}

/** An indicator value as the national form writes it: "≥500人次", "28天", "98%", "≤50万元", or a number. */
export function readIndicatorValue(value: CellArg, name: string): IndicatorValue {
  const { cell, op } = indicatorReading(value, name);
  const kind = kindOf(cell);
  return { value: cell.value as Dec, op, kind, unit: kind === 'number' ? '' : cell.sourceUnit || cell.unit };
}

/**
 * 实际完成值 and 年度指标值 brought to one unit, exactly as the workbook pairs them (pairIndicatorValues):
 * a bare number takes the other side's unit (480 against "≥500万元" is 480万元; against "≥5亿元", 4.8 is
 * 4.8亿元); against a percentage it follows the rate rule above (98 → 98%, 0.98 → 98%). Two units of
 * different kinds, or two different count units, are refused.
 */
export function readIndicatorPair(actual: CellArg, target: CellArg): { actual: Dec; target: Dec; op?: Comparator } {
  const a = indicatorReading(actual, '实际完成值');
  const t = indicatorReading(target, '年度指标值');
  const pair = pairIndicatorValues(t.cell, a.cell);
  if (pair.ok) return { actual: pair.actual, target: pair.target, op: t.op };
  const [ak, tk] = [kindOf(a.cell), kindOf(t.cell)];
  const kinds = ak === tk ? '' : `（${KIND_WORDS[ak]}与${KIND_WORDS[tk]}）`;
  const [au, tu] = pair.mismatch ? [pair.actualUnit, pair.targetUnit] : [a.cell.sourceUnit, t.cell.sourceUnit];
  throw invalidValue(`实际完成值的单位“${au}”与年度指标值的单位“${tu}”不同${kinds}，无法比较（units differ: ${au} vs ${tu}）`);
}

export function readText(value: CellArg, name: string): string {
  if (isMissing(value)) throw invalidValue(`参数“${name}”不能为空（${name} is required）`);
  return toHalfWidth(String(value)).trim();
}
