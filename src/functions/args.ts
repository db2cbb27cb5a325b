import { D, dec, type Dec } from '../engine/decimal';
import { toHalfWidth } from '../engine/tiersText';
import type { Comparator } from '../engine/types';
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
 * - Empty, non-numeric text, booleans, NaN, zero denominators and negative amounts throw #VALUE! with
 *   a Chinese message: a function never returns a wrong number or NaN.
 */

export type CellArg = number | string | boolean | null | undefined;

/** Bare numbers above this are percentage figures where a rate is expected. */
export const RATE_PERCENT_THRESHOLD = new D('1.5');

const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;
const UNIT_SUFFIX = /[A-Za-z\u4e00-\u9fff/·]+$/;

export function isMissing(value: CellArg): value is null | undefined | '' {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

interface Parsed {
  value: Dec;
  /** written with a % sign (already divided by 100) */
  percent: boolean;
  /** a leading comparator, e.g. the ≥ of "≥500人次" */
  op?: Comparator;
}

function parseText(raw: string, name: string, allowUnit: boolean): Parsed {
  let text = toHalfWidth(raw).replace(/\s+/g, '').replace(/\u2212/g, '-');
  let op: Comparator | undefined;
  const opMatch = /^(>=|<=|≥|≤|>|<|=)/.exec(text);
  if (opMatch && allowUnit) {
    op = ({ '≥': '>=', '≤': '<=' } as Record<string, Comparator>)[opMatch[1]] ?? (opMatch[1] as Comparator);
    text = text.slice(opMatch[1].length);
  }
  if (allowUnit) text = text.replace(UNIT_SUFFIX, '');
  const percent = text.endsWith('%');
  if (percent) text = text.slice(0, -1);
  if (GROUPED_NUMBER.test(text)) text = text.replace(/,/g, '');
  if (!PLAIN_NUMBER.test(text)) {
    throw invalidValue(`参数“${name}”不是数字：“${raw}”（${name} is not a number）`);
  }
  const value = new D(text);
  return { value: percent ? value.dividedBy(100) : value, percent, op };
}

function parse(value: CellArg, name: string, allowUnit = false): Parsed {
  if (isMissing(value)) throw invalidValue(`参数“${name}”不能为空（${name} is required）`);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw invalidValue(`参数“${name}”不是有效数字（${name} is not a finite number）`);
    return { value: dec(value), percent: false };
  }
  if (typeof value === 'string') return parseText(value, name, allowUnit);
  throw invalidValue(`参数“${name}”应为数字，而不是${String(value)}（${name} must be a number）`);
}

/** Any finite number, sign allowed. */
export function readNumber(value: CellArg, name: string): Dec {
  return parse(value, name).value;
}

/** An amount, count or point value: not negative. */
export function readNonNegative(value: CellArg, name: string): Dec {
  const n = parse(value, name).value;
  if (n.isNegative()) throw invalidValue(`参数“${name}”不能为负数：${n.toString()}（${name} must not be negative）`);
  return n;
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
  if (parsed.value.isNegative()) throw invalidValue(`参数“${name}”不能为负数（${name} must not be negative）`);
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

/** An indicator value as the national form writes it: "≥500人次", "28天", "98%", or a number. */
export function readIndicatorValue(value: CellArg, name: string): { value: Dec; op?: Comparator } {
  const parsed = parse(value, name, true);
  return { value: parsed.value, op: parsed.op };
}

export function readText(value: CellArg, name: string): string {
  if (isMissing(value)) throw invalidValue(`参数“${name}”不能为空（${name} is required）`);
  return toHalfWidth(String(value)).trim();
}
