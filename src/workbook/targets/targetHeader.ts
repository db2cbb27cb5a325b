import { cellText, normaliseLabel } from '../read';
import type { SheetSnapshot } from '../port';

/**
 * Where a 绩效目标表's indicator block starts and which column holds what. The block's header names
 * 二级指标, a third level (三级指标 / 指标内容 / 指标名称) and a 指标值 column, and usually 一级指标; a
 * sheet whose header also has an actual or a score (实际完成值, 得分) is a self-evaluation, not a target
 * form. A header printed over two rows (指标名称 / 本年度计划水平 above 二级指标 / 三级指标) is read as one.
 */

export interface TargetHeader {
  row: number;
  /** -1 when the form has no 一级指标 column */
  level1: number;
  level2: number;
  name: number;
  value: number;
  /** the 指标性质 and 度量单位 columns where the form splits a target over three cells */
  sign?: number;
  unit?: number;
  weight?: number;
  lastYear?: number;
}

const LEVEL1 = /^一级指标(名称)?$/;
const LEVEL2 = /^二级指标(名称)?$/;
const NAME = /^(三级指标(名称)?|指标内容|指标名称|具体指标)$/;
const VALUE = /^((年度|本年度?|当年)?(指标值|目标值|计划水平|预期实现值|绩效目标值|预期指标值)(及单位)?|指标值\(.*\)|本年度计划水平|当年预期实现值|年度指标值)$/;
const SIGN = /^(指标性质|符号|计算符号)$/;
const UNIT = /^(度量单位|计量单位|单位)$/;
const WEIGHT = /^(权重|分值|指标权重|权重\(%\)|分值\(分\))$/;
const LAST_YEAR = /^上年(度)?(实际|完成)(水平|值|数)?$|^上年(度)?实际完成(值|情况)?$/;
const SELF_EVALUATION = /实际完成|完成值|全年实际|得分|实际值|完成情况/;

function find(labels: string[], re: RegExp): number | undefined {
  const i = labels.findIndex((l) => re.test(l));
  return i < 0 ? undefined : i;
}

export function findTargetHeader(sheet: SheetSnapshot): TargetHeader | null {
  for (let r = 0; r < sheet.values.length; r += 1) {
    const width = Math.max(sheet.values[r]?.length ?? 0, r > 0 ? (sheet.values[r - 1]?.length ?? 0) : 0);
    const labels = Array.from({ length: width }, (_, c) => normaliseLabel(cellText(sheet, r, c)) || (r > 0 ? normaliseLabel(cellText(sheet, r - 1, c)) : ''));
    const level1 = find(labels, LEVEL1) ?? -1;
    const level2 = find(labels, LEVEL2);
    const name = find(labels, NAME);
    const value = find(labels, VALUE);
    if (level2 === undefined || name === undefined || value === undefined) continue;
    const lastYear = find(labels, LAST_YEAR);
    if (labels.some((l, c) => c !== lastYear && SELF_EVALUATION.test(l))) return null;
    const header: TargetHeader = { row: r, level1, level2, name, value };
    const sign = find(labels, SIGN);
    const unit = labels.findIndex((l, c) => c > value && UNIT.test(l));
    const weight = find(labels, WEIGHT);
    if (sign !== undefined) header.sign = sign;
    if (unit >= 0) header.unit = unit;
    if (weight !== undefined) header.weight = weight;
    if (lastYear !== undefined) header.lastYear = lastYear;
    return header;
  }
  return null;
}
