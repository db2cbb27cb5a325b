import { D, percent } from '../../engine/decimal';
import type { Warning } from './finding';
import { type Check, leafName, warning } from './context';

/**
 * OVER_ACHIEVEMENT (national form, when the setting is on): actual ≥ threshold × target on a positive
 * indicator means the target was set too low, and the 偏差原因 must say why.
 */
export const overAchievement: Check = (ctx) => {
  const threshold = ctx.settings.overAchievementThreshold;
  if (threshold === null || threshold === undefined) return [];
  const factor = new D(threshold);
  const out: Warning[] = [];
  for (const leaf of ctx.layout.leaves) {
    const ind = leaf.indicator;
    if (!ind || ind.direction !== 'positive' || ind.target === null || typeof ind.actual === 'string' || ind.actual === null) continue;
    if (ind.target.lte(0) || ind.actual.lt(ind.target.times(factor))) continue;
    if ((leaf.reason ?? '') !== '') continue;
    const ratio = ind.actual.div(ind.target);
    out.push(
      warning(
        'OVER_ACHIEVEMENT',
        'warning',
        leaf.sheet,
        leaf.reasonAddress ?? ind.actualAddress,
        `${leafName(leaf)}实际完成值“${ind.actualText}”为年度指标值“${ind.targetText}”的 ${percent(ratio)}，达到 ${percent(factor)} 以上，目标可能设置偏低，应填写偏差原因`,
      ),
    );
  }
  return out;
};
