import { D, wan } from '../../engine/decimal';
import type { Warning } from './finding';
import { type Check, figureLabel, warning } from './context';
import { gap, members } from './partsRelations';
import { AMOUNT_PARTS } from '../../frameworks/amountRelations';
import { unitSuspect } from './unitMismatch';

/**
 * PARTS_SUM_MISMATCH: a total against its parts. Within the figures' rounding (1,330.19 + 71.48 =
 * 1,401.67 vs 1,401.66) it is only an info note; beyond it, a warning. A relation explained by a unit
 * slip is left to UNIT_MISMATCH.
 */
export const partsSum: Check = (ctx) => {
  const out: Warning[] = [];
  for (const rel of AMOUNT_PARTS) {
    const m = members(ctx, rel);
    if (!m || unitSuspect(ctx, rel)) continue;
    const g = gap(m.total, m.parts);
    if (g.diff.isZero()) continue;
    const names = m.parts.map((p) => `${figureLabel(ctx, p.id)} ${wan(p.value)}`).join(' + ');
    const text = `${figureLabel(ctx, rel.total)} ${wan(m.total.value)} 与其组成部分 ${names} = ${wan(g.partsSum)} 相差 ${wan(g.diff.abs())}`;
    const within = g.diff.abs().lte(g.tolerance);
    out.push(warning('PARTS_SUM_MISMATCH', within ? 'info' : 'warning', m.total.figure.sheet, m.total.figure.address, within ? `${text}，在四舍五入误差范围内` : text));
  }
  return [...out, ...fundsParts(ctx)];
};

/** The national form's 年度资金总额 (Sichuan's 总额) against its 其中 rows, column by column. */
function fundsParts(ctx: Parameters<Check>[0]): Warning[] {
  const funds = ctx.layout.funds;
  if (!funds) return [];
  const out: Warning[] = [];
  for (const p of funds.parts) {
    const stated = p.stated ?? new D(0);
    // two decimals on each figure: the parts may drift by their rounding
    if (stated.minus(p.partsSum).abs().lte(new D('0.005').times(p.rows.length + 1))) continue;
    const where = `工作表“${funds.sheet}”${p.address}`;
    const text =
      stated.isZero() && !p.partsSum.isZero()
        ? `${where}：年度资金总额的${p.column}填为 ${p.stated === null ? '空白' : wan(stated)}，其中各行之和为 ${wan(p.partsSum)}：已按其中各行的数字计算预算执行率`
        : `${where}：年度资金总额的${p.column} ${wan(stated)} 与其中各行之和 ${wan(p.partsSum)} 相差 ${wan(stated.minus(p.partsSum).abs())}`;
    out.push(warning('PARTS_SUM_MISMATCH', 'warning', funds.sheet, p.address, text));
  }
  return out;
}
