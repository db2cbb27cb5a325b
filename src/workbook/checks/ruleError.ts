import type { Warning } from './finding';
import { type Check, leafCell, leafName, warning } from './context';

/**
 * Leaves the engine could not score (a judgement part out of its range, a qualitative score outside its
 * grade's band, a figure of the wrong kind): the engine's code and message. A typed score out of range
 * is already reported by SCORE_OUT_OF_RANGE.
 */
export const ruleError: Check = (ctx) => {
  const out: Warning[] = [];
  for (const leaf of ctx.layout.leaves) {
    const scored = ctx.leafByRef.get(leaf.ref);
    // a leaf out of every total for its 分值 cell is reported on that cell (BAD_NUMBER, POINTS_NEGATIVE)
    if (!scored || scored.status !== 'error' || leaf.pointsSource === 'invalid') continue;
    const typedOutOfRange = leaf.typedScore !== null && (leaf.typedScore.isNegative() || leaf.typedScore.gt(leaf.points));
    if (scored.errorCode === 'SCORE_OUT_OF_RANGE' && typedOutOfRange) continue;
    out.push(warning(scored.errorCode ?? 'RULE_ERROR', 'error', leaf.sheet, leafCell(leaf), `${leafName(leaf)}：${scored.message ?? '无法评分'}`));
  }
  return out;
};
