import type { Warning } from './finding';
import { type Check, warning } from './context';

/** RATE_IMPLAUSIBLE: a rate read above 1000%: not used by any rule (the message is made where it was read). */
export const rateImplausible: Check = (ctx) => {
  const out: Warning[] = [];
  for (const s of ctx.reading?.suspects ?? []) if (s.code === 'RATE_IMPLAUSIBLE') out.push(warning('RATE_IMPLAUSIBLE', s.severity, s.sheet, s.address, s.message));
  return out;
};
