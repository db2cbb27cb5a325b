import type { CellValue } from '../port';
import { isBlankValue } from '../read';

/**
 * Whether a cell still holds what a plan expects, as hosts store what they are given: shared by the
 * check of the cells a plan writes and of the cells it was computed from.
 */

/** What a cell holds: its value, and its formula when it has one. */
export interface CellContent {
  value: CellValue;
  formula: string | null;
}

const NUMBER_TEXT = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const PERCENT_TEXT = /^([-+]?(\d+\.?\d*|\.\d+))%$/;
const DATE_TEXT = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;

/** Excel's serial number of a calendar date (days since 1899-12-30); null for a date that does not exist. */
function dateSerial(y: number, m: number, d: number): number | null {
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return null;
  return Math.round((t - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/**
 * What Excel stores for text written into a General cell, as if typed: a number ("007" → 7), a
 * percentage ("12%" → 0.12), a date ("2025-03-01", "2025/3/1" → its serial), TRUE/FALSE; null when it
 * keeps the text. The strict Office.js fake stores written text by this same reading.
 */
export function excelStoredValue(text: string): { value: number | boolean; kind: 'number' | 'percent' | 'date' | 'boolean' } | null {
  const t = text.trim();
  if (NUMBER_TEXT.test(t)) return { value: Number(t), kind: 'number' };
  const pct = PERCENT_TEXT.exec(t);
  if (pct) return { value: Number(pct[1]) / 100, kind: 'percent' };
  const date = DATE_TEXT.exec(t);
  const day = date ? dateSerial(Number(date[1]), Number(date[2]), Number(date[3])) : null;
  if (day !== null) return { value: day, kind: 'date' };
  if (/^(true|false)$/i.test(t)) return { value: t.toUpperCase() === 'TRUE', kind: 'boolean' };
  return null;
}

/**
 * True when `found` is what a host makes of `expected` once written: text that reads as a number,
 * a percentage, a date or TRUE/FALSE is stored by Excel as that number or boolean; a leading
 * apostrophe is not part of the value; surrounding spaces do not count.
 */
function sameValue(expected: CellValue, found: CellValue): boolean {
  if (isBlankValue(expected) || isBlankValue(found)) return isBlankValue(expected) && isBlankValue(found);
  if (expected === found) return true;
  if (typeof expected === 'string' && typeof found === 'string') {
    const e = expected.startsWith("'") ? expected.slice(1) : expected;
    return e.trim() === found.trim();
  }
  const [text, other] = typeof expected === 'string' ? [expected.trim(), found] : typeof found === 'string' ? [found.trim(), expected] : [null, null];
  if (text === null) return false;
  const stored = excelStoredValue(text);
  if (!stored || typeof stored.value !== typeof other) return false;
  return stored.kind === 'percent' ? Math.abs((stored.value as number) - (other as number)) < 1e-12 : stored.value === other;
}

/** Formulas compare without regard to case or spaces (hosts tidy what they are given). */
function sameFormula(a: string, b: string): boolean {
  return a.replace(/\s+/g, '').toUpperCase() === b.replace(/\s+/g, '').toUpperCase();
}

/**
 * True when a cell's content is still what the plan expects: a formula is compared as a formula (its
 * value is whatever it calculates to now); a constant by its value, and the cell must hold no formula.
 */
export function sameContent(expected: CellContent, found: CellContent): boolean {
  if (expected.formula !== null) return found.formula !== null && sameFormula(expected.formula, found.formula);
  return found.formula === null && sameValue(expected.value, found.value);
}
