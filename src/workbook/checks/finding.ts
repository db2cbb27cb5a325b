import { RULE_ERRORS, type RuleErrorCode } from '../../engine/errors';

export type Severity = 'error' | 'warning' | 'info';

export const SEVERITY_NAMES: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

/**
 * Every code a finding may carry, with its Chinese name: the checks' own codes, the review's, and the
 * engine's rule errors (a leaf the engine could not score is reported under the engine's code).
 */
export const CHECK_FINDINGS = {
  BAD_NUMBER: '数值无法识别',
  SUM_MISMATCH: '合计与明细不符',
  POINTS_TOTAL_NOT_100: '分值合计不是 100',
  ROW_SHIFTED: '错列的行已修复',
  POINTS_MISSING: '缺少分值',
  POINTS_NEGATIVE: '分值为负数',
  SCORE_OUT_OF_RANGE: '得分超出分值范围',
  SCORE_BLANK: '得分未填',
  REASON_MISSING: '扣分未说明理由',
  MISSING_INPUT: '缺少评分数据',
  RULE_ERROR: '无法按规则评分',
  SELF_SCORE_DIFFERS: '自评得分与计算不符',
  UNVERIFIED_SCORE: '自评得分无法核验',
  OVER_ACHIEVEMENT: '超额完成（目标可能偏低）',
  PARTS_SUM_MISMATCH: '总数与组成部分不符',
  UNIT_MISMATCH: '金额单位疑似错误',
  RATE_INCONSISTENT: '比率与数据不符',
  RATE_SCALE_ASSUMED: '比率按小数读取',
  POINTS_DIFFER: '分值与指标体系不同',
  NUMBER_AS_TEXT: '数值以文本形式填写',
  FIGURE_AMBIGUOUS: '基础数据含义不明确',
  RATE_IMPLAUSIBLE: '比率超出可能范围',
  DATE_NUMBER_MIXED: '日期与数值混淆',
  CHECK_FAILED: '检查未能完成',
  REVIEW_SCORE_UNREADABLE: '审核得分无法识别',
  REVIEW_STATUS_UNKNOWN: '审核状态无法识别',
} as const satisfies Record<string, string>;

export type FindingCode = keyof typeof CHECK_FINDINGS | RuleErrorCode;

/** The Chinese name of a finding code. */
export function findingName(code: FindingCode): string {
  return code in CHECK_FINDINGS ? CHECK_FINDINGS[code as keyof typeof CHECK_FINDINGS] : RULE_ERRORS[code as RuleErrorCode];
}

/** A finding about the workbook: code, severity, where, and a Chinese message that states the figures. */
export interface Warning {
  code: FindingCode;
  severity: Severity;
  sheet: string;
  /** A1 address of the cell, or null for a sheet-wide finding */
  address: string | null;
  message: string;
}
