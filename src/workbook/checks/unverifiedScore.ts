import type { Warning } from './finding';
import { type Check, type CheckContext, leafCell, leafName, warning } from './context';
import { num2 } from './format';
import { saidElsewhere } from './missingInput';
import type { LeafLayout } from '../read';
import type { Dec } from '../../engine/decimal';

/**
 * UNVERIFIED_SCORE: a typed score carried into the totals although the rule failed on it (a judged part
 * out of range, a figure of the wrong kind, a row's own cell unreadable). Missing 基础数据 are already
 * said by MISSING_INPUT, and a
 * typed score outside [0, 分值] by SCORE_OUT_OF_RANGE. A typed score the rule proves impossible is
 * carried at the nearest score the rule allows, and the finding says so. A row whose 分值 the form does
 * not print is carried as typed, and the total then says it rests on such scores.
 */
export const unverifiedScore: Check = (ctx) => {
  const out: Warning[] = [];
  for (const leaf of ctx.layout.leaves) {
    const scored = ctx.leafByRef.get(leaf.ref);
    if (!scored || !scored.unverified || scored.score === null) continue;
    if (scored.status === 'missing-input') {
      // MISSING_INPUT names the figures it lacks; when every one is a cell named elsewhere (a word as the
      // 实际完成值), nothing yet says that the score counted is unverified
      if (scored.missing.every((id) => saidElsewhere(ctx, leaf, id))) out.push(unreadableInput(leaf, scored.missing, scored.score));
      continue;
    }
    if (scored.pointsUnknown) {
      out.push(warning('UNVERIFIED_SCORE', 'info', leaf.sheet, leafCell(leaf), `${leafName(leaf)}分值未知，填报得分 ${num2(scored.score)} 无从核验，已按填报计入合计`));
      continue;
    }
    const typed = scored.typedScore;
    if (typed !== null && (typed.isNegative() || typed.gt(scored.max))) continue;
    const why = scored.message ?? '规则无法计算';
    const text =
      typed !== null && !typed.eq(scored.score)
        ? `${leafName(leaf)}计入合计的 ${num2(scored.score)} 分未经核验：填报得分 ${num2(typed)} 按规则不可能成立，已改按本项可得的最接近分数计`
        : `${leafName(leaf)}填报得分 ${num2(scored.score)} 未经核验（${why}），已计入合计`;
    out.push(warning('UNVERIFIED_SCORE', 'info', leaf.sheet, leafCell(leaf), text));
  }
  return [...out, ...restsOnUnknownPoints(ctx)];
};

/** A row's score carried while the cells its rule needs hold no usable figure (each named by its own finding). */
function unreadableInput(leaf: LeafLayout, missing: string[], score: Dec): Warning {
  const row = `row${leaf.row + 1}.`;
  const cellOf = (id: string) => (id === `${row}actual` ? leaf.indicator?.actualAddress : id === `${row}target` ? leaf.indicator?.targetAddress : leaf.scoreAddress);
  const cells = [...new Set(missing.map(cellOf).filter((c): c is string => !!c))].map((c) => `${leaf.sheet}!${c}`);
  const seen = cells.length > 0 ? `（见 ${cells.join('、')} 的提示）` : '';
  return warning('UNVERIFIED_SCORE', 'info', leaf.sheet, leafCell(leaf), `${leafName(leaf)}计分所需的数据无法读取${seen}，填报得分 ${num2(score)} 未经核验，已计入合计`);
}

/** The total itself, once it carries scores of rows whose 分值 the form does not print. */
function restsOnUnknownPoints(ctx: CheckContext): Warning[] {
  const refs = ctx.scored.restsOnUnknownPoints ?? [];
  if (refs.length === 0) return [];
  const cells = refs.map((r) => r.replace(/^.*!/, ''));
  const listed = cells.length > 3 ? `${cells.slice(0, 3).join('、')} 等 ${cells.length} 处` : cells.join('、');
  return [
    warning(
      'UNVERIFIED_SCORE',
      'warning',
      ctx.layout.sheet,
      null,
      `总分 ${num2(ctx.scored.total)} 含 ${refs.length} 个分值未知指标的填报得分（${ctx.layout.sheet}!${listed}），未经核验；分值合计无法核对，等级按总分 ${num2(ctx.scored.total)} 评定为“${ctx.scored.grade}”，仅供参考`,
    ),
  ];
}
