import type { TargetFinding } from '../targetFindings';
import type { TargetIndicator, TargetSheet } from '../targetSheet.types';
import { indicatorAt } from './where';

/** Names that promise a figure: a rate, a degree of satisfaction, a count, an amount. */
const MEASURED_NAME = /(率|满意度|知晓度|覆盖面|人数|次数|户数|个数|数量|金额|天数|人次|数)$/;
const OUTPUT: ReadonlySet<string> = new Set(['数量', '质量', '时效', '成本']);

function missing(i: TargetIndicator): string[] {
  const v = i.value;
  if (v.kind === 'number') {
    const parts: string[] = [];
    if (v.sign === '') parts.push('符号（≥、≤ 或 =）');
    if (v.unit === '') parts.push('单位');
    return parts;
  }
  // a phrase in an output row is TARGET_PHRASE's; elsewhere a measured name without a figure lacks the number
  if (v.kind === 'phrase' && !OUTPUT.has(i.category) && MEASURED_NAME.test(i.name)) return ['数值'];
  return [];
}

/**
 * A quantitative indicator states a sign, a number and a unit ("≥95%", "≤250万元"): the platforms refuse
 * a target without a number, and reviewers mark a bare "10" or "10辆" as unclear about its direction.
 */
export function notQuantified(target: TargetSheet): TargetFinding[] {
  return target.indicators.flatMap((i): TargetFinding[] => {
    const parts = missing(i);
    if (parts.length === 0) return [];
    const written = i.value.text === '' ? '' : `“${i.value.text}”`;
    return [{ code: 'TARGET_NOT_QUANTIFIED', severity: 'warning', sheet: target.sheet, address: i.valueCell, message: `${indicatorAt(target, i)}：指标值${written}缺少${parts.join('、')}。` }];
  });
}
