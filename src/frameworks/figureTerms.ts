/**
 * The words finance staff use for the parts of a figure's meaning, as data: each key term (a concept)
 * with the words that say it. A 基础数据 label is read into these terms, longest word first, and a
 * figure is named by the terms it needs (`figureMeanings.ts`). Synonyms live here, once: 资产 ~ 固定资产;
 * 在编 ~ 实有在编 ~ 在职; 编外 ~ 编外聘用 ~ 劳务派遣; 支出 ~ 执行 ~ 决算; 满意度 ~ 满意率 ~ 满意度调查结果;
 * 计划 ~ 预算 for procurement.
 *
 * Terms marked OTHER name something none of our figures is (a payment, a fund source, a computed
 * rate, a retiree): a label holding one names no figure that does not allow it.
 */

export const FIGURE_TERMS = {
  // what is counted or spent
  BUDGET: ['预算', '预算数', '预算安排', '指标', '批复预算'],
  INITIAL: ['年初', '年初批复'],
  ADJUSTED: ['调整后', '调整', '调整预算后'],
  FULLYEAR: ['全年'],
  SPEND: ['支出', '预算支出', '执行预算支出'],
  EXEC: ['执行', '执行数', '执行预算'],
  FINAL: ['决算', '决算数'],
  ACTUAL: ['实际', '成交', '完成额', '实际完成'],
  INCOME: ['收入'],
  BASIC: ['基本支出'],
  PROJECT_PART: ['项目支出'],
  PERSONNEL: ['人员经费'],
  PUBLIC: ['公用经费', '日常公用经费'],
  THREE: ['三公经费', '三公'],
  PROCURE: ['政府采购', '采购'],
  PLAN: ['计划'],
  ASSET: ['资产', '固定资产'],
  IN_USE: ['在用'],
  ORIGINAL: ['原值'],
  ALL: ['全部', '所有'],
  TOTAL: ['总额', '总数', '合计', '总计', '合计数', '总'],
  AUTH: ['编制', '编制数', '核定编制', '人员编制', '核定行政编制', '核定事业编制', '编制人数'],
  ON_POST: ['在编', '实有在编', '在职', '在职在编', '在编职工', '财政供养', '在编人员'],
  HAVE: ['实有'],
  CONTRACT: ['编外', '编外人员', '编外聘用', '劳务派遣', '合同制聘用', '劳动合同制', '协管员', '临聘', '编制外聘用', '编制外', '编外人数'],
  PROJECT: ['项目'],
  DONE: ['完成', '已完成'],
  ON_TIME: ['按时', '按计划时间', '如期'],
  KEY_TASK: ['重点工作'],
  UNDONE: ['未完成', '没有完成', '未按时完成'],
  SATISFACTION: ['满意度', '满意率', '满意度调查结果', '满意程度'],
  AVERAGE: ['平均'],
  PETITION: ['信访', '群众信访'],
  REPLY_RATE: ['回复率', '办理回复率', '答复率'],
  TIMELY: ['及时', '及时办理'],
  EXEC_RATE: ['执行率', '完成率', '支出率', '预算执行率', '预算完成率'],
  PROGRESS: ['进度', '支出进度'],
  QUARTER: ['季度', '一至四季度', '各季度', '每季度'],
  Q1: ['一季度', '第一季度', '1季度', '第1季度'],
  Q2: ['二季度', '第二季度', '2季度', '第2季度'],
  Q3: ['三季度', '第三季度', '3季度', '第3季度'],
  Q4: ['四季度', '第四季度', '4季度', '第4季度'],
  CUMULATIVE: ['累计'],
  DISCLOSE: ['公开'],
  BUDGET_DISCLOSE: ['预算公开'],
  FINAL_DISCLOSE: ['决算公开'],
  BOTH_DISCLOSE: ['预决算公开', '预决算信息公开'],
  SECRET: ['涉密'],
  SCORE: ['得分', '评分', '分值'],
  FUNDS: ['资金', '经费', '预算资金', '财政资金总额'],
  GENERAL_BUDGET: ['一般公共预算'],
  ANNUAL: ['年度', '本年度', '当年度', '本年'],
  THIS_YEAR: ['当年'],
  DEPT: ['部门', '单位', '本单位', '部门整体', '整体', '全口径'],
  DENOMINATOR: ['(a)'],
  // statements of the checklist items (评分标准 wording)
  BUDGET_PREP: ['预算编制', '部门预算编制'],
  DUTY: ['职责'],
  POLICY: ['方针政策', '政策'],
  PRIORITY: ['工作重点', '轻重缓急'],
  ALLOCATE: ['分配'],
  BASIS: ['依据', '有依据'],
  MEASURE: ['测算'],
  SCALE: ['规模'],
  MATCH: ['匹配', '相匹配'],
  INCOME_SPEND: ['收支'],
  COMPLETE: ['完整'],
  NONCONFORM: ['不符合', '不符合要求', '缺失', '没按要求', '未按要求'],
  TARGET: ['绩效目标'],
  DECOMPOSE: ['细化分解'],
  CONTAIN: ['包含', '含有'],
  EFFECT_INDICATOR: ['效益指标'],
  MEASURABLE: ['可衡量'],
  QUANTIFIED: ['可量化', '量化'],
  VIOLATION: ['违规', '超范围', '超标准', '虚列', '挪用', '挤占', '截留'],
  APPROVAL: ['报批', '审批程序'],
  TENDER: ['招投标', '招标'],
  MONITOR: ['监控机制', '运行监控'],
  INSPECT: ['检查'],
  SUPERVISOR: ['主管'],
  CUSTODY: ['保管', '账实相符'],
  DISPOSAL: ['处置'],
  HAND_IN: ['上缴'],
  ESTABLISH: ['制定', '建立'],
  RULES: ['制度'],
  INTERNAL_CONTROL: ['内部控制', '内控'],
  ENFORCED: ['有效执行', '得到执行', '得到有效执行'],
  PERF_MANAGEMENT: ['预算绩效管理', '绩效管理'],
  FULL_IMPLEMENT: ['全面实施'],
  POLICY_FUNCTION: ['政策功能'],
  SPEND_NORM: ['支出规范性', '支出规范'],
  ACCOUNTING: ['会计核算'],
  CHANNEL: ['反映渠道', '意见渠道', '渠道'],
  // words that name something none of our figures is
  OTHER: [
    '待处置', '待报废', '退休', '离休', '在职在岗', '现有', '支付', '序时', '政府性基金', '财政拨款', '专项资金',
    '财政专户', '单位资金', '自有资金', '上年结转', '结转', '结余', '到位', '基本建设', '中小企业', '意向',
    '利用率', '控制率', '调整率', '差异率', '变动率', '公开率', '结余率', '占比', '比例', '增长率', '下降率',
    '收益', '科学技术支出', '教育支出', '城乡社区支出', '一般公共服务支出', '社会保障和就业支出', '卫生健康支出',
    '住房保障支出', '农林水支出', '节能环保支出', '文化旅游体育与传媒支出', '资源勘探工业信息等支出', '其他支出',
    '财政资金', '其他资金', '社会资金', '工资福利支出', '商品和服务支出', '对个人和家庭的补助',
  ],
} as const satisfies Record<string, readonly string[]>;

export type FigureTerm = keyof typeof FIGURE_TERMS;

/**
 * Terms that qualify a label without changing which figure it names (部门, 年度, 资金…): a label may
 * hold them although the figure does not list them, and a figure may still need one.
 */
export const SOFT_TERMS: readonly FigureTerm[] = ['DEPT', 'ANNUAL', 'FUNDS', 'GENERAL_BUDGET', 'TOTAL', 'THIS_YEAR', 'DENOMINATOR'];
