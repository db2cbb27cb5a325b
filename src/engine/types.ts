import type { Dec } from './decimal';
import type { RuleErrorCode } from './errors';

/**
 * Rules are data. A framework leaf names one of these and the engine evaluates it against the raw
 * figures. Numbers inside rule data are decimal strings so that no float ever enters.
 */

/** A value the rule reads: a named figure, or a small arithmetic tree over figures (parsed data, never code). */
export type Quantity =
  | string // figure id, e.g. 'procurement.actual'
  | { op: 'add' | 'sub' | 'mul' | 'div'; args: Quantity[] }
  | { op: 'abs'; arg: Quantity }
  | { op: 'const'; value: string };

export type Comparator = '>=' | '>' | '<=' | '<' | '=';

export interface Tier {
  /** comparator against `threshold`; omitted means "else" (always matches). */
  op?: Comparator;
  threshold?: string;
  points: string;
}

export interface CategoryTier {
  /** the category text as written in the workbook, e.g. 已公开 / 公开有瑕疵 / 未公开 */
  values: string[];
  points: string;
}

export type Rule =
  | RatioRule
  | TiersRule
  | CategoryTiersRule
  | DeductRule
  | ChecklistRule
  | QuarterlyExecutionRule
  | ThresholdDeductRule
  | CompositeRule
  | IndicatorRule
  | BudgetExecutionRule
  | JudgementRule;

interface RuleBase {
  /** points of this rule (for a part of a composite, the part's own points) */
  points: string;
  /** short Chinese label used in explanations, e.g. 政府采购执行率 */
  label?: string;
}

/** min(actual/target, cap) × points; zero when actual exceeds target if `zeroWhenOver`. */
export interface RatioRule extends RuleBase {
  kind: 'ratio';
  actual: Quantity;
  target: Quantity;
  cap?: string; // default '1'
  zeroWhenOver?: boolean;
}

/** First tier whose comparison holds gives the points. Values are fractions for rates (0.9 = 90%). */
export interface TiersRule extends RuleBase {
  kind: 'tiers';
  value: Quantity;
  tiers: Tier[];
  /** how the value is shown in explanations: 'percent' (default, for rates) or 'number' (counts) */
  valueFormat?: 'percent' | 'number';
}

export interface CategoryTiersRule extends RuleBase {
  kind: 'category-tiers';
  value: string; // figure id holding text
  tiers: CategoryTier[];
}

/** points − perItem × count, floored at 0. */
export interface DeductRule extends RuleBase {
  kind: 'deduct';
  count: Quantity;
  perItem: string;
}

/** Sum of the points of the items met; each item is a figure holding 1 (met) or 0 (not met). */
export interface ChecklistRule extends RuleBase {
  kind: 'checklist';
  items: { figure: string; label: string; points: string }[];
}

/**
 * Seed 002's 预算执行率: each quarter min(支出进度/序时进度, 1) × quarterPoints, plus
 * min(mean of the quarterly 执行率 × annualFactor, annualPoints).
 */
export interface QuarterlyExecutionRule extends RuleBase {
  kind: 'quarterly-execution';
  progress: [string, string, string, string]; // figure ids of cumulative 支出进度 (fractions)
  schedule?: [string, string, string, string]; // 序时进度, default 0.25/0.5/0.75/1
  quarterPoints?: string; // default '1'
  annualPoints?: string; // default '2'
  annualFactor?: string; // default '2'
}

/** Full up to `threshold`; −perPoint for each percentage point over; floor 0 (财务规范性 调整调剂). */
export interface ThresholdDeductRule extends RuleBase {
  kind: 'threshold-deduct';
  value: Quantity; // a fraction, e.g. adjustment rate 0.0123
  threshold: string; // fraction, e.g. '0.10'
  perPoint: string; // points lost per percentage point over, e.g. '0.1'
}

/** Sum of parts, capped at points; a veto figure equal to 1 zeroes the leaf, a grant figure equal to 1 gives full points. */
export interface CompositeRule extends RuleBase {
  kind: 'composite';
  parts: (Rule & { id: string })[];
  veto?: { figure: string; label: string };
  grant?: { figure: string; label: string };
}

export type IndicatorDirection = 'positive' | 'reverse' | 'equal' | 'qualitative';
export type QualitativeGrade = '达成' | '部分达成' | '未达成';

/** National project form indicator (财预〔2020〕10号). Figures are supplied already parsed. */
export interface IndicatorRule extends RuleBase {
  kind: 'indicator';
  direction: IndicatorDirection;
  target: string; // figure id (number) — unused for qualitative
  actual: string; // figure id (number) — for qualitative, the grade text
  score?: string; // figure id of the typed score, required for qualitative
  /**
   * Display only (the score never depends on them): the unit target and actual are measured in, so the
   * steps show them as written: '%' shows the fractions as percentages (1 → 100%, 0.98 → 98%), any
   * other unit is appended (10000人次).
   */
  unit?: string;
  /** Display only: the 年度指标值 / 实际完成值 cells as written ("≥1万人次"), quoted when they differ from the shown value. */
  targetText?: string;
  actualText?: string;
  /** a row of the form's 满意度指标 group, scored by `satisfactionTiers` when the settings give them */
  satisfaction?: boolean;
}

/** min(执行数/预算数, 1) × points (national form, 10 points). */
export interface BudgetExecutionRule extends RuleBase {
  kind: 'budget-execution';
  executed: Quantity;
  budget: Quantity;
}

/** A typed score, range-checked against [0, points]; `figure` names where a separately given value lives. */
export interface JudgementRule extends RuleBase {
  kind: 'judgement';
  figure?: string;
}

export interface IndicatorSettings {
  /** 'deviation': (1 − (a − t)/t) × points, 0 at ≥ 2t (default). 'quotient': t/a × points. */
  reverseFormula: 'deviation' | 'quotient';
  /** actual ≥ threshold × target means the target was set too low; null = off */
  overAchievementThreshold: string | null;
  /** points deducted when over-achieving, null = only a warning */
  overAchievementDeduction: string | null;
  /**
   * 'proportional': the completion rate × points (财预〔2020〕10号, default). 'above-sixty': 0 below a
   * 60% completion rate, else (rate − 60%) ÷ 40% × points (财预〔2021〕101号).
   */
  completionFormula?: 'proportional' | 'above-sixty';
  /**
   * Satisfaction rows scored by the satisfaction rate itself rather than against the target: the first
   * tier whose threshold the rate reaches gives that share of the row's points (101号: ≥ 90% all, 80–<90%
   * 0.8, 60–<80% 0.5, below 60% nothing). Null or absent: scored like any positive row.
   */
  satisfactionTiers?: { atLeast: string; share: string }[] | null;
}

/** What a raw figure is, which decides how it is parsed and shown. */
export type FigureKind = 'amount' | 'rate' | 'count' | 'flag' | 'category' | 'score';

/** A raw figure as the engine sees it: an exact number, or text for categories and grades. */
export type FigureValue = Dec | string;
export type Figures = ReadonlyMap<string, FigureValue>;

export interface Step {
  /** Chinese, e.g. "政府采购执行率 = 4.73 ÷ 5.34 = 88.58%" */
  text: string;
}

/** Facts about a scored result that the report and the checks act on. */
/** 'typed-part': part of the score is a judged part worked out from the unit's typed score (and checked to fit it) */
export type OutcomeFlag = 'over-achievement' | 'typed-part';

export type RuleOutcome =
  | { status: 'scored'; score: Dec; steps: Step[]; used: string[]; flags?: OutcomeFlag[] }
  | { status: 'judgement'; score: Dec; steps: Step[]; used: string[] }
  | { status: 'missing-input'; missing: string[]; steps: Step[] }
  /** `bounds`: the range the rule still allows (e.g. computed parts + a judged part's room); a typed score outside it is carried at the nearer bound */
  | { status: 'error'; code: RuleErrorCode; message: string; steps: Step[]; bounds?: { min: Dec; max: Dec } };

export interface EvaluationContext {
  figures: Figures;
  /** typed score of the leaf (the unit's own 得分), when it exists */
  typedScore?: Dec;
  settings?: Partial<IndicatorSettings>;
  /**
   * false when only the number is wanted (a PERF.* cell formula): rules whose explanation is costly
   * skip writing their steps. Defaults to true.
   */
  explain?: boolean;
}
