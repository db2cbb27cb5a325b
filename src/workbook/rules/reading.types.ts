/**
 * A rule as read from a 评分标准 text: the `reading` object of test/fixtures/rule-texts/README.md.
 * Numbers are decimal strings as the text writes them; a rate is in percent ("90" with unit "%").
 */

export interface Bound {
  min?: string;
  minInclusive?: boolean;
  max?: string;
  maxInclusive?: boolean;
  equals?: string;
}

/** A tier with no bound at all is "otherwise". */
export interface TierReading extends Bound {
  points: string;
}

interface Clauses {
  /** clauses that zero the indicator ("存在…的，本项不得分"), as written */
  veto?: string[];
  /** clauses that give full points ("没有楼堂馆所项目的部门按满分计算"), as written */
  grant?: string[];
}

export interface TiersReading extends Clauses {
  kind: 'tiers';
  measure: string;
  unit: string;
  tiers: TierReading[];
}

export interface PerPointReading extends Clauses {
  kind: 'per-point';
  measure: string;
  unit: string;
  full: string;
  fullWhen: Bound;
  /** which way of the bound loses points */
  direction: 'over' | 'under';
  /** in the measure's unit; "1" for 每一个百分点 */
  step: string;
  deduct: string;
  partial: 'proportional' | 'whole-steps' | 'ambiguous';
}

export interface RatioReading extends Clauses {
  kind: 'ratio';
  /** a rate named as one figure … */
  measure?: string;
  /** … or a fraction of two figures, as written */
  numerator?: string;
  denominator?: string;
  points: string;
  cap: string;
}

export interface ChecklistReading extends Clauses {
  kind: 'checklist';
  items: { text: string; points: string }[];
}

export interface DeductReading extends Clauses {
  kind: 'deduct';
  what: string;
  perItem: string;
  full: string;
}

export interface JudgementReading extends Clauses {
  kind: 'judgement';
  why: string;
}

export interface AmbiguousReading extends Clauses {
  kind: 'ambiguous';
  readings: Reading[];
  why: string;
}

export interface NotUnderstoodReading extends Clauses {
  kind: 'not-understood';
  why: string;
}

export type DefiniteReading = TiersReading | PerPointReading | RatioReading | ChecklistReading | DeductReading;
export type Reading = DefiniteReading | JudgementReading | AmbiguousReading | NotUnderstoodReading;

/** What the parser is given: the text, the indicator's 分值 and, when the table prints one, its definition. */
export interface StandardInput {
  text: string;
  points: string;
  definition?: string;
}
