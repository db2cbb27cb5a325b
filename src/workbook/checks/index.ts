import type { FindingCode, Warning } from './finding';
import type { Check, CheckContext } from './context';
import { badNumber } from './badNumber';
import { dateNumberMixed } from './dateNumberMixed';
import { figureAmbiguous } from './figureAmbiguous';
import { missingInput } from './missingInput';
import { numberAsText } from './numberAsText';
import { overAchievement } from './overAchievement';
import { partsSum } from './partsSum';
import { pointsDiffer } from './pointsDiffer';
import { pointsMissing } from './pointsMissing';
import { pointsNegative } from './pointsNegative';
import { pointsTotal } from './pointsTotal';
import { rateImplausible } from './rateImplausible';
import { rateInconsistent } from './rateInconsistent';
import { rateScaleAssumed } from './rateScaleAssumed';
import { reasonMissing } from './reasonMissing';
import { rowShifted } from './rowShifted';
import { ruleError } from './ruleError';
import { scoreBlank } from './scoreBlank';
import { scoreRange } from './scoreRange';
import { selfScoreDiffers } from './selfScoreDiffers';
import { sumMismatch } from './sumMismatch';
import { unitMismatch } from './unitMismatch';
import { unverifiedScore } from './unverifiedScore';

/** Every check, in the order findings are listed. */
export const CHECKS: { code: FindingCode; check: Check }[] = [
  { code: 'BAD_NUMBER', check: badNumber },
  { code: 'FIGURE_AMBIGUOUS', check: figureAmbiguous },
  { code: 'RATE_IMPLAUSIBLE', check: rateImplausible },
  { code: 'DATE_NUMBER_MIXED', check: dateNumberMixed },
  { code: 'SUM_MISMATCH', check: sumMismatch },
  { code: 'POINTS_TOTAL_NOT_100', check: pointsTotal },
  { code: 'ROW_SHIFTED', check: rowShifted },
  { code: 'SCORE_OUT_OF_RANGE', check: scoreRange },
  { code: 'POINTS_NEGATIVE', check: pointsNegative },
  { code: 'POINTS_MISSING', check: pointsMissing },
  { code: 'RULE_ERROR', check: ruleError },
  { code: 'SELF_SCORE_DIFFERS', check: selfScoreDiffers },
  { code: 'MISSING_INPUT', check: missingInput },
  { code: 'UNVERIFIED_SCORE', check: unverifiedScore },
  { code: 'SCORE_BLANK', check: scoreBlank },
  { code: 'REASON_MISSING', check: reasonMissing },
  { code: 'OVER_ACHIEVEMENT', check: overAchievement },
  { code: 'UNIT_MISMATCH', check: unitMismatch },
  { code: 'PARTS_SUM_MISMATCH', check: partsSum },
  { code: 'RATE_INCONSISTENT', check: rateInconsistent },
  { code: 'RATE_SCALE_ASSUMED', check: rateScaleAssumed },
  { code: 'POINTS_DIFFER', check: pointsDiffer },
  { code: 'NUMBER_AS_TEXT', check: numberAsText },
];

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** All findings, errors first, then by the order above. A check that throws is reported, never fatal. */
export function runChecks(ctx: CheckContext): Warning[] {
  const out: Warning[] = [];
  for (const { code, check } of CHECKS) {
    try {
      out.push(...check(ctx));
    } catch (e) {
      out.push({ code: 'CHECK_FAILED', severity: 'warning', sheet: ctx.layout.sheet, address: null, message: `检查 ${code} 未能完成：${e instanceof Error ? e.message : String(e)}` });
    }
  }
  return out.map((w, i) => ({ w, i })).sort((a, b) => ORDER[a.w.severity] - ORDER[b.w.severity] || a.i - b.i).map((x) => x.w);
}
export * from './finding';
