/**
 * What Excel makes of text written through Range.values, as if typed: a number (leading zeros
 * dropped: "007" → 7), a percentage ("12%" → 0.12, shown 0%), a date ("2025-03-01" or "2025/3/1" → its
 * serial number, shown as a date), TRUE/FALSE → a boolean. Text is kept as written when the cell's
 * format is Text ("@") or the text starts with an apostrophe (which is not part of the value).
 */
import type { Scalar } from './model';
import { excelStoredValue } from '../../../src/workbook/plan/sameContent';

/** The value stored and, where Excel sets one, the number format it gives a General cell. */
export function typedText(text: string, format: string | undefined): { v: Scalar; nf?: string } {
  if (text.startsWith("'")) return { v: text.slice(1) };
  if (format === '@') return { v: text };
  const stored = excelStoredValue(text);
  if (!stored) return { v: text };
  if (stored.kind === 'percent') return { v: stored.value, nf: /\./.test(text) ? '0.00%' : '0%' };
  if (stored.kind === 'date') return { v: stored.value, nf: 'yyyy/m/d' };
  return { v: stored.value };
}
