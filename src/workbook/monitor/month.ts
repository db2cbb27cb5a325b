import { normaliseChars } from '../read';

/**
 * The month a monitoring form's figures run to, read from its own headers ("1-7月执行数", "1至7月执行情况",
 * "1—7月"). The national notice (财预〔2019〕136号) asks for January to July figures, so a form that
 * names no month is read as 1–7月, and the reading says so.
 */
export const DEFAULT_MONTH = 7;

const RANGE = /(\d{1,2})\s*(?:-|—|–|~|～|至|到)\s*(\d{1,2})\s*月/;

/** The last month a text names as a 1–N月 range, or null. */
export function monthOf(text: string): number | null {
  const m = RANGE.exec(normaliseChars(text));
  if (!m) return null;
  const from = Number(m[1]);
  const to = Number(m[2]);
  return from === 1 && to >= 1 && to <= 12 ? to : null;
}
