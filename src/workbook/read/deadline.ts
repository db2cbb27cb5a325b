import { normaliseChars } from './cellValue';

/**
 * Deadline and date targets of the project form ("≤12月31日", "9月前", "2023年10月", "2021年12月完成",
 * "2019年") and the dates written as their actuals. A deadline is read as the last day it allows, so
 * "2023年10月" is met by any day of October 2023. Text that names no date ("在项目计划完成时间内完成")
 * is not a deadline: it stays for the unit's judgement.
 */

export interface DeadlineDate {
  /** null when the text gives no year ("9月前"): the other side's year is used */
  year: number | null;
  month: number | null;
  day: number | null;
}

const DATE =
  /^(?:≤|<=|<|不晚于|截至|截止)?\s*(?:(\d{4})\s*[年.\-/])?\s*(?:(\d{1,2})\s*[月.\-/]?)?\s*(?:(\d{1,2})\s*[日号]?)?\s*(?:底|末|中旬|上旬|下旬)?\s*(?:前|之前|以前|内|底前)?\s*(?:完成|完工|办结|全部完成)?$/;

export function readDeadline(text: string): DeadlineDate | null {
  const t = normaliseChars(text).replace(/\s+/g, '');
  if (t === '') return null;
  const m = DATE.exec(t);
  if (!m) return null;
  const [, y, mo, d] = m;
  // a bare number is a count, not a date; a year needs its 年, a month its 月
  if (!/年|月/.test(t)) return null;
  if (y === undefined && mo === undefined) return null;
  const month = mo !== undefined ? Number(mo) : null;
  const day = d !== undefined ? Number(d) : null;
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && (day < 1 || day > 31 || month === null)) return null;
  return { year: y !== undefined ? Number(y) : null, month, day };
}

/** The last day a reading allows, as yyyymmdd: a month runs to its 31st, a year to 12月31日. */
function latest(d: DeadlineDate, year: number): number {
  return year * 10000 + (d.month ?? 12) * 100 + (d.day ?? 31);
}

/**
 * Whether an actual date meets a deadline: met when its last day is not after the deadline's. Null
 * when they cannot be compared (neither side gives a year, or a month is compared with a bare year's
 * months in a way that is not one order).
 */
export function deadlineMet(target: DeadlineDate, actual: DeadlineDate): boolean | null {
  const year = target.year ?? actual.year;
  if (year === null) {
    if (target.month === null || actual.month === null) return null;
    return latest(actual, 0) <= latest(target, 0);
  }
  return latest(actual, actual.year ?? year) <= latest(target, target.year ?? year);
}
