import type { Grade } from '../../engine/tree.types';
import type { TargetFinding, TargetFindingCode } from './targetFindings';

/**
 * The published 绩效目标审核 sheet (Zhengzhou; domain.md §9): 完整性 20, 相关性 30, 适当性 30, 可行性 20,
 * each checkpoint graded 优/良/中/差. The points are published; the domain reference names 目标相关性 and
 * 指标科学性 with two checkpoints each (7 + 8, 8 + 7) without their wording, so those four are numbered.
 */
export interface ReviewCheckpoint {
  /** 审核内容: 完整性, 相关性, 适当性, 可行性 */
  part: string;
  /** 审核要点 as printed on our review sheet */
  name: string;
  points: string;
  /** the automatic checks that bound this checkpoint's grade (only 完整性's; our interpretation) */
  bounds: readonly TargetFindingCode[];
  /** checks listed beside the judgement for the reviewer, without bounding it */
  informs: readonly TargetFindingCode[];
}

export const REVIEW_CHECKPOINTS: readonly ReviewCheckpoint[] = [
  { part: '完整性', name: '规范完整性', points: '10', bounds: ['TARGET_GOAL_MISSING', 'TARGET_VALUE_MISSING', 'TARGET_EFFECT_MISSING', 'TARGET_WEIGHT_SUM'], informs: [] },
  { part: '完整性', name: '明确清晰性', points: '10', bounds: ['TARGET_NOT_QUANTIFIED', 'TARGET_PHRASE'], informs: [] },
  { part: '相关性', name: '目标相关性①', points: '7', bounds: [], informs: [] },
  { part: '相关性', name: '目标相关性②', points: '8', bounds: [], informs: [] },
  { part: '相关性', name: '指标科学性①', points: '8', bounds: [], informs: [] },
  { part: '相关性', name: '指标科学性②', points: '7', bounds: [], informs: [] },
  { part: '适当性', name: '绩效合理性', points: '15', bounds: [], informs: ['TARGET_BELOW_LAST_YEAR'] },
  { part: '适当性', name: '资金匹配性', points: '15', bounds: [], informs: ['TARGET_COST_ABOVE_BUDGET'] },
  { part: '可行性', name: '实现可能性', points: '10', bounds: [], informs: [] },
  { part: '可行性', name: '条件充分性', points: '10', bounds: [], informs: [] },
];

/**
 * The highest grade a 完整性 checkpoint may get after the automatic checks: none found → 优; 1–2 → 良;
 * 3–4 → 中; 5 or more → 差. The counts are our interpretation; the published sheet grades by judgement.
 */
export function highestGrade(found: number): Grade {
  if (found === 0) return '优';
  if (found <= 2) return '良';
  if (found <= 4) return '中';
  return '差';
}

/** The findings that bound a checkpoint, and those listed beside it. */
export function findingsFor(checkpoint: ReviewCheckpoint, findings: readonly TargetFinding[]): { bounding: TargetFinding[]; informing: TargetFinding[] } {
  return {
    bounding: findings.filter((f) => checkpoint.bounds.includes(f.code)),
    informing: findings.filter((f) => checkpoint.informs.includes(f.code)),
  };
}
