import { toA1 } from '../read';
import type { Warning } from './finding';
import { type Check, warning } from './context';
import { num2 } from './format';

const LEVEL_NAMES: Record<number, string> = { 1: '一级指标', 2: '二级指标', 3: '三级指标' };

/**
 * ROW_SHIFTED: a leaf printed out of its columns (seed 003's 采购意向公开时限 in the 一级 column with its
 * 分值 and 得分 one column left), read from its own cells and attached to the group above it.
 */
export const rowShifted: Check = (ctx) => {
  const out: Warning[] = [];
  for (const row of ctx.table.rows) {
    if (!row.shifted) continue;
    const leaf = ctx.layout.leaves.find((l) => l.row === row.row && l.sheet === ctx.table.sheet);
    const name = row.path[row.path.length - 1];
    const nameCol = row.shifted.columns.level3 ?? row.shifted.columns.level2 ?? row.shifted.columns.level1;
    const where = nameCol !== undefined ? `（${toA1(row.row, nameCol)}）` : '';
    const parts: string[] = [];
    if (leaf?.pointsAddress) parts.push(`分值 ${num2(leaf.points)} 取自 ${leaf.pointsAddress}`);
    if (leaf?.scoreAddress) parts.push(leaf.typedScore !== null ? `得分 ${num2(leaf.typedScore)} 取自 ${leaf.scoreAddress}` : `得分取自 ${leaf.scoreAddress}（空）`);
    const group = row.path.slice(0, -1).join(' / ');
    out.push(
      warning(
        'ROW_SHIFTED',
        'warning',
        ctx.table.sheet,
        leaf?.nameAddress ?? (nameCol !== undefined ? toA1(row.row, nameCol) : null),
        `第 ${row.row + 1} 行错位：“${name}”写在${LEVEL_NAMES[row.shifted.fromLevel] ?? '上级指标'}列${where}，末级指标名称列却是数字；已按末级指标归入“${group}”，${parts.join('，')}。请把该行移回对应的列`,
      ),
    );
  }
  return out;
};
