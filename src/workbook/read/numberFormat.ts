/**
 * What a cell's number format says about the figure it shows: whether the stored number is shown as
 * a percentage (stored 0.9 shows as 90.00%), how many decimals are shown, and any thousands scaling
 * ("#,##0," shows 1402000 as 1,402). Only what reading figures needs: formats that fix no number of
 * decimals (General / G/通用格式, text @, dates, times, scientific, fractions) report `decimals: null`.
 */

export interface ShownFormat {
  /** the format shows the stored number as a percentage: the stored number is a fraction */
  percent: boolean;
  /** decimals shown, or null when the format fixes none */
  decimals: number | null;
  /** the shown number is the stored number × 10^shift (2 per %, −3 per scaling comma) */
  shift: number;
}

const GENERAL: ShownFormat = { percent: false, decimals: null, shift: 0 };

/** Split a format into its ;-sections, leaving quoted text and escaped characters alone. */
function sections(format: string): string[] {
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < format.length; i += 1) {
    const ch = format.charAt(i);
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      const stop = end < 0 ? format.length : end + 1;
      current += format.slice(i, stop);
      i = stop - 1;
    } else if (ch === '\\' || ch === '_' || ch === '*') {
      current += format.slice(i, i + 2);
      i += 1;
    } else if (ch === ';') {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out;
}

/** The codes of one section, without literals: quoted text, \x, _x, *x and [colour/locale/condition]. */
function codes(section: string): string {
  let out = '';
  for (let i = 0; i < section.length; i += 1) {
    const ch = section.charAt(i);
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      i = end < 0 ? section.length : end;
    } else if (ch === '\\' || ch === '_' || ch === '*') i += 1;
    else if (ch === '[') {
      const end = section.indexOf(']', i + 1);
      i = end < 0 ? section.length : end;
    } else out += ch;
  }
  return out;
}

/**
 * Reads a number format for a stored value (its sign picks the section). Returns null when there is
 * no format information at all (null, undefined or empty), so callers can tell "unknown" from General.
 */
export function readNumberFormat(format: string | null | undefined, value = 0): ShownFormat | null {
  if (format === null || format === undefined || format.trim() === '') return null;
  const parts = sections(format);
  const conditional = parts.some((p) => /\[[<>=]/.test(p));
  let section = parts[0];
  if (!conditional && value < 0 && parts.length >= 2 && parts[1].trim() !== '') section = parts[1];
  else if (!conditional && value === 0 && parts.length >= 3 && parts[2].trim() !== '') section = parts[2];
  const code = codes(section);
  const percents = (code.match(/%/g) ?? []).length;
  if (/general|通用/i.test(section) || code.includes('@')) return { ...GENERAL, percent: percents > 0, shift: 2 * percents };
  // dates and times, scientific notation, fractions: no fixed decimals of the figure itself
  if (/[ymdhs]|AM\/PM|A\/P/i.test(code) || /E[+-]/i.test(code) || /[0#?]\s*\/\s*[0-9#?]/.test(code)) return GENERAL;
  const placeholders = /[0#?]/;
  if (!placeholders.test(code)) return { ...GENERAL, percent: percents > 0, shift: 2 * percents };
  const dot = code.indexOf('.');
  const decimals = dot < 0 ? 0 : (code.slice(dot + 1).match(/[0#?]/g) ?? []).length;
  let last = -1;
  for (let i = 0; i < code.length; i += 1) if (placeholders.test(code.charAt(i))) last = i;
  const scaling = (/^,+/.exec(code.slice(last + 1)) ?? [''])[0].length;
  return { percent: percents > 0, decimals, shift: 2 * percents - 3 * scaling };
}
