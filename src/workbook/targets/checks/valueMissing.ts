import type { TargetFinding } from '../targetFindings';
import type { TargetSheet } from '../targetSheet.types';
import { indicatorAt } from './where';

/** An indicator named without a 指标值 cannot be reviewed or evaluated later. */
export function valueMissing(target: TargetSheet): TargetFinding[] {
  return target.indicators
    .filter((i) => i.value.kind === 'blank')
    .map((i) => ({ code: 'TARGET_VALUE_MISSING', severity: 'error', sheet: target.sheet, address: i.valueCell, message: `${indicatorAt(target, i)}：指标值未填写。` }));
}
