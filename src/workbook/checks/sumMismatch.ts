import { D, sum, type Dec } from '../../engine/decimal';
import type { ScoredNode } from '../../engine/tree.types';
import type { Warning } from './finding';
import { type Check, warning } from './context';
import { num2 } from './format';
import { findGroup, leavesOf } from '../../engine/treeWalk';
import { isNationalProjectForm } from '../forms';

/**
 * SUM_MISMATCH: a group or 合计 row whose stated points or score disagree with the sum of its
 * children (seed 003: 合计 100 against scores summing to 95.82). Scores are 2-decimal figures, so a
 * difference within ±0.005 per child is only a rounding note.
 */

const HALF_CENT = new D('0.005');

/** Sum of the typed scores under a node; null when any leaf has none (a negative one is none: it is in no total). */
function typedSum(nodes: ScoredNode[]): { total: Dec; count: number } | null {
  const leaves = leavesOf(nodes);
  const typed: Dec[] = [];
  for (const l of leaves) {
    if (l.kind !== 'leaf' || l.typedScore === null || l.typedScore.isNegative()) return null;
    typed.push(l.typedScore);
  }
  return typed.length === 0 ? null : { total: sum(typed), count: typed.length };
}

/** A stated score against the sum it should equal: within ±0.005 per summed score (and the stated one's own) a rounding note. */
function compareScore(stated: Dec, computed: { total: Dec; count: number }, statedWhat: string, sumWhat: string, sheet: string, address: string): Warning[] {
  const diff = stated.minus(computed.total).abs();
  if (diff.isZero()) return [];
  const tolerance = HALF_CENT.times(computed.count + 1);
  const text = `${statedWhat} ${num2(stated)} 与${sumWhat} ${num2(computed.total)} 不符（相差 ${num2(diff)} 分）`;
  if (diff.lte(tolerance)) return [warning('SUM_MISMATCH', 'info', sheet, address, `${text}，在四舍五入误差范围内`)];
  return [warning('SUM_MISMATCH', 'error', sheet, address, text)];
}

export const sumMismatch: Check = (ctx) => {
  const out: Warning[] = [];
  const { layout, scored } = ctx;
  for (const g of layout.groups) {
    const node = findGroup(scored.roots, g.path);
    if (!node) continue;
    const what = `“${g.path[g.path.length - 1]}”`;
    if (g.statedPoints !== null && g.pointsAddress && !g.statedPoints.eq(node.childMax)) {
      out.push(
        warning('SUM_MISMATCH', 'error', g.sheet, g.pointsAddress, `${what}分值 ${num2(g.statedPoints)} 与下级指标分值之和 ${num2(node.childMax)} 不符（相差 ${num2(g.statedPoints.minus(node.childMax).abs())} 分）`),
      );
    }
    if (g.statedScore !== null && g.scoreAddress) {
      const typed = typedSum(node.children);
      if (typed) out.push(...compareScore(g.statedScore, typed, `${what}得分`, '下级得分之和', g.sheet, g.scoreAddress));
    }
  }
  const total = layout.total;
  if (total) {
    const leafMax = sum(leavesOf(scored.roots).map((l) => l.max));
    if (total.statedPoints !== null && total.pointsAddress && !total.statedPoints.eq(leafMax)) {
      out.push(
        warning('SUM_MISMATCH', 'error', total.sheet, total.pointsAddress, `合计行分值 ${num2(total.statedPoints)} 与各末级指标分值之和 ${num2(leafMax)} 不符（相差 ${num2(total.statedPoints.minus(leafMax).abs())} 分）`),
      );
    }
    if (total.statedScore !== null && total.scoreAddress) {
      const typed = typedSum(scored.roots);
      const basis = typed ?? { total: scored.total, count: leavesOf(scored.roots).length };
      const label = typed ? '各末级指标填报得分之和' : '各末级指标得分之和';
      out.push(...compareScore(total.statedScore, basis, '合计行得分', label, total.sheet, total.scoreAddress));
    }
  }
  // The national form: indicators carry 90 points beside the 10 of 预算执行率.
  if (isNationalProjectForm(ctx.framework) && layout.funds) {
    const indicatorMax = sum(layout.leaves.filter((l) => l.row !== layout.funds?.row || l.sheet !== layout.funds?.sheet).map((l) => l.points));
    if (!indicatorMax.eq(90) && layout.leaves.length > 1) {
      const first = layout.leaves.find((l) => l.row !== layout.funds?.row);
      out.push(
        warning('SUM_MISMATCH', 'warning', layout.sheet, first?.pointsAddress ?? null, `绩效指标分值合计 ${num2(indicatorMax)} 分，与规定的 90 分不符（预算执行率另计 10 分）`),
      );
    }
  }
  return out;
};
