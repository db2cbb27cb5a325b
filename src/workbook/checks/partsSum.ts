import { wan } from '../../engine/decimal';
import type { Warning } from './finding';
import { type Check, figureLabel, warning } from './context';
import { gap, members, PARTS_RELATIONS } from './partsRelations';
import { unitSuspect } from './unitMismatch';

/**
 * PARTS_SUM_MISMATCH: a total against its parts. Within the figures' rounding (1,330.19 + 71.48 =
 * 1,401.67 vs 1,401.66) it is only an info note; beyond it, a warning. A relation explained by a unit
 * slip is left to UNIT_MISMATCH.
 */
export const partsSum: Check = (ctx) => {
  const out: Warning[] = [];
  for (const rel of PARTS_RELATIONS) {
    const m = members(ctx, rel);
    if (!m || unitSuspect(ctx, rel)) continue;
    const g = gap(m.total, m.parts);
    if (g.diff.isZero()) continue;
    const names = m.parts.map((p) => `${figureLabel(ctx, p.id)} ${wan(p.value)}`).join(' + ');
    const text = `${figureLabel(ctx, rel.total)} ${wan(m.total.value)} 与其组成部分 ${names} = ${wan(g.partsSum)} 相差 ${wan(g.diff.abs())}`;
    const within = g.diff.abs().lte(g.tolerance);
    out.push(warning('PARTS_SUM_MISMATCH', within ? 'info' : 'warning', m.total.figure.sheet, m.total.figure.address, within ? `${text}，在四舍五入误差范围内` : text));
  }
  return out;
};
