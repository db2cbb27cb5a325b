import type { Dec } from '../../engine/decimal';
import type { IndicatorDirection } from '../../engine/types';

/** A 指标值 as written, split into its sign, number and unit. */
export interface TargetValue {
  /** the cell's text as written (the three columns joined where the form splits them) */
  text: string;
  /**
   * number: a figure with or without sign and unit ("≥95%", "10辆"); period: a date or a span of
   * dates ("≤12月31日", "2023.07-2024.01"); phrase: words only ("优良"); blank: nothing written.
   */
  kind: 'number' | 'period' | 'phrase' | 'blank';
  /** the sign as written ("≥", "不低于", "以上"), '' when none */
  sign: string;
  direction: Exclude<IndicatorDirection, 'qualitative'> | null;
  /** the number as written (85 for "≥85%"), null unless kind is number */
  number: Dec | null;
  /** the unit as written ("%", "万元", "辆"), '' when none */
  unit: string;
  /** the value in the reader's base unit (0.85 for 85%, 万元 for amounts), null unless a number */
  value: Dec | null;
  /** what the base unit measures: rate, amount (万元), score, count, or a bare number */
  measure: 'rate' | 'amount' | 'score' | 'count' | 'number' | null;
}

/** Which part of the form a row belongs to, from its 一级 / 二级 names. */
export type TargetCategory = '数量' | '质量' | '时效' | '成本' | '效益' | '满意度' | '其他';

export interface TargetIndicator {
  /** 0-based row of the sheet */
  row: number;
  level1: string;
  level2: string;
  /** the 三级指标 (指标内容 / 指标名称) */
  name: string;
  category: TargetCategory;
  /** A1 address of the 指标值 cell (the number's cell where the form splits sign, number and unit) */
  valueCell: string;
  value: TargetValue;
  weight: { cell: string; value: Dec } | null;
  /** last year's actual where the form gives it (上年实际 / 上年度实际水平) */
  lastYear: { cell: string; value: TargetValue } | null;
}

/** A heading row with a weight and no indicator of its own (a 一级 or 二级 row of a weighted form). */
export interface TargetWeightParent {
  row: number;
  name: string;
  level: 1 | 2;
  cell: string;
  weight: Dec;
}

/** A 二级 line the form prints with nothing filled in ("经济效益指标" with no indicator). */
export interface TargetEmptySection {
  row: number;
  level1: string;
  level2: string;
  category: TargetCategory;
}

export interface TargetSheet {
  sheet: string;
  /** 部门整体 forms name themselves so; every other 绩效目标表 is read as a project form */
  kind: 'project' | 'department';
  /** the title as printed, '' when none */
  title: string;
  /** 总体目标 / 实施期绩效目标 / 年度总体目标, with the cell of its text */
  overall: { label: string; cell: string; text: string } | null;
  /** 年度目标 / 本年度绩效目标 where the form has both */
  annual: { label: string; cell: string; text: string } | null;
  /** the year's budget in 万元 (年度资金总额 / 年度本级预算金额), with its cell */
  budget: { label: string; cell: string; value: Dec } | null;
  /** 0-based header row and the A1 range from the header to the last indicator row */
  headerRow: number;
  range: string;
  /** 0-based columns; level1 is -1 when the form has no 一级指标 column */
  columns: { level1: number; level2: number; name: number; value: number; weight?: number; lastYear?: number };
  indicators: TargetIndicator[];
  weightParents: TargetWeightParent[];
  emptySections: TargetEmptySection[];
}
