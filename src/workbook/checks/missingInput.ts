import type { Warning } from '../analysis.types';
import { type Check, figureLabel, leafCell, leafName, warning } from './context';
import { num2 } from './format';

/** MISSING_INPUT: a known rule whose figures are not in the workbook; names the figures and the leaf. */
export const missingInput: Check = (ctx) => {
  const out: Warning[] = [];
  for (const leaf of ctx.layout.leaves) {
    const scored = ctx.leafByRef.get(leaf.ref);
    if (!scored || scored.status !== 'missing-input') continue;
    const names = [...new Set(scored.missing.map((id) => `“${figureLabel(ctx, id)}”`))].join('、');
    const tail =
      scored.score !== null
        ? `已按填报得分 ${num2(scored.score)} 计入合计，但未经核验`
        : '且没有填报得分，本指标及其上级合计不完整';
    out.push(warning('MISSING_INPUT', 'warning', leaf.sheet, leafCell(leaf), `${leafName(leaf)}缺少基础数据 ${names}，无法按规则计算；${tail}`));
  }
  return out;
};
