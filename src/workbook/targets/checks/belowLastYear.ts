import type { TargetFinding } from '../targetFindings';
import type { TargetSheet, TargetValue } from '../targetSheet.types';
import { indicatorAt } from './where';

/** Both sides in one unit: the same measure, and for bare numbers and counts the same unit as written. */
function comparable(a: TargetValue, b: TargetValue): boolean {
  if (a.kind !== 'number' || b.kind !== 'number' || a.value === null || b.value === null || a.measure !== b.measure) return false;
  return a.measure === 'rate' || a.measure === 'amount' || a.measure === 'score' || a.unit === b.unit || b.unit === '';
}

/**
 * Where the form gives last year's actual, a target that asks for less than was already achieved is set
 * too low: below it for a "≥" (or unsigned) target, above it for a "≤" target.
 */
export function belowLastYear(target: TargetSheet): TargetFinding[] {
  const out: TargetFinding[] = [];
  for (const i of target.indicators) {
    if (i.lastYear === null || !comparable(i.value, i.lastYear.value)) continue;
    const t = i.value.value!;
    const before = i.lastYear.value.value!;
    const reverse = i.value.direction === 'reverse';
    if (i.value.direction === 'equal') continue;
    if (reverse ? t.gt(before) : t.lt(before)) {
      out.push({
        code: 'TARGET_BELOW_LAST_YEAR',
        severity: 'warning',
        sheet: target.sheet,
        address: i.valueCell,
        message: `${indicatorAt(target, i)}：目标“${i.value.text}”${reverse ? '宽于' : '低于'}上年实际“${i.lastYear.value.text}”（${i.lastYear.cell}），目标可能偏低。`,
      });
    }
  }
  return out;
}
