import { sheetCell } from '../../read';
import type { TargetFinding } from '../targetFindings';
import type { TargetSheet } from '../targetSheet.types';

/** 总体目标 (and 年度目标 where the form prints one) must be written out: the form's first required part. */
export function goalMissing(target: TargetSheet): TargetFinding[] {
  const out: TargetFinding[] = [];
  const at = (code: 'TARGET_GOAL_MISSING', address: string | null, message: string) => out.push({ code, severity: 'error', sheet: target.sheet, address, message });
  if (target.overall === null && target.annual === null) {
    at('TARGET_GOAL_MISSING', null, `工作表“${target.sheet}”中找不到总体目标或年度目标（应在指标表上方填写）。`);
    return out;
  }
  for (const goal of [target.overall, target.annual]) {
    if (goal !== null && goal.text.trim() === '') at('TARGET_GOAL_MISSING', goal.cell, `${sheetCell(target.sheet, goal.cell)}：${goal.label}未填写。`);
  }
  return out;
}
