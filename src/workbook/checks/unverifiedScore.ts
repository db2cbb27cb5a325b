import type { Warning } from './finding';
import { type Check, leafCell, leafName, warning } from './context';
import { num2 } from './format';

/**
 * UNVERIFIED_SCORE: a typed score carried into the totals although the rule failed on it (a judged part
 * out of range, a figure of the wrong kind). Missing figures are already said by MISSING_INPUT, and a
 * typed score outside [0, 分值] by SCORE_OUT_OF_RANGE. A typed score the rule proves impossible is
 * carried at the nearest score the rule allows, and the finding says so.
 */
export const unverifiedScore: Check = (ctx) => {
  const out: Warning[] = [];
  for (const leaf of ctx.layout.leaves) {
    const scored = ctx.leafByRef.get(leaf.ref);
    if (!scored || !scored.unverified || scored.score === null || scored.status === 'missing-input') continue;
    const typed = scored.typedScore;
    if (typed !== null && (typed.isNegative() || typed.gt(scored.max))) continue;
    const why = scored.message ?? '规则无法计算';
    const text =
      typed !== null && !typed.eq(scored.score)
        ? `${leafName(leaf)}计入合计的 ${num2(scored.score)} 分未经核验：填报得分 ${num2(typed)} 按规则不可能成立，已改按本项可得的最接近分数计`
        : `${leafName(leaf)}填报得分 ${num2(scored.score)} 未经核验（${why}），已计入合计`;
    out.push(warning('UNVERIFIED_SCORE', 'info', leaf.sheet, leafCell(leaf), text));
  }
  return out;
};
