import type { Analysis } from '../../../workbook/analyse';
import type { DataRowUse } from '../../../workbook/read';

/**
 * The 基础数据 lines of `perfscore score`: how many rows were used and, one line each, every row not
 * read plainly by its own words (settled by the row above or by elimination, bound in the settings,
 * ambiguous, unrecognised with the nearest figures, empty, refused), so no row goes unaccounted for.
 */

const HOW: Record<string, string> = { context: '按上一行确定', elimination: '排除法确定', setting: '设置中绑定的单元格' };

function name(analysis: Analysis, id: string): string {
  return `${analysis.figureDefs[id]?.label ?? id}（${id}）`;
}

function line(analysis: Analysis, r: DataRowUse): string | null {
  const at = `${r.sheet}!${r.use === 'unrecognised' || r.use === 'ambiguous' ? r.labelAddress : r.valueAddress} “${r.label}”`;
  const fig = r.figure ? name(analysis, r.figure) : '';
  switch (r.use) {
    case 'used':
      return r.how && r.how !== 'label' ? `  采用 ${at} → ${fig}，${HOW[r.how]}` : null;
    case 'empty':
      return `  未填 ${at} → ${fig}，数值为空`;
    case 'ambiguous':
      return `  不明确 ${at}：可能是 ${(r.candidates ?? []).map((id) => name(analysis, id)).join('、')}`;
    case 'duplicate':
      return `  重复 ${at} → ${fig}，另有一行也填写了此数据`;
    case 'unbound':
      return `  已解除 ${at} → ${fig}，设置中标记为“不是此数据”`;
    case 'superseded':
      return `  未采用 ${at} → ${fig}，设置中已绑定其他单元格`;
    case 'unreadable':
      return `  无法读取 ${at} → ${fig}`;
    case 'implausible':
      return `  未采用 ${at} → ${fig}，数值不合理（见检查）`;
    case 'unrecognised':
      return `  未识别 ${at}${r.nearest && r.nearest.length > 0 ? `，最接近：${r.nearest.map((id) => name(analysis, id)).join('、')}` : ''}`;
    default:
      return null;
  }
}

export function formatDataRows(analysis: Analysis): string[] {
  const rows = analysis.figureRows;
  if (rows.length === 0) return [];
  const count = (use: DataRowUse['use']) => rows.filter((r) => r.use === use).length;
  const parts = [`采用 ${count('used')} 行`];
  const info = count('info');
  if (info) parts.push(`单位名称、年度 ${info} 行`);
  for (const [use, label] of [
    ['empty', '未填'],
    ['ambiguous', '含义不明确'],
    ['duplicate', '重复'],
    ['unbound', '已解除'],
    ['superseded', '另有绑定'],
    ['unreadable', '无法读取'],
    ['implausible', '数值不合理'],
  ] as const) {
    if (count(use)) parts.push(`${label} ${count(use)} 行`);
  }
  parts.push(`未识别 ${count('unrecognised')} 行`);
  const out = [`基础数据：共 ${rows.length} 行，${parts.join('，')}`];
  for (const r of rows) {
    const l = line(analysis, r);
    if (l) out.push(l);
  }
  return out;
}
