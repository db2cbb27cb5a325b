import { roundHalfUp } from '../../engine/decimal';
import type { Warning } from './finding';
import { type Check, leafCell, leafName, warning } from './context';
import { num2 } from './format';

/** SELF_SCORE_DIFFERS: a typed score that differs from the one the rule computes (both shown). */
export const selfScoreDiffers: Check = (ctx) => {
  const out: Warning[] = [];
  for (const leaf of ctx.layout.leaves) {
    const scored = ctx.leafByRef.get(leaf.ref);
    if (!scored || scored.status !== 'scored' || scored.score === null || leaf.typedScore === null) continue;
    const computed = roundHalfUp(scored.score);
    if (computed.eq(leaf.typedScore)) continue;
    const how = scored.steps.map((s) => s.text).join('；');
    out.push(
      warning(
        'SELF_SCORE_DIFFERS',
        'warning',
        leaf.sheet,
        leafCell(leaf),
        `${leafName(leaf)}自评得分 ${num2(leaf.typedScore)}，按规则计算为 ${num2(computed)}（相差 ${num2(leaf.typedScore.minus(computed).abs())} 分）${how ? `：${how}` : ''}`,
      ),
    );
  }
  return out;
};
