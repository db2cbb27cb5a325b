import { ownEntry } from '../../engine/ownKey';
import { D, type Dec } from '../../engine/decimal';
import { toHalfWidth } from '../../engine/text';
import type { FigureKind } from '../../frameworks/types';
import { readNumberFormat, type ShownFormat } from './numberFormat';
import type { CellValue } from '../port';

/**
 * Cell values → exact decimals with their unit. Amounts are normalised to 万元 (元 ÷ 10000,
 * 亿元 × 10000), rates to fractions (98.70% → 0.987), flags to 1/0. Host numbers are read through
 * their shortest decimal text (String(n)) so no float arithmetic ever happens.
 *
 * A host number's rounding tolerance comes from its number format when the host reported one
 * (0.00% → ±0.005 percentage points, #,##0.00 → ±0.005); otherwise from the convention of its kind:
 * amounts ±0.005 in their unit, rates ±0.00005 as a fraction, counts exact. Its scale beside a %
 * unit likewise: a %-format means the number is a fraction, a format without % means percentage
 * points (1.23 → 1.23%); with no format at all a number up to 1.5 is taken as a fraction and the
 * reading is marked `rateScaleAssumed`.
 */

export type ValueKind = 'amount' | 'rate' | 'count' | 'score' | 'number' | 'flag' | 'text';

export interface ParsedOk {
  ok: true;
  /** exact number (normalised unit), or the text of a category */
  value: Dec | string;
  /** unit of `value`: 万元 for amounts, % for rates (value is a fraction), 人/个/项… for counts */
  unit: string;
  kind: ValueKind;
  /** the unit as written (元, 亿元, %, 人…), '' when none was written */
  sourceUnit: string;
  /** the number as written, before unit normalisation (2000.41 for "2000.41 元") */
  written?: Dec;
  /** half of the last written digit, in the unit of `value` (±0.005 for "5.34"); 0 for exact counts */
  tolerance: Dec;
  /** the text as read */
  text: string;
  /** true when the text needed cleaning (full-width digits, separators, units, spaces) */
  fromText: boolean;
  /**
   * true when a host number of 1.5 or less was read as a fraction (0.89 → 89%) with no % in its
   * format to say so: it could also mean 0.89%
   */
  rateScaleAssumed?: boolean;
}

export interface ParsedError {
  ok: false;
  /** true when the cell was empty */
  blank: boolean;
  message: string;
  text: string;
}

export type ParsedCell = ParsedOk | ParsedError;

const AMOUNT_FACTORS: Record<string, string> = {
  元: '0.0001',
  千元: '0.1',
  万: '1',
  万元: '1',
  百万元: '100',
  千万元: '1000',
  亿: '10000',
  亿元: '10000',
};
/** 万元 per one of `unit` (元 → 0.0001, 亿元 → 10000), or undefined when `unit` is not an amount unit. */
export function amountFactor(unit: string): string | undefined {
  return ownEntry(AMOUNT_FACTORS, unit);
}

/** 万/亿 in front of a count unit (万人次, 万册, 亿人次): the count is scaled to the base unit. */
const COUNT_PREFIXES: [string, string][] = [
  ['千万', '10000000'],
  ['百万', '1000000'],
  ['亿', '100000000'],
  ['万', '10000'],
];

/**
 * A count unit split into its base unit and 万/亿 factor: 万人次 → 人次 × 10000, 人次 → 人次 × 1.
 * Amount units (万元, 亿元) are not count units and are left to `amountFactor`.
 */
export function countUnit(unit: string): { base: string; factor: string } {
  for (const [prefix, factor] of COUNT_PREFIXES) {
    if (unit.length > prefix.length && unit.startsWith(prefix)) {
      const base = unit.slice(prefix.length);
      if (COUNT_UNIT.test(base) && amountFactor(base) === undefined && base !== '分') return { base, factor };
    }
  }
  return { base: unit, factor: '1' };
}

const TRUE_WORDS = new Set(['是', '有', '√', '✓', '✔', '符合', '已完成', 'y', 'yes', 'true']);
const FALSE_WORDS = new Set(['否', '无', '×', '✗', '✘', 'x', '不符合', '未完成', 'n', 'no', 'false']);
// CJK ideographs as ranges, not \p{Script=Han}, so the bundle parses on ES2017 engines (older WPS).
const COUNT_UNIT = /^[\u3400-\u4dbf\u4e00-\u9fffA-Za-z²³/·]{1,6}$/;
const NUMBER = /^([+-]?)((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)(.*)$/;
/** digits with commas anywhere in the integer part ("1,9361.2"), then whatever follows */
const COMMA_NUMBER = /^[+-]?(\d[\d,]*,[\d,]*\d)(\.\d+)?(.*)$/;
const WELL_GROUPED = /^\d{1,3}(,\d{3})+$/;
/** accounting negatives: "(1.5)", "(1,936.12)万元", "(1.5万元)" */
const ACCOUNTING = /^\(((?:\d[\d,]*(?:\.\d+)?|\.\d+)[^()+-]*)\)([^()]*)$/;
/** conventions for a host number whose format fixes no decimals (domain §2) */
const AMOUNT_HALF_ULP = '0.005';
const RATE_HALF_ULP = '0.00005';
const SCORE_HALF_ULP = '0.005';
/**
 * Where a rate is expected and neither a % sign nor a % format says how to read a bare number, one above
 * this is percentage points (98.6 → 98.6%) and one at or below it a fraction (1.0496 → 104.96%): real
 * rates above 150% do not occur for these figures, while 98.6 typed into a plain cell is common. The one
 * threshold for cells, 年度指标值 / 实际完成值 pairs and PERF.* arguments.
 */
export const RATE_AS_POINTS_ABOVE = new D('1.5');

/** Full-width → half-width, minus signs unified, quotes unified; whitespace kept. */
export function normaliseChars(text: string): string {
  return toHalfWidth(text)
    .replace(/[\u2212\u2012\u2013\uFE63]/g, '-')
    .replace(/[“”„‟"]/g, '"')
    .replace(/[‘’‚‛']/g, "'")
    .replace(/[\u00A0\u2000-\u200B\u3000]/g, ' ');
}

/** Names and labels compared without spaces, quotes and trailing colons: "资 产 管 理" = "资产管理". */
export function normaliseLabel(text: string): string {
  return normaliseChars(text)
    .replace(/\s+/g, '')
    .replace(/["'「」『』《》〈〉]/g, '')
    .replace(/[:：]$/, '');
}

function blank(text: string): ParsedError {
  return { ok: false, blank: true, message: '单元格为空', text };
}

function bad(text: string, why: string): ParsedError {
  return { ok: false, blank: false, message: `无法识别“${text}”：${why}`, text };
}

function decimalsOf(literal: string): number {
  const dot = literal.indexOf('.');
  return dot < 0 ? 0 : literal.length - dot - 1;
}

const HALF_ULPS: Dec[] = [];

/** Half of the last digit of a number written with `places` decimals (0.005 for 2); computed once per count. */
function halfUlp(places: number): Dec {
  return (HALF_ULPS[places] ??= new D(5).times(new D(10).pow(-(places + 1))));
}

function isUnit(unit: string): boolean {
  return unit === '' || unit === '%' || unit === '‰' || unit === '分' || amountFactor(unit) !== undefined || COUNT_UNIT.test(unit);
}

/** "1,9361.2": commas that do not fall every three digits. */
function misgrouped(raw: string, compact: string): ParsedError | null {
  const m = COMMA_NUMBER.exec(compact);
  if (!m || WELL_GROUPED.test(m[1]) || !isUnit(m[3])) return null;
  const digits = m[1].replace(/,/g, '');
  const regrouped = `${digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${m[2] ?? ''}`;
  return {
    ok: false,
    blank: false,
    message: `千分位逗号位置不对：“${raw.trim()}”，逗号应从个位起每三位一个；若数值是 ${digits}${m[2] ?? ''}，应写作“${regrouped}${m[3]}”`,
    text: raw,
  };
}

/** The natural reading of a numeric text: number + optional unit. */
function readNumberText(raw: string, text: string, fromText: boolean): ParsedCell | null {
  let compact = text.replace(/\s+/g, '');
  const accounting = ACCOUNTING.exec(compact);
  // "(1.5)" is the accounting way of writing −1.5; a unit may sit inside or after the brackets, not both
  if (accounting && !(/[^\d,.]/.test(accounting[1]) && accounting[2] !== '')) compact = `-${accounting[1]}${accounting[2]}`;
  const misplaced = misgrouped(raw, compact);
  if (misplaced) return misplaced;
  const m = NUMBER.exec(compact);
  if (!m) return null;
  const literal = m[2].replace(/,/g, '');
  const signed = new D(`${m[1]}${literal}`);
  // "-0" and "(0)" are 0: no sign, so never refused or reported as a negative
  const written = signed.isZero() ? new D(0) : signed;
  const unit = m[3];
  const places = decimalsOf(literal);
  const cleaned = fromText || compact !== raw;
  if (unit === '') {
    return { ok: true, value: written, unit: '', kind: 'number', sourceUnit: '', written, tolerance: halfUlp(places), text: raw, fromText: cleaned };
  }
  if (unit === '%' || unit === '‰') {
    const div = unit === '%' ? 100 : 1000;
    return {
      ok: true,
      value: written.dividedBy(div),
      unit: '%',
      kind: 'rate',
      sourceUnit: unit,
      written,
      tolerance: halfUlp(places).dividedBy(div),
      text: raw,
      fromText: true,
    };
  }
  const factor = amountFactor(unit);
  if (factor !== undefined) {
    return {
      ok: true,
      value: written.times(factor),
      unit: '万元',
      kind: 'amount',
      sourceUnit: unit,
      written,
      tolerance: halfUlp(places).times(factor),
      text: raw,
      fromText: true,
    };
  }
  if (unit === '分') {
    return { ok: true, value: written, unit: '分', kind: 'score', sourceUnit: unit, written, tolerance: halfUlp(places), text: raw, fromText: true };
  }
  if (COUNT_UNIT.test(unit)) {
    // "1万人次" is 10000 人次: the value is in the base unit, the unit as written is kept
    const { base, factor } = countUnit(unit);
    return { ok: true, value: written.times(factor), unit: base, kind: 'count', sourceUnit: unit, written, tolerance: halfUlp(places).times(factor), text: raw, fromText: true };
  }
  return bad(raw, `数字后的“${unit}”不是可识别的单位`);
}

function readFlag(text: string): 0 | 1 | null {
  const t = text.replace(/\s+/g, '').toLowerCase();
  if (TRUE_WORDS.has(t)) return 1;
  if (FALSE_WORDS.has(t)) return 0;
  return null;
}

/** Reads a cell with no expectation: numbers, numbers with units, flags, else text. */
export function readCell(value: CellValue | undefined): ParsedCell {
  if (value === null || value === undefined) return blank('');
  if (typeof value === 'boolean') {
    return { ok: true, value: new D(value ? 1 : 0), unit: '', kind: 'flag', sourceUnit: '', tolerance: new D(0), text: String(value), fromText: false };
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return bad(String(value), '不是有限数字');
    const literal = String(value);
    const written = new D(literal);
    // Exponent forms ("1e-7") carry no written decimals; the value itself is exact.
    const places = /e/i.test(literal) ? Math.max(0, written.decimalPlaces()) : decimalsOf(literal.replace('-', ''));
    return { ok: true, value: written, unit: '', kind: 'number', sourceUnit: '', written, tolerance: halfUlp(places), text: literal, fromText: false };
  }
  const raw = value;
  const text = normaliseChars(raw).trim();
  if (text === '') return blank(raw);
  const number = readNumberText(raw, text, true);
  if (number) return number;
  const flag = readFlag(text);
  if (flag !== null) {
    return { ok: true, value: new D(flag), unit: '', kind: 'flag', sourceUnit: '', tolerance: new D(0), text: raw, fromText: true };
  }
  return { ok: true, value: text, unit: '', kind: 'text', sourceUnit: '', tolerance: new D(0), text: raw, fromText: false };
}

const KIND_NAMES: Record<FigureKind, string> = {
  amount: '金额',
  rate: '百分比',
  count: '数量',
  flag: '是/否',
  category: '类别文字',
  score: '分数',
};

function negativeRefused(cell: ParsedOk, what: string): ParsedError {
  const accounting = /^\s*[(（]/.test(cell.text);
  return bad(cell.text, accounting ? `括号表示负数 ${(cell.value as Dec).toFixed()}，${what}不能为负数` : `${what}不能为负数`);
}

/** Tolerance of a host number in the unit of its reading (`scale` = reading ÷ stored number). */
function hostTolerance(kind: ValueKind, shown: ShownFormat | null, scale: Dec, stored: Dec, fromDigits: Dec): Dec {
  // a whole count is exact whatever format shows it
  if (kind === 'flag' || kind === 'text' || (kind === 'count' && stored.isInteger())) return new D(0);
  if (shown && shown.decimals !== null) return halfUlp(shown.decimals).times(new D(10).pow(-shown.shift)).times(scale);
  switch (kind) {
    case 'amount':
      return new D(AMOUNT_HALF_ULP).times(scale);
    case 'rate':
      return new D(RATE_HALF_ULP);
    case 'count':
      return new D(0);
    case 'score':
      return new D(SCORE_HALF_ULP);
    default:
      return fromDigits.times(scale);
  }
}

/**
 * A number as the host stored it, read with its number format (null/undefined: the host gave none)
 * and the unit written beside it.
 */
function parseHostNumber(value: number, expect: FigureKind | undefined, hint: string, format: string | null | undefined): ParsedCell {
  const cell = readCell(value);
  if (!cell.ok) return cell;
  const stored = cell.value as Dec;
  const shown = readNumberFormat(format, value);
  // reading = stored × scale, in `unit`
  const r: { kind: ValueKind; unit: string; sourceUnit: string; scale: Dec; assumed: boolean } = {
    kind: 'number',
    unit: '',
    sourceUnit: '',
    scale: new D(1),
    assumed: false,
  };
  const asRate = (points: boolean): void => {
    r.kind = 'rate';
    r.unit = '%';
    r.sourceUnit = points || shown?.percent ? '%' : '';
    if (points) r.scale = new D('0.01');
  };
  // a format without % beside a % unit shows percentage points (1.23 → 1.23%); with no format, guess by size
  const fractionOrPoints = (): void => {
    if (shown && !shown.percent && hint === '%') asRate(true);
    else if (stored.abs().gt(RATE_AS_POINTS_ABOVE)) asRate(true);
    else {
      asRate(false);
      r.assumed = !stored.isZero();
    }
  };
  if (shown?.percent) asRate(false);
  else if (hint === '%') fractionOrPoints();
  else if (amountFactor(hint) !== undefined) Object.assign(r, { kind: 'amount', unit: '万元', sourceUnit: hint, scale: new D(amountFactor(hint) as string) });
  else if (hint === '分') Object.assign(r, { kind: 'score', unit: '分', sourceUnit: hint });
  else if (hint !== '' && COUNT_UNIT.test(hint)) {
    const { base, factor } = countUnit(hint);
    Object.assign(r, { kind: 'count', unit: base, sourceUnit: hint, scale: new D(factor) });
  }
  if (expect !== undefined) {
    const label = KIND_NAMES[expect];
    switch (expect) {
      case 'amount':
        if (r.kind === 'number') Object.assign(r, { kind: 'amount', unit: '万元' });
        else if (r.kind !== 'amount') return bad(cell.text, `应为${label}（万元）`);
        break;
      case 'rate':
        if (r.kind === 'number') fractionOrPoints();
        else if (r.kind !== 'rate') return bad(cell.text, `应为${label}`);
        break;
      case 'count':
      case 'score':
        if (r.kind !== 'count' && r.kind !== 'score' && r.kind !== 'number') return bad(cell.text, `应为${label}`);
        r.kind = expect;
        r.unit = r.unit || (expect === 'score' ? '分' : '');
        break;
      case 'flag':
        if (r.kind !== 'number' || !(stored.eq(0) || stored.eq(1))) return bad(cell.text, '应填“是”或“否”');
        r.kind = 'flag';
        break;
      case 'category':
        return { ...cell, kind: 'text', value: cell.text };
    }
  }
  const reading = stored.times(r.scale);
  const out: ParsedOk = {
    ...cell,
    value: reading,
    unit: r.unit,
    kind: r.kind,
    sourceUnit: r.sourceUnit,
    tolerance: hostTolerance(r.kind, shown, r.scale, stored, cell.tolerance),
  };
  if (r.assumed && r.kind === 'rate') out.rateScaleAssumed = true;
  if (r.kind === 'count' && reading.isNegative()) return negativeRefused(out, '数量');
  return out;
}

/**
 * Reads a cell as a figure of the expected kind. `unitHint` is the unit written in the next column
 * (元 / 万元 / 亿元 / % / 人…), applied when the value itself carries none. `numberFormat` is the
 * cell's number format as the host reported it (undefined or null when it reported none); it decides
 * a host number's rounding tolerance and, beside a % unit, whether it is a fraction or percentage points.
 */
export function parseCell(value: CellValue | undefined, expect?: FigureKind, unitHint?: string, numberFormat?: string | null): ParsedCell {
  const hint = unitHint ? normaliseLabel(unitHint).replace('％', '%') : '';
  if (typeof value === 'number') return parseHostNumber(value, expect, hint, numberFormat);
  let cell = readCell(value);
  if (cell.ok && cell.kind === 'number' && hint !== '' && cell.written) {
    const literal = cell.written.toFixed();
    if (hint === '%') {
      // text "1.23" beside a % unit is 1.23%, as written
      const asText = readNumberText(cell.text, `${literal}%`, cell.fromText);
      if (asText && asText.ok) cell = { ...asText, tolerance: cell.tolerance.dividedBy(100), text: cell.text };
    } else if (amountFactor(hint) !== undefined || hint === '分' || COUNT_UNIT.test(hint)) {
      const asText = readNumberText(cell.text, `${literal}${hint}`, cell.fromText);
      if (asText && asText.ok) cell = { ...asText, tolerance: cell.tolerance.times(amountFactor(hint) ?? countUnit(hint).factor), text: cell.text, fromText: cell.fromText };
    }
  }
  if (!cell.ok || expect === undefined) return cell;
  const label = KIND_NAMES[expect];
  switch (expect) {
    case 'amount':
      if (cell.kind === 'amount') return cell;
      if (cell.kind === 'number') return { ...cell, kind: 'amount', unit: '万元' };
      return bad(cell.text, `应为${label}（万元）`);
    case 'rate':
      if (cell.kind === 'rate') return cell;
      if (cell.kind === 'number') {
        const v = cell.value as Dec;
        // Without a % sign, a value above 1.5 is read as percentage points (98.6 → 98.6%).
        if (v.abs().gt(RATE_AS_POINTS_ABOVE)) return { ...cell, kind: 'rate', unit: '%', value: v.dividedBy(100), tolerance: cell.tolerance.dividedBy(100) };
        return { ...cell, kind: 'rate', unit: '%' };
      }
      return bad(cell.text, `应为${label}`);
    case 'count':
    case 'score':
      if (cell.kind === 'count' || cell.kind === 'score' || cell.kind === 'number') {
        if (expect === 'count' && (cell.value as Dec).isNegative()) return negativeRefused(cell, '数量');
        return { ...cell, kind: expect, unit: cell.unit || (expect === 'score' ? '分' : '') };
      }
      return bad(cell.text, `应为${label}`);
    case 'flag':
      if (cell.kind === 'flag') return cell;
      if (cell.kind === 'number' && ((cell.value as Dec).eq(0) || (cell.value as Dec).eq(1))) return { ...cell, kind: 'flag', tolerance: new D(0) };
      return bad(cell.text, '应填“是”或“否”');
    case 'category':
      return { ...cell, kind: 'text', value: normaliseChars(cell.text).trim() };
  }
  return cell;
}

/** A number cell (points, scores): number or numeric text; anything else is an error. */
export function parseNumberCell(value: CellValue | undefined): ParsedCell {
  const cell = readCell(value);
  if (!cell.ok) return cell;
  if (cell.kind === 'number' || cell.kind === 'score') return cell;
  return bad(cell.text, '应为数字');
}
