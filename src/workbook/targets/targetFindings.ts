import type { Warning } from '../checks';

/**
 * The findings of a 绩效目标表 review, with their Chinese names. They are the room's own catalogue: a
 * target form is not a scored table, so its findings never mix with a self-evaluation's.
 */
export const TARGET_FINDINGS = {
  TARGET_GOAL_MISSING: '总体目标或年度目标未填',
  TARGET_VALUE_MISSING: '指标值未填',
  TARGET_NOT_QUANTIFIED: '定量指标缺少数值、符号或单位',
  TARGET_PHRASE: '应为数值的指标填写了定性表述',
  TARGET_WEIGHT_SUM: '权重合计与上级不符',
  TARGET_EFFECT_MISSING: '缺少效益或满意度指标',
  TARGET_COST_ABOVE_BUDGET: '成本指标高于预算',
  TARGET_BELOW_LAST_YEAR: '目标低于上年实际（目标偏低）',
} as const satisfies Record<string, string>;

export type TargetFindingCode = keyof typeof TARGET_FINDINGS;

/** A finding about a 绩效目标表: a check's finding (severity, sheet, cell or null, Chinese message) with its own code. */
export type TargetFinding = Omit<Warning, 'code'> & { code: TargetFindingCode };
