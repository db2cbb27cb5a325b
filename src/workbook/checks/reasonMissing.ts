import type { Warning } from './finding';
import { type Check, leafName, warning } from './context';
import { num2 } from './format';

/** REASON_MISSING: a leaf below full marks with an empty reason cell, where the layout has a reason column. */
export const reasonMissing: Check = (ctx) => {
  if (!ctx.layout.hasReasonColumn) return [];
  const out: Warning[] = [];
  for (const leaf of ctx.layout.leaves) {
    if (!leaf.reasonAddress || (leaf.reason ?? '') !== '') continue;
    const score = leaf.typedScore ?? ctx.leafByRef.get(leaf.ref)?.score ?? null;
    if (score === null || score.gte(leaf.points)) continue;
    out.push(
      warning('REASON_MISSING', 'warning', leaf.sheet, leaf.reasonAddress, `${leafName(leaf)}得分 ${num2(score)}，低于分值 ${num2(leaf.points)}（扣 ${num2(leaf.points.minus(score))} 分），但未填写偏差原因`),
    );
  }
  return out;
};
