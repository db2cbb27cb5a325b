import { D, sum, wan, type Dec } from '../../engine/decimal';
import type { NarrativeCell } from '../read';
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
  return [...out, ...fundsParts(ctx), ...(ctx.layout.narratives ?? []).flatMap(proseParts)];
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

/**
 * An amount as written in prose: its value in 元 and half a unit of its last decimal (its rounding); a
 * whole number in prose ("30万元") is taken as exact, as budgets are written.
 */
function proseAmounts(text: string): { value: Dec; half: Dec; written: string }[] {
  return [...text.matchAll(/(\d+(?:\.(\d+))?)\s*(万元|元)/g)].map((m) => {
    const scale = new D(m[3] === '万元' ? 10000 : 1);
    return { value: new D(m[1]).times(scale), half: m[2] ? new D(10).pow(-m[2].length).div(2).times(scale) : new D(0), written: m[1] + m[3] };
  });
}

/**
 * A written goal or result that states a whole and lists its parts after 其中 (池州: "共申请预算资金2026400元,
 * 其中…400000元,…252000元…"): the parts against the whole, within their written rounding.
 */
function proseParts(cell: NarrativeCell): Warning[] {
  const text = cell.text.normalize('NFKC').replace(/,(?=\d{3}\b)/g, '');
  const at = text.indexOf('其中');
  if (at < 0) return [];
  const whole = proseAmounts(text.slice(0, at));
  const parts = proseAmounts(text.slice(at));
  if (whole.length !== 1 || parts.length < 2) return [];
  const partsSum = sum(parts.map((p) => p.value));
  const diff = whole[0].value.minus(partsSum).abs();
  if (diff.lte(sum([whole[0].half, ...parts.map((p) => p.half)]))) return [];
  const inWan = whole[0].written.endsWith('万元');
  const show = (v: Dec) => (inWan ? `${v.div(10000).toString()}万元` : `${v.toString()}元`);
  return [
    warning(
      'PARTS_SUM_MISMATCH',
      'warning',
      cell.sheet,
      cell.address,
      `工作表“${cell.sheet}”${cell.address} 的${cell.label}写明共 ${whole[0].written}，其中所列各项 ${parts.map((p) => p.written).join(' + ')} = ${show(partsSum)}，相差 ${show(diff)}`,
    ),
  ];
}
