import type { Warning } from './finding';
import { type Check, warning } from './context';

/** DATE_NUMBER_MIXED: a date typed where a number belongs, or a number in a date-formatted cell; not used. */
export const dateNumberMixed: Check = (ctx) => {
  const out: Warning[] = [];
  for (const s of ctx.reading?.suspects ?? []) if (s.code === 'DATE_NUMBER_MIXED') out.push(warning('DATE_NUMBER_MIXED', s.severity, s.sheet, s.address, s.message));
  return out;
};
