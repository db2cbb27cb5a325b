import type { Dec } from '../../engine/decimal';
import type { IndicatorDirection, Rule } from '../../engine/types';
import type { FrameworkLeaf } from '../../frameworks/types';

/** Where each part of the detected table lives, with the values read from it. */

/**
 * Where a leaf's rule came from: its own 评分标准 text (read, or the same text as a framework's), a
 * framework's rule by name (rows with no text, in a table the framework clearly is), the user's choice,
 * the form itself (national indicator rows), or none (a judgement score).
 */
export type RuleSource = 'table-text' | 'framework' | 'user' | 'form' | 'none';

export interface RuleChoiceLayout {
  source: RuleSource;
  /** the row's 评分标准 as written; null when blank or the table has none */
  standard: string | null;
  /** the rule read from it (or confirmed) in plain Chinese */
  readingText: string | null;
  /** Chinese: why the leaf is scored as it is */
  note: string;
  /** id of a framework leaf whose rule was matched by name and not applied */
  offered: string | null;
}

export interface LeafLayout {
  /** "Sheet!A1" of the score cell (the name cell when there is no score column); equals IndicatorNode.ref */
  ref: string;
  path: string[];
  sheet: string;
  /** 0-based row */
  row: number;
  nameAddress: string;
  scoreAddress: string | null;
  pointsAddress: string | null;
  reasonAddress: string | null;
  /** max points used (from the table, else the framework; 0 when the table's cell is invalid) */
  points: Dec;
  /** 'invalid': the table's 分值 cell is negative or unreadable, and the leaf is out of every total */
  pointsSource: 'table' | 'framework' | 'none' | 'invalid';
  /** the 分值 cell as written when it is negative ("(1.5)", -2), with the value read from it */
  negativePoints?: { text: string; value: Dec };
  typedScore: Dec | null;
  /** the score cell exists and is empty */
  scoreBlank: boolean;
  /** text of the reason cell; null when the layout has no reason column */
  reason: string | null;
  frameworkLeaf: FrameworkLeaf | null;
  ruleId: string | null;
  /** the rule the leaf is scored by, exactly as attached to the engine's node (points scaled where the kind allows) */
  rule: (Rule & { id?: string }) | null;
  /** where that rule came from, and the row's own 评分标准 beside the rule read from it */
  ruleChoice?: RuleChoiceLayout;
  /** national form rows: the target and actual as read */
  indicator?: {
    direction: IndicatorDirection;
    targetAddress: string;
    actualAddress: string;
    targetText: string;
    actualText: string;
    target: Dec | null;
    actual: Dec | string | null;
    unit: string;
  };
}

export interface GroupLayout {
  path: string[];
  sheet: string;
  /** row of its own cells, null when the group only exists through the level columns */
  row: number | null;
  pointsAddress: string | null;
  scoreAddress: string | null;
  statedPoints: Dec | null;
  statedScore: Dec | null;
}

export interface TotalLayout {
  sheet: string;
  row: number;
  nameAddress: string;
  pointsAddress: string | null;
  scoreAddress: string | null;
  statedPoints: Dec | null;
  statedScore: Dec | null;
}

/** The national form's 项目资金 block (年度资金总额 row). */
export interface FundsLayout {
  sheet: string;
  row: number;
  budgetAddress: string | null;
  executedAddress: string | null;
  rateAddress: string | null;
  scoreAddress: string | null;
  pointsAddress: string | null;
  /**
   * Each amount column of the total row beside the sum of its 其中 rows (当年财政拨款, 上年结转资金…),
   * where those rows hold figures. A total left 0 or blank is scored from `partsSum`.
   */
  parts: { column: string; address: string; stated: Dec | null; partsSum: Dec; rows: number[] }[];
}

export interface TableLayout {
  sheet: string;
  leaves: LeafLayout[];
  groups: GroupLayout[];
  total: TotalLayout | null;
  hasReasonColumn: boolean;
  funds: FundsLayout | null;
}
