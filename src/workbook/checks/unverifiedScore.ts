import type { Warning } from '../analysis.types';
import { type Check, leafCell, leafName, warning } from './context';
import { num2 } from './format';

/**
 * UNVERIFIED_SCORE: a typed score carried into the totals although the rule failed on it (a judged part
 * out of range, a figure of the wrong kind). Missing figures are already said by MISSING_INPUT.
 */
export const unverifiedScore: Check = (ctx) => {
  const out: Warning[] = [];
  for (const leaf of ctx.layout.leaves) {
    const scored = ctx.leafByRef.get(leaf.ref);
    if (!scored || !scored.unverified || scored.score === null || scored.status === 'missing-input') continue;
    const why = scored.message ?? '规则无法计算';
    out.push(warning('UNVERIFIED_SCORE', 'info', leaf.sheet, leafCell(leaf), `${leafName(leaf)}填报得分 ${num2(scored.score)} 未经核验（${why}），已计入合计`));
  }
  return out;
};
