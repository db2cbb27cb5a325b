import type { Warning } from './finding';
import { type Check, leafCell, leafName, warning } from './context';
import { num2 } from './format';

/**
 * SCORE_OUT_OF_RANGE: a typed leaf score above its points or below 0. When the typed score is what the
 * totals carry (a judgement, or a rule that could not compute), a score above the 分值 is carried capped
 * at it; a negative one is carried nowhere until it is fixed.
 */
export const scoreRange: Check = (ctx) => {
  const out: Warning[] = [];
  for (const leaf of ctx.layout.leaves) {
    const t = leaf.typedScore;
    if (t === null || leaf.pointsSource === 'invalid') continue;
    const scored = ctx.leafByRef.get(leaf.ref);
    const carried = scored && scored.unverified && scored.score !== null ? `，已按 ${num2(scored.score)} 分计入合计（未经核验）` : '';
    if (t.isNegative()) {
      const left = scored && scored.score === null ? '，该指标未计入合计，请更正' : '';
      out.push(warning('SCORE_OUT_OF_RANGE', 'error', leaf.sheet, leafCell(leaf), `工作表“${leaf.sheet}”${leafCell(leaf)} 的${leafName(leaf)}得分 ${num2(t)} 低于 0 分${left}`));
    } else if (t.gt(leaf.points)) {
      out.push(warning('SCORE_OUT_OF_RANGE', 'error', leaf.sheet, leafCell(leaf), `${leafName(leaf)}得分 ${num2(t)} 超过分值 ${num2(leaf.points)}${carried}`));
    }
  }
  return out;
};
