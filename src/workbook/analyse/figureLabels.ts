import type { Analysis } from './analysis.types';

/**
 * The name of every figure a rule may read, as a reader knows it: the workbook's or the framework's
 * label, and for a national form row its own cells (“实际完成值”), so a message never shows an id.
 */
export function figureLabelsOf(analysis: Analysis): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const [id, def] of Object.entries(analysis.figureDefs)) labels[id] = def.label;
  for (const leaf of analysis.layout.leaves) {
    if (!leaf.indicator) continue;
    const row = `row${leaf.row + 1}`;
    labels[`${row}.target`] = '年度指标值';
    labels[`${row}.actual`] = '实际完成值';
    labels[`${row}.score`] = '得分';
  }
  for (const [id, found] of analysis.figures) labels[id] = found.label;
  return labels;
}
