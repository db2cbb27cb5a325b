import type { CellValue, WritePlan } from '../../../workbook/port';

/**
 * The cells a scored copy left as the user has them: cells of ours edited since we wrote them (or
 * never recorded as ours) are not written over from the command line, which cannot ask first.
 */

const SHOWN = 8;

function shown(v: { value: CellValue; formula: string | null }): string {
  if (v.formula) return v.formula;
  if (v.value === null || v.value === '') return '（空）';
  const text = String(v.value).replace(/\s+/g, ' ');
  return `“${text.length > 20 ? `${text.slice(0, 20)}…` : text}”`;
}

export function formatKeptCells(plan: WritePlan | null): string {
  const edited = plan?.edited ?? [];
  if (edited.length === 0) return '';
  const lines = edited.slice(0, SHOWN).map((e) => `  ${e.sheet}!${e.address}：保留 ${shown(e.found)}，未写入 ${shown(e.planned)}${e.why === 'changed' ? '（写入后被修改过）' : '（不是本工具写入的内容）'}`);
  if (edited.length > SHOWN) lines.push(`  …… 另有 ${edited.length - SHOWN} 个`);
  return [`有 ${edited.length} 个单元格保留了用户填写的内容，未被覆盖；如需写入新结果，请清空这些单元格后重新运行，或在任务窗格中确认覆盖：`, ...lines, ''].join('\n');
}
