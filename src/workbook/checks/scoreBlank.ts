import type { Warning } from './finding';
import { type Check, leafCell, leafName, warning } from './context';
import { num2 } from './format';

/** SCORE_BLANK: a leaf whose score cell is empty. Info when the rule computed it, else a warning. */
export const scoreBlank: Check = (ctx) => {
  const out: Warning[] = [];
  for (const leaf of ctx.layout.leaves) {
    if (!leaf.scoreBlank) continue;
    const scored = ctx.leafByRef.get(leaf.ref);
    if (scored && scored.status === 'scored' && scored.score !== null) {
      out.push(warning('SCORE_BLANK', 'info', leaf.sheet, leafCell(leaf), `${leafName(leaf)}未填得分，已按规则计算为 ${num2(scored.score)} 分`));
    } else {
      out.push(warning('SCORE_BLANK', 'warning', leaf.sheet, leafCell(leaf), `${leafName(leaf)}未填得分（分值 ${num2(leaf.points)}），且无法按规则计算`));
    }
  }
  // the 合计 / 总分 row's score left blank (a form published before it was scored)
  const total = ctx.layout.total;
  // (no number read and no unreadable text reported there: the cell is empty)
  if (total?.scoreAddress && total.statedScore === null && !ctx.issues.some((i) => i.sheet === total.sheet && i.address === total.scoreAddress)) {
    out.push(warning('SCORE_BLANK', 'warning', total.sheet, total.scoreAddress, `合计行得分未填；按各指标得分合计为 ${num2(ctx.scored.total)} 分`));
  }
  return out;
};
