import type { GradeBands } from './grade';
import type { RuleErrorCode } from './errors';
import type { Dec } from './decimal';
import type { Rule, Step, IndicatorSettings, Figures, OutcomeFlag } from './types';

/** An indicator as read from a workbook or a framework: a tree of 一级 → 二级 → 三级 (leaves). */
export interface IndicatorNode {
  name: string;
  /** 分值 (max points) */
  points: Dec;
  children: IndicatorNode[];
  /** leaf only: the rule attached by matching (null = judgement with no known rule) */
  rule?: (Rule & { id?: string }) | null;
  /** the unit's typed 得分, when present */
  typedScore?: Dec;
  /**
   * leaf only: the form prints no 分值 for it (not a wrong one, none): its typed score is carried as
   * stated and unverified, never capped at the 0 that stands in `points`
   */
  pointsUnknown?: boolean;
  /** opaque reference back to where the node came from (e.g. a cell address); carried into results */
  ref?: string;
  /** a checklist or counted deduction judged by eye: with none of its figures given, the typed score is the judgement */
  judgementWhenMissing?: boolean;
  /** key of the 改进措施 library this leaf's losses map to */
  problemKind?: string;
  /**
   * why this leaf counts in no total (its 分值 is negative or unreadable): it is not scored, and its
   * points are 0, until the cell is fixed
   */
  outOfTotals?: string;
}

export type LeafStatus = 'scored' | 'judgement' | 'missing-input' | 'error';

/**
 * How a leaf's score was obtained, as a reader is told: 计算 (from the figures by the rule), 自评核验
 * (the unit's score, checked by the rule: a qualitative grade's band, or a judged part beside computed
 * parts), 判断 (the unit's judgement, checked only against 0 and the points), 缺数据 (the rule lacks
 * figures, or cannot use them).
 */
export type ScoreBasis = '计算' | '自评核验' | '判断' | '缺数据';

export interface ScoredLeaf {
  kind: 'leaf';
  name: string;
  path: string[];
  ref?: string;
  max: Dec;
  /** score used in totals (computed, judgement, or typed-but-unverified); null when none can be had */
  score: Dec | null;
  /** the computed score when the rule could compute one (before rounding at the edge) */
  computed: Dec | null;
  typedScore: Dec | null;
  status: LeafStatus;
  ruleId: string | null;
  missing: string[];
  steps: Step[];
  /** figure ids the result drew on */
  used: string[];
  /** an error's message (status 'error') */
  message?: string;
  errorCode?: RuleErrorCode;
  /**
   * true when a typed score was carried into the totals without being verified; the carried score is
   * the typed one kept inside [0, 分值] and inside what the rule still allows (then it may differ from typedScore)
   */
  unverified: boolean;
  problemKind?: string;
  /** the form prints no 分值 for this leaf: `max` is 0 for want of one, and the score is the typed one, unverified */
  pointsUnknown?: boolean;
  /** facts the rule reported, e.g. an indicator achieved far above its target */
  flags?: OutcomeFlag[];
  /** how the score was obtained */
  basis: ScoreBasis;
  /** the score as verified by the rule (计算 and a 自评核验 that held); null when nothing could verify it */
  verified: Dec | null;
}

export interface ScoredGroup {
  kind: 'group';
  name: string;
  path: string[];
  ref?: string;
  max: Dec;
  /** sum of children's scores; null-scored children are left out, and `complete` is false */
  score: Dec;
  /** sum of children's max points */
  childMax: Dec;
  complete: boolean;
  children: ScoredNode[];
}

export type ScoredNode = ScoredLeaf | ScoredGroup;

export type Grade = '优' | '良' | '中' | '差';

export interface ScoredTree {
  roots: ScoredNode[];
  total: Dec;
  max: Dec;
  grade: Grade;
  complete: boolean;
  /** the uncapped sum and the reason, when a total cap applied */
  capped?: { uncapped: Dec; reason: string };
  /** total ÷ max × 100 (2 places), only when max ≠ 100: the grade is given on this 100-point scale */
  percent?: Dec;
  /** the grade bands the grade was given by */
  gradeBands: GradeBands;
  /**
   * refs of the leaves whose 分值 the form does not print and whose typed scores the total carries
   * unverified: the total rests on them, and no percentage is made of a max that leaves them out
   */
  restsOnUnknownPoints?: string[];
}

export interface ScoreTreeOptions {
  figures: Figures;
  settings?: Partial<IndicatorSettings>;
  /** a local rule capping the total (e.g. by execution rate); applied after the sum */
  totalCap?: { max: Dec; reason: string };
  /** the national 90/80/60 unless the workbook or the run says otherwise */
  gradeBands?: GradeBands;
}
