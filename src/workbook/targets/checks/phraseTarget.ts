import type { TargetFinding } from '../targetFindings';
import type { TargetSheet } from '../targetSheet.types';
import { indicatorAt } from './where';

const OUTPUT: ReadonlySet<string> = new Set(['数量', '质量', '时效', '成本']);

/**
 * 产出 indicators (数量, 质量, 时效, 成本) are set as figures; a phrase ("优良", "有效提升") where a figure is
 * expected cannot be checked at year end. A date or a span of dates is a figure for 时效.
 */
export function phraseTarget(target: TargetSheet): TargetFinding[] {
  return target.indicators
    .filter((i) => OUTPUT.has(i.category) && i.value.kind === 'phrase')
    .map((i) => ({
      code: 'TARGET_PHRASE',
      severity: 'warning',
      sheet: target.sheet,
      address: i.valueCell,
      message: `${indicatorAt(target, i)}：${i.category}指标应以数值表述，填写的是定性表述“${i.value.text}”。`,
    }));
}
