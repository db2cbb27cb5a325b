/**
 * Every code a rule may fail with, and its Chinese name. A closed set: a rule that fails with a code
 * not listed here does not compile, and the pane and the review summary can always name a code.
 */
export const RULE_ERRORS = {
  NOT_A_NUMBER: '数据不是数值',
  NEGATIVE_VALUE: '数据为负数',
  NOT_A_COUNT: '个数不是整数',
  NOT_A_FLAG: '是否项填写无法识别',
  UNKNOWN_CATEGORY: '情形无法识别',
  UNKNOWN_GRADE: '完成情况无法归档',
  NO_TIER: '数值不属于任何档次',
  DIVIDE_BY_ZERO: '分母为 0',
  BAD_PARAMETER: '评分规则参数无效',
  SCORE_OUT_OF_RANGE: '得分超出分值范围',
  JUDGEMENT_PART_OUT_OF_RANGE: '判断部分得分超出范围',
  QUALITATIVE_OUT_OF_BAND: '定性指标得分与完成档次不符',
  UNKNOWN_RULE: '未知的评分规则类型',
  INTERNAL: '评分规则计算失败',
} as const satisfies Record<string, string>;

export type RuleErrorCode = keyof typeof RULE_ERRORS;
