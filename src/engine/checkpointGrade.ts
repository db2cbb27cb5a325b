import { fixed, type Dec } from './decimal';
import type { Grade } from './tree.types';

/**
 * A review checkpoint graded 优/良/中/差, each grade a share of the checkpoint's points: 优 90–100%,
 * 良 80–89%, 中 60–79%, 差 59% and below (the published 绩效目标审核 sheet). The published bands stop at
 * whole per cents; a score between 89% and 90% of the points (8.95 of 10) is read as 良, one between
 * 59% and 60% as 差: the lower band runs up to the next band's floor (our interpretation).
 */

export const CHECKPOINT_GRADES: readonly Grade[] = ['优', '良', '中', '差'];

/** The lowest share of the points each grade allows. */
const FLOOR: Record<Grade, string> = { 优: '0.9', 良: '0.8', 中: '0.6', 差: '0' };

/** The scores a grade allows on a checkpoint of `points`: [min, max), max included for 优. */
export function checkpointBand(grade: Grade, points: Dec): { min: Dec; max: Dec } {
  const i = CHECKPOINT_GRADES.indexOf(grade);
  const min = points.times(FLOOR[grade]);
  const max = i === 0 ? points : points.times(FLOOR[CHECKPOINT_GRADES[i - 1]]);
  return { min, max };
}

/** The grade of a score on a checkpoint of `points` (the score already within 0…points). */
export function checkpointGradeOf(score: Dec, points: Dec): Grade {
  for (const grade of CHECKPOINT_GRADES) if (score.gte(checkpointBand(grade, points).min)) return grade;
  return '差';
}

export type CheckpointJudgement = { ok: true; score: Dec; grade: Grade } | { ok: false; message: string };

/**
 * A reviewer's judgement of one checkpoint: the score decides, a grade typed beside it must agree with
 * it, and a grade alone gives no score (a band is a range, not a figure). A highest grade bounds the
 * score where automatic checks found faults (良 allows up to, not including, 90% of the points).
 */
export function judgeCheckpoint(points: Dec, grade: string | null, score: Dec | null, highest: Grade = '优'): CheckpointJudgement {
  if (grade !== null && !CHECKPOINT_GRADES.includes(grade as Grade)) return { ok: false, message: `等级“${grade}”无效，应为优、良、中或差` };
  if (score === null) {
    return { ok: false, message: grade === null ? '未评分' : `已选等级“${grade}”，请填写得分（${grade}档为 ${bandText(grade as Grade, points)} 分）` };
  }
  if (!score.isFinite() || score.isNegative()) return { ok: false, message: `得分 ${score.toString()} 不能为负数` };
  if (score.gt(points)) return { ok: false, message: `得分 ${fixed(score)} 高于分值 ${fixed(points)}` };
  const derived = checkpointGradeOf(score, points);
  if (CHECKPOINT_GRADES.indexOf(derived) < CHECKPOINT_GRADES.indexOf(highest)) {
    return { ok: false, message: `得分 ${fixed(score)} 属${derived}档，自动检查发现问题后本项最高评为${highest}（${bandText(highest, points)} 分）` };
  }
  if (grade !== null && grade !== derived) {
    return { ok: false, message: `等级“${grade}”与得分 ${fixed(score)} 不符：${grade}档为 ${bandText(grade as Grade, points)} 分，该得分属${derived}档` };
  }
  return { ok: true, score, grade: derived };
}

/** "9.00–10.00" for 优 on 10 points, "8.00–<9.00" for 良. */
export function bandText(grade: Grade, points: Dec): string {
  const { min, max } = checkpointBand(grade, points);
  return grade === '优' ? `${fixed(min)}–${fixed(max)}` : `${fixed(min)}–<${fixed(max)}`;
}
