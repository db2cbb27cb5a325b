import type { Warning } from '../analysis.types';
import { type Check, leafCell, leafName, warning } from './context';
import { num2 } from './format';

/** SCORE_OUT_OF_RANGE: a typed leaf score above its points or below 0. */
export const scoreRange: Check = (ctx) => {
  const out: Warning[] = [];
  for (const leaf of ctx.layout.leaves) {
    const t = leaf.typedScore;
    if (t === null) continue;
    if (t.isNegative()) {
      out.push(warning('SCORE_OUT_OF_RANGE', 'error', leaf.sheet, leafCell(leaf), `${leafName(leaf)}得分 ${num2(t)} 低于 0 分`));
    } else if (t.gt(leaf.points)) {
      out.push(warning('SCORE_OUT_OF_RANGE', 'error', leaf.sheet, leafCell(leaf), `${leafName(leaf)}得分 ${num2(t)} 超过分值 ${num2(leaf.points)}`));
    }
  }
  return out;
};
