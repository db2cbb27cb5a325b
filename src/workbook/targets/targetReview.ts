import { checkpointBand, judgeCheckpoint } from '../../engine/checkpointGrade';
import { D, sum, type Dec } from '../../engine/decimal';
import { gradeOf } from '../../engine/grade';
import type { Grade } from '../../engine/tree.types';
import { cellText, cellValue, normaliseLabel, readCell, sheetCell, toA1 } from '../read';
import type { SheetSnapshot, WorkbookSnapshot } from '../port';
import { findingsFor, highestGrade, REVIEW_CHECKPOINTS, type ReviewCheckpoint } from './reviewCheckpoints';
import { COL, FIRST_CHECKPOINT_ROW, REVIEW_MARKER, REVIEW_SHEET } from './reviewSheetLayout';
import type { TargetFinding } from './targetFindings';
import type { TargetSheet } from './targetSheet.types';

/** One checkpoint as judged: what the reviewer typed, the bound from the checks, and the score or why not. */
export interface CheckpointResult {
  checkpoint: ReviewCheckpoint;
  points: Dec;
  /** the highest grade the automatic checks allow */
  highest: Grade;
  /** the findings that set `highest`, and those listed beside the judgement */
  bounding: TargetFinding[];
  informing: TargetFinding[];
  typed: { grade: string | null; score: string | null; row: number | null };
  /** scored, or pending (nothing typed yet), or refused with a Chinese message naming the cell */
  state: { kind: 'scored'; score: Dec; grade: Grade } | { kind: 'pending' } | { kind: 'refused'; message: string };
}

export interface TargetReview {
  /** the review sheet's name (existing or to be added) */
  sheet: string;
  /** true when the sheet exists and is ours */
  exists: boolean;
  checkpoints: CheckpointResult[];
  /** the total when every checkpoint is scored, else null */
  total: Dec | null;
  grade: Grade | null;
  /** Chinese, one per refused judgement */
  problems: string[];
}

/** Our review sheet for a target sheet: the one whose A1 is our marker and whose B2 names the target's sheet. */
export function findReviewSheet(snapshot: WorkbookSnapshot, target: TargetSheet): SheetSnapshot | undefined {
  return snapshot.sheets.find((s) => cellText(s, 0, 0) === REVIEW_MARKER && cellText(s, 1, 1) === target.sheet);
}

/** A free name for a new review sheet: 目标审核, then 目标审核2, 目标审核3… */
export function newReviewSheetName(snapshot: WorkbookSnapshot): string {
  const taken = new Set(snapshot.sheets.map((s) => s.name.toLowerCase()));
  if (!taken.has(REVIEW_SHEET)) return REVIEW_SHEET;
  for (let n = 2; ; n += 1) if (!taken.has(`${REVIEW_SHEET}${n}`)) return `${REVIEW_SHEET}${n}`;
}

function typedAt(sheet: SheetSnapshot | undefined, checkpoint: ReviewCheckpoint): CheckpointResult['typed'] {
  if (!sheet) return { grade: null, score: null, row: null };
  for (let r = FIRST_CHECKPOINT_ROW; r < sheet.values.length; r += 1) {
    if (normaliseLabel(cellText(sheet, r, COL.name)) !== checkpoint.name) continue;
    const grade = cellText(sheet, r, COL.grade);
    const score = cellValue(sheet, r, COL.score);
    return { grade: grade === '' ? null : grade, score: score === null || String(score).trim() === '' ? null : String(score).trim(), row: r };
  }
  return { grade: null, score: null, row: null };
}

/**
 * The review of one 绩效目标表: each checkpoint's judgement as typed on our review sheet, checked
 * against its grade band and the bound the automatic checks set, and the total once all are scored.
 */
export function reviewTargets(snapshot: WorkbookSnapshot, target: TargetSheet, findings: readonly TargetFinding[]): TargetReview {
  const sheet = findReviewSheet(snapshot, target);
  const name = sheet?.name ?? newReviewSheetName(snapshot);
  const problems: string[] = [];
  const checkpoints = REVIEW_CHECKPOINTS.map((checkpoint): CheckpointResult => {
    const points = new D(checkpoint.points);
    const { bounding, informing } = findingsFor(checkpoint, findings);
    const highest = highestGrade(bounding.length);
    const typed = typedAt(sheet, checkpoint);
    const base = { checkpoint, points, highest, bounding, informing, typed };
    if (typed.grade === null && typed.score === null) return { ...base, state: { kind: 'pending' } };
    const where = typed.row === null ? name : sheetCell(name, toA1(typed.row, COL.score));
    let score: Dec | null = null;
    if (typed.score !== null) {
      const cell = readCell(typed.score);
      if (!cell.ok || cell.kind !== 'number') {
        const message = `${where}「${checkpoint.name}」：得分“${typed.score}”不是数字。`;
        problems.push(message);
        return { ...base, state: { kind: 'refused', message } };
      }
      score = cell.value as Dec;
    }
    const judged = judgeCheckpoint(points, typed.grade, score, highest);
    if (!judged.ok) {
      const message = `${where}「${checkpoint.name}」：${judged.message}。`;
      problems.push(message);
      return { ...base, state: { kind: 'refused', message } };
    }
    return { ...base, state: { kind: 'scored', score: judged.score, grade: judged.grade } };
  });
  const scored = checkpoints.flatMap((c) => (c.state.kind === 'scored' ? [c.state.score] : []));
  const total = scored.length === checkpoints.length ? sum(scored) : null;
  return { sheet: name, exists: sheet !== undefined, checkpoints, total, grade: total === null ? null : gradeOf(total), problems };
}

/** "9.00–10.00" style band of the highest grade allowed, for the sheet and the CLI. */
export function highestText(result: CheckpointResult): string {
  const { max } = checkpointBand(result.highest, result.points);
  return result.highest === '优' ? '优' : `${result.highest}（低于 ${max.toFixed(2)} 分）`;
}
