import { roundHalfUp } from '../../engine/decimal';
import type { Warning } from './finding';
import { type Check, leafCell, leafName, warning } from './context';
import { num2 } from './format';

/**
 * A form that writes its scores to one decimal (Jishan 2021: 1.9, 1.4, 1.8; none with two): a typed
 * score equal to the computed one at one decimal is that score as the form writes it.
 */
function oneDecimalForm(ctx: Parameters<Check>[0]): boolean {
  const typed = ctx.layout.leaves.map((l) => l.typedScore).filter((t): t is NonNullable<typeof t> => t !== null);
  return typed.some((t) => t.decimalPlaces() === 1) && typed.every((t) => t.decimalPlaces() <= 1);
}

/** SELF_SCORE_DIFFERS: a typed score that differs from the one the rule computes (both shown). */
export const selfScoreDiffers: Check = (ctx) => {
  const out: Warning[] = [];
  const oneDecimal = oneDecimalForm(ctx);
  for (const leaf of ctx.layout.leaves) {
    const scored = ctx.leafByRef.get(leaf.ref);
    if (!scored || scored.status !== 'scored' || scored.score === null || leaf.typedScore === null) continue;
    const computed = roundHalfUp(scored.score);
    if (computed.eq(leaf.typedScore)) continue;
    const asWritten = oneDecimal && roundHalfUp(scored.computed ?? scored.score, 1).eq(leaf.typedScore);
    const how = scored.steps.map((s) => s.text).join('；');
    if (asWritten) {
      out.push(
        warning('SELF_SCORE_DIFFERS', 'info', leaf.sheet, leafCell(leaf), `${leafName(leaf)}自评得分 ${leaf.typedScore.toFixed(1)} 是计算结果 ${num2(computed)} 按本表一位小数的写法，视为一致`),
      );
      continue;
    }
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
