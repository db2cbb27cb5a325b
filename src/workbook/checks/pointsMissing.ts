import type { Warning } from './finding';
import { type Check, leafName, warning } from './context';
import { num2 } from './format';

/** POINTS_MISSING: a leaf without points in the table; the framework's points are used when known. */
export const pointsMissing: Check = (ctx) => {
  const out: Warning[] = [];
  for (const leaf of ctx.layout.leaves) {
    const at = leaf.pointsAddress ?? leaf.nameAddress;
    if (leaf.pointsSource === 'none') {
      out.push(warning('POINTS_MISSING', 'error', leaf.sheet, at, `${leafName(leaf)}没有分值，指标体系中也没有此指标，无法判断满分`));
    } else if (leaf.pointsSource === 'framework' && leaf.pointsAddress) {
      out.push(warning('POINTS_MISSING', 'warning', leaf.sheet, at, `${leafName(leaf)}分值为空，按指标体系的 ${num2(leaf.points)} 分计`));
    }
  }
  return out;
};
