import type { IndicatorSettings, Rule, FigureKind } from '../engine/types';
import type { ReportData } from '../engine/narrative';

export type { FigureKind } from '../engine/types';

/** A raw figure a rule needs, as a 基础数据 row will name it. */
export interface FigureDef {
  /** the label written in 基础数据, e.g. 政府采购计划金额 */
  label: string;
  synonyms?: string[];
  kind: FigureKind;
  /** unit shown beside the value: 万元 for amounts, % for rates, 人/个/项 for counts */
  unit: string;
  /** for categories: the accepted texts */
  options?: string[];
  /**
   * A flag the workbook's 绩效目标表 can answer (its indicators include 效益 indicators, its values are
   * measurable, it has quantified indicators): read from that sheet when 基础数据 does not give it.
   */
  fromTargetSheet?: 'effects' | 'measurable' | 'quantified';
}

/** Omit over each member of a union (Omit on the union itself would keep only the common keys). */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * A leaf's rule as a framework states it: without points, which the leaf states once and `leafRule`
 * gives the rule. A composite's parts keep their own points.
 */
export type LeafRule = DistributiveOmit<Rule, 'points'>;

export interface FrameworkLeaf {
  id: string;
  /** the first is the canonical name; the rest are synonyms matched against the workbook */
  names: string[];
  /** the leaf's points, the one statement of them: its rule takes them from here */
  points: string;
  rule: LeafRule | null;
  /**
   * The 评分标准 as the framework's source publishes it, the text its rule was read from by hand: a
   * table printing the same text is scored by the rule; a table printing another is scored by its own.
   */
  standard?: string;
  /**
   * Checklists and counted deductions are usually judged by eye: when none of their figures are given
   * in 基础数据, the typed score is taken as a judgement instead of reporting missing input.
   */
  judgementWhenMissing?: boolean;
  /** kind of problem this leaf signals when it loses points (keys the 改进措施 library) */
  problemKind?: string;
}

export interface FrameworkGroup {
  name: string;
  points: string;
  children: (FrameworkGroup | FrameworkLeaf)[];
}

export interface Framework {
  id: string;
  /** Chinese title, e.g. 深圳市部门整体支出绩效评价指标体系（2024） */
  title: string;
  locality: string;
  tree: FrameworkGroup[];
  figures: Record<string, FigureDef>;
  /**
   * The national project form: rows of the workbook's own table that carry 年度指标值 and 实际完成值
   * are scored as indicators (positive / reverse / equal / qualitative, read from the target's sign).
   */
  indicatorRows?: boolean;
  /**
   * Applied only when a user or a workbook's settings select it, never chosen by matching names: a
   * second set of rules for a form another framework already reads (e.g. 101号 beside 10号).
   */
  selectedOnly?: boolean;
  /** defaults of the settings a user may change (documented in the framework file) */
  settings?: Partial<IndicatorSettings>;
  /** local caps of the total by execution rate, off unless the user turns them on */
  executionCaps?: { below: string; maxTotal: string }[];
  /**
   * What the 自评报告 needs to know about this framework: its form (department / project), what the
   * evaluation is called, the project form's execution leaf and funds figures, each problem kind's lead
   * figures and the group names that give a kind to leaves without one. The narrative reads only this,
   * never the framework's id. Without it a framework reports as a department (部门整体支出绩效).
   */
  report?: ReportData;
}

export function isLeaf(node: FrameworkGroup | FrameworkLeaf): node is FrameworkLeaf {
  return (node as FrameworkLeaf).id !== undefined;
}
