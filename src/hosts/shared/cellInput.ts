import type { CellValue } from '../../workbook/port';

/**
 * Text a spreadsheet would not keep as written, were it typed: read as a formula (= + - @), a number
 * ("007" loses its zeros, "1,234"), a percentage ("12%"), a date ("2025-03-01", "2025/3/1",
 * "2025.03.01"), TRUE/FALSE, or text whose leading apostrophe would be taken as the text prefix. Excel
 * and WPS both get such text with the prefix, so a plan's text stays text in either host.
 */
const CONVERTED_TEXT = [
  /^[=+\-@']/,
  /^\s*[-+]?(\d[\d,]*\.?\d*|\.\d+)([eE][-+]?\d+)?%?\s*$/,
  /^\s*\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?\s*$/,
  /^\s*(true|false)\s*$/i,
];

/** A plan's value as a host is given it: text it would convert gets the text prefix; null clears the cell. */
export function cellInput(value: CellValue): string | number | boolean {
  if (value === null) return ''; // "" clears; null would leave the cell unchanged
  if (typeof value === 'string' && CONVERTED_TEXT.some((re) => re.test(value))) return `'${value}`;
  return value;
}
