import { D, type Dec } from '../engine/decimal';
import { toHalfWidth } from '../engine/tiersText';
import type { FigureKind } from '../frameworks/types';
import type { CellValue } from './port';

/**
 * Cell values → exact decimals with their unit. Amounts are normalised to 万元 (元 ÷ 10000,
 * 亿元 × 10000), rates to fractions (98.70% → 0.987), flags to 1/0. Host numbers are read through
 * their shortest decimal text (String(n)) so no float arithmetic ever happens.
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
  万元: '1',
  百万元: '100',
  亿元: '10000',
};
const TRUE_WORDS = new Set(['是', '有', '√', '✓', '✔', '符合', '已完成', 'y', 'yes', 'true']);
const FALSE_WORDS = new Set(['否', '无', '×', '✗', '✘', 'x', '不符合', '未完成', 'n', 'no', 'false']);
// CJK ideographs as ranges, not \p{Script=Han}, so the bundle parses on ES2017 engines (older WPS).
const COUNT_UNIT = /^[\u3400-\u4dbf\u4e00-\u9fffA-Za-z²³/·]{1,6}$/;
const NUMBER = /^([+-]?)((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)(.*)$/;

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

function halfUlp(places: number): Dec {
  return new D(5).times(new D(10).pow(-(places + 1)));
}

/** The natural reading of a numeric text: number + optional unit. */
function readNumberText(raw: string, text: string, fromText: boolean): ParsedCell | null {
  const compact = text.replace(/\s+/g, '');
  const m = NUMBER.exec(compact);
  if (!m) return null;
  const literal = m[2].replace(/,/g, '');
  const written = new D(`${m[1]}${literal}`);
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
  const factor = AMOUNT_FACTORS[unit];
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
    return { ok: true, value: written, unit, kind: 'count', sourceUnit: unit, written, tolerance: halfUlp(places), text: raw, fromText: true };
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

/**
 * Reads a cell as a figure of the expected kind. `unitHint` is the unit written in the next column
 * (元 / 万元 / 亿元 / % / 人…), applied when the value itself carries none.
 */
export function parseCell(value: CellValue | undefined, expect?: FigureKind, unitHint?: string): ParsedCell {
  let cell = readCell(value);
  const hint = unitHint ? normaliseLabel(unitHint) : '';
  if (cell.ok && cell.kind === 'number' && hint !== '' && cell.written) {
    const literal = cell.written.toFixed();
    if (hint === '%' || hint === '％') {
      // A host number beside a % unit is a fraction when small (Excel stores 98.7% as 0.987), else percentage points.
      if (!(typeof value === 'number' && cell.written.abs().lte(1.5))) {
        const asText = readNumberText(cell.text, `${literal}%`, cell.fromText);
        if (asText && asText.ok) cell = { ...asText, tolerance: cell.tolerance.dividedBy(100), text: cell.text };
      } else {
        cell = { ...cell, kind: 'rate', unit: '%', sourceUnit: '' };
      }
    } else if (AMOUNT_FACTORS[hint] !== undefined || hint === '分' || COUNT_UNIT.test(hint)) {
      const asText = readNumberText(cell.text, `${literal}${hint}`, cell.fromText);
      if (asText && asText.ok) cell = { ...asText, tolerance: cell.tolerance.times(AMOUNT_FACTORS[hint] ?? '1'), text: cell.text, fromText: cell.fromText };
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
        if (v.abs().gt(1.5)) return { ...cell, kind: 'rate', unit: '%', value: v.dividedBy(100), tolerance: cell.tolerance.dividedBy(100) };
        return { ...cell, kind: 'rate', unit: '%' };
      }
      return bad(cell.text, `应为${label}`);
    case 'count':
    case 'score':
      if (cell.kind === 'count' || cell.kind === 'score' || cell.kind === 'number') {
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
  if (cell.kind === 'flag' && typeof value === 'boolean') return bad(cell.text, '应为数字');
  return bad(cell.text, '应为数字');
}
