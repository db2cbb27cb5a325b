import type { Warning } from './finding';
import type { LeafLayout } from '../read';
import { type Check, type CheckContext, figureLabel, leafCell, leafName, warning } from './context';
import { num2 } from './format';

/**
 * Ids a leaf may miss that are not 基础数据 and are already reported elsewhere: its own typed score
 * (a judgement's “得分”, a qualitative row's score) when the score cell is blank — SCORE_BLANK says so —
 * or holds text that is no number — BAD_NUMBER says so —; and a national row's 年度指标值 / 实际完成值 whose cell holds something unreadable or in another unit —
 * BAD_NUMBER or UNIT_MISMATCH names that cell.
 */
export function saidElsewhere(ctx: CheckContext, leaf: LeafLayout, id: string): boolean {
  const row = `row${leaf.row + 1}.`;
  if (id === '得分' || id === `${row}score`) {
    if (leaf.scoreBlank) return true;
    // a score cell holding text that is no number ("/") is named by BAD_NUMBER
    if (ctx.issues.some((i) => i.sheet === leaf.sheet && i.address === leaf.scoreAddress)) return true;
  }
  const ind = leaf.indicator;
  if (ind && id === `${row}actual` && ind.actualText !== '') return true;
  if (ind && id === `${row}target` && ind.targetText !== '') return true;
  return false;
}

/** MISSING_INPUT: a known rule whose figures are not in the workbook; names the figures and the leaf. */
export const missingInput: Check = (ctx) => {
  const out: Warning[] = [];
  for (const leaf of ctx.layout.leaves) {
    const scored = ctx.leafByRef.get(leaf.ref);
    if (!scored || scored.status !== 'missing-input') continue;
    const ids = [...new Set(scored.missing)].filter((id) => !saidElsewhere(ctx, leaf, id));
    if (ids.length === 0) continue;
    const names = [...new Set(ids.map((id) => `“${figureLabel(ctx, id)}”`))].join('、');
    const tail =
      scored.score !== null
        ? `已按填报得分 ${num2(scored.score)} 计入合计，但未经核验`
        : '且没有填报得分，本指标及其上级合计不完整';
    // an indicator row missing only its own 实际完成值 points at the cell to fill
    const actualOnly = leaf.indicator && ids.every((id) => id === `row${leaf.row + 1}.actual`);
    const cell = actualOnly && leaf.indicator ? leaf.indicator.actualAddress : leafCell(leaf);
    out.push(warning('MISSING_INPUT', 'warning', leaf.sheet, cell, `${leafName(leaf)}缺少基础数据 ${names}，无法按规则计算；${tail}`));
  }
  return out;
};
