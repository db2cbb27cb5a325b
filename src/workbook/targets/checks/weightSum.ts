import { fixed, sum, type Dec } from '../../../engine/decimal';
import { sheetCell, toA1 } from '../../read';
import type { TargetFinding } from '../targetFindings';
import type { TargetSheet, TargetWeightParent } from '../targetSheet.types';

/** "20" for a whole number, "12.5" otherwise: weights are shown as written. */
function shown(d: Dec): string {
  return d.isInteger() ? d.toString() : fixed(d).replace(/0+$/, '').replace(/\.$/, '');
}

/**
 * Child weights sum to their parent (the platforms check this on entry): an 一级 row's weight against
 * its indicators (or its 二级 rows where those carry weights), and the whole form against 100.
 */
export function weightSum(target: TargetSheet): TargetFinding[] {
  const weightCol = target.columns.weight;
  const weighted = target.indicators.filter((i) => i.weight !== null);
  if (weightCol === undefined || (weighted.length === 0 && target.weightParents.length === 0)) return [];
  const out: TargetFinding[] = [];
  const finding = (address: string | null, message: string) => out.push({ code: 'TARGET_WEIGHT_SUM', severity: 'error', sheet: target.sheet, address, message });
  const level1 = target.weightParents.filter((p) => p.level === 1);
  const level2 = target.weightParents.filter((p) => p.level === 2);
  // a heading's children are the rows below it up to the next heading of its level or above
  const nextRow = (parent: TargetWeightParent) =>
    Math.min(...target.weightParents.filter((p) => p.row > parent.row && p.level <= parent.level).map((p) => p.row), Number.MAX_SAFE_INTEGER);
  const childrenOf = (parent: TargetWeightParent): { name: string; weight: Dec }[] => {
    const end = nextRow(parent);
    const below = <T extends { row: number }>(rows: T[]) => rows.filter((x) => x.row > parent.row && x.row < end);
    const seconds = parent.level === 1 ? below(level2) : [];
    if (seconds.length > 0) return seconds.map((p) => ({ name: p.name, weight: p.weight }));
    return below(weighted).map((i) => ({ name: i.name, weight: i.weight!.value }));
  };
  for (const parent of target.weightParents) {
    const children = childrenOf(parent);
    if (children.length === 0) continue;
    const total = sum(children.map((c) => c.weight));
    if (!total.eq(parent.weight)) {
      finding(parent.cell, `${sheetCell(target.sheet, parent.cell)}「${parent.name}」：下级权重合计 ${shown(total)}（${children.map((c) => shown(c.weight)).join(' + ')}），与本级权重 ${shown(parent.weight)} 不符。`);
    }
  }
  const top = level1.length > 0 ? level1.map((p) => p.weight) : weighted.map((i) => i.weight!.value);
  const total = sum(top);
  if (!total.eq(100)) {
    const header = toA1(target.headerRow, weightCol);
    finding(header, `${sheetCell(target.sheet, header)}：权重合计 ${shown(total)}，应为 100。`);
  }
  return out;
}
