/**
 * What Excel makes of text written through Range.values, as if typed: a number (leading zeros
 * dropped: "007" → 7), a percentage ("12%" → 0.12, shown 0%), a date ("2025-03-01" or "2025/3/1" → its
 * serial number, shown as a date), TRUE/FALSE → a boolean. Text is kept as written when the cell's
 * format is Text ("@") or the text starts with an apostrophe (which is not part of the value).
 */
import type { Scalar } from './model';

const NUMBER_TEXT = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const PERCENT_TEXT = /^([-+]?(\d+\.?\d*|\.\d+))%$/;
const DATE_TEXT = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;

/** Days since 1899-12-30, Excel's serial of a calendar date; null for a date that does not exist. */
function serial(y: number, m: number, d: number): number | null {
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return null;
  return Math.round((t - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** The value stored and, where Excel sets one, the number format it gives a General cell. */
export function typedText(text: string, format: string | undefined): { v: Scalar; nf?: string } {
  if (text.startsWith("'")) return { v: text.slice(1) };
  if (format === '@') return { v: text };
  const t = text.trim();
  if (NUMBER_TEXT.test(t)) return { v: Number(t) };
  const pct = PERCENT_TEXT.exec(t);
  if (pct) return { v: Number(pct[1]) / 100, nf: /\./.test(pct[1]) ? '0.00%' : '0%' };
  const date = DATE_TEXT.exec(t);
  const day = date ? serial(Number(date[1]), Number(date[2]), Number(date[3])) : null;
  if (day !== null) return { v: day, nf: 'yyyy/m/d' };
  if (/^(true|false)$/i.test(t)) return { v: t.toUpperCase() === 'TRUE' };
  return { v: text };
}
