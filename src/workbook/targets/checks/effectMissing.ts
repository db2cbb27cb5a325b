import type { TargetFinding } from '../targetFindings';
import type { TargetCategory, TargetSheet } from '../targetSheet.types';

const REQUIRED: { category: TargetCategory; name: string; printed: RegExp }[] = [
  { category: '效益', name: '效益指标', printed: /效益|影响/ },
  { category: '满意度', name: '满意度指标', printed: /满意度/ },
];

/**
 * A target form needs at least one 效益 and one 满意度 indicator with a value. A project form always
 * asks for both (the national 绩效目标申报表 prints both parts); a 部门整体 form asks where it prints the
 * part. Which forms require them is our reading of the published templates.
 */
export function effectMissing(target: TargetSheet): TargetFinding[] {
  const out: TargetFinding[] = [];
  for (const { category, name, printed } of REQUIRED) {
    const filled = target.indicators.some((i) => i.category === category && i.value.kind !== 'blank');
    if (filled) continue;
    const isPrinted =
      target.emptySections.some((s) => s.category === category) ||
      target.indicators.some((i) => i.category === category) ||
      target.weightParents.some((p) => printed.test(p.name));
    if (target.kind === 'department' && !isPrinted) continue;
    out.push({ code: 'TARGET_EFFECT_MISSING', severity: 'error', sheet: target.sheet, address: null, message: `工作表“${target.sheet}”（${target.range}）：没有填写指标值的${name}，${target.kind === 'project' ? '项目' : '部门整体'}绩效目标应至少设置一项。` });
  }
  return out;
}
