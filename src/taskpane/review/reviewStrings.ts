/**
 * Strings of the 审核 view that the pane's table (../i18n.ts) does not hold, Chinese first; an English
 * string left out falls back to the Chinese. The view's lookup covers both tables. Placeholders are {name}.
 */
import { makeTranslator, pane, type StringKey } from '../i18n';
import { RED_FLAGS, type RedFlagCode, type ReviewStatus } from '../../workbook/review';

/** The Chinese names of the red flags are the review layer's own (one list for the pane and the CLI). */
const flagNames = Object.fromEntries([...RED_FLAGS].map(([code, kind]) => [flagKey(code), kind.name])) as Record<`flag_${RedFlagCode}`, string>;

const zh = {
  intro: '逐项核对单位自评：采纳得分，或填写审核得分与审核意见、标注状态。结果写在指标表右侧的审核列，并生成“审核汇总”表；单位填报的内容不会被改动。',
  noTable: '请先在“识别”中找到指标评分表。',
  reviewer: '审核人',
  reviewerPlaceholder: '姓名',
  date: '审核日期',
  leavesTitle: '三级指标',
  leavesCount: '{n} 项，已审 {done} 项，有异议 {disputed} 项',
  colSelf: '自评',
  colSystem: '系统',
  colReviewed: '审核',
  colStatus: '状态',
  status_未审: '未审',
  status_已审: '已审',
  status_有异议: '有异议',
  warningsBadge: '{n} 条提示',
  accept: '采纳',
  acceptTitle: '按现有得分 {score} 通过',
  editorTitle: '审核：',
  path: '位置',
  scoreCell: '自评单元格',
  selfScore: '单位自评',
  systemScore: '系统计算',
  computedNote: '计算依据',
  judgementNote: '判断评分（无计算规则，以自评分为准）',
  missingNote: '缺少基础数据，自评分未经核验',
  errorNote: '按规则无法核验',
  leafFigures: '相关基础数据',
  findings: '检查提示',
  noWarnings: '无',
  priorLine: '此前审核：{status}，审核得分 {score}',
  // the reason as the reviewer typed it follows, as workbook text
  priorReason: '；{reason}',
  status: '审核状态',
  reviewedScore: '审核得分',
  reviewedScoreHint: '0 – {max}，留空表示采纳现有得分',
  reason: '审核意见',
  reasonHint: '调整得分或提出异议时必填',
  history: '审核记录',
  historyEmpty: '尚无审核记录',
  // {reviewer} and {leaf} are put in as workbook text
  historyLine: '第 {batch} 次 · {reviewer}（{date}）· {leaf}：{status} {scores}',
  historyReason: '：{reason}',
  pending: '得分待定',
  totalsBefore: '审核前总分',
  totalsAfter: '审核后总分',
  openDisputes: '未解决异议',
  previewButton: '预览审核写入',
  applyButton: '写入审核结果',
  undoReview: '撤销本次审核',
  nothingToWrite: '尚未修改任何指标的审核结果。',
  problemsTitle: '以下问题需先处理',
  scoreNotNumber: '「{name}」的审核得分“{text}”不是数字。',
  riskTitle: '风险信号',
  riskTotal: '风险合计 {total}',
  riskNone: '未见风险信号',
  riskWeight: '权重 {weight}',
  riskMore: '共 {count} 处',
  riskNote: '权重是我们的判断，仅作排序参考。',
  ...flagNames,
};

export type ReviewStringKey = keyof typeof zh;

// a key here must not shadow one of the pane's: the compiler names any that would
const noShadowing: [Extract<ReviewStringKey, StringKey>] extends [never] ? true : Extract<ReviewStringKey, StringKey> = true;
void noShadowing;

const en: Partial<Record<ReviewStringKey, string>> = {
  intro: 'Check each self-score: accept it, or enter a reviewed score with a comment and a status. Results go into review columns beside the table and a 审核汇总 sheet; the unit’s own entries are never changed.',
  noTable: 'Detect the indicator table first.',
  reviewer: 'Reviewer',
  reviewerPlaceholder: 'Name',
  date: 'Date',
  leavesTitle: 'Leaf indicators',
  leavesCount: '{n} in all, {done} reviewed, {disputed} disputed',
  colSelf: 'Self',
  colSystem: 'System',
  colReviewed: 'Reviewed',
  colStatus: 'Status',
  status_未审: 'Not reviewed',
  status_已审: 'Reviewed',
  status_有异议: 'Disputed',
  warningsBadge: '{n} findings',
  accept: 'Accept',
  acceptTitle: 'Accept the score {score}',
  editorTitle: 'Review:',
  path: 'Path',
  scoreCell: 'Self-score cell',
  selfScore: 'Self score',
  systemScore: 'Computed',
  computedNote: 'How it was computed',
  judgementNote: 'Judgement (no rule; the self score stands)',
  missingNote: 'Raw figures missing; the self score is unverified',
  errorNote: 'Cannot be verified by its rule',
  leafFigures: 'Raw figures',
  findings: 'Findings',
  noWarnings: 'None',
  priorLine: 'Earlier review: {status}, reviewed score {score}',
  priorReason: '; {reason}',
  status: 'Status',
  reviewedScore: 'Reviewed score',
  reviewedScoreHint: '0 – {max}; leave blank to accept the current score',
  reason: 'Comment',
  reasonHint: 'Required when changing a score or disputing',
  history: 'Review history',
  historyEmpty: 'No reviews yet',
  historyLine: 'Round {batch} · {reviewer} ({date}) · {leaf}: {status} {scores}',
  historyReason: ': {reason}',
  pending: 'score pending',
  totalsBefore: 'Total before review',
  totalsAfter: 'Total after review',
  openDisputes: 'Open disputes',
  previewButton: 'Preview review write',
  applyButton: 'Write review',
  undoReview: 'Undo this review',
  nothingToWrite: 'No review result has been changed yet.',
  problemsTitle: 'Please fix these first',
  scoreNotNumber: 'The reviewed score “{text}” of “{name}” is not a number.',
  riskTitle: 'Risk signals',
  riskTotal: 'Risk total {total}',
  riskNone: 'No risk signals',
  riskWeight: 'weight {weight}',
  riskMore: '{count} in all',
  riskNote: 'The weights are our own reading, a guide only.',
  flag_TOTALS_DISAGREE: 'Totals disagree with their parts',
  flag_SELF_ABOVE_COMPUTED: 'Self score above the computed score',
  flag_OVER_ACHIEVED_NO_REASON: '130% or more achieved, no reason given',
  flag_PHRASE_AS_ACTUAL: 'Quantitative actual written in words',
  flag_REASON_MISSING_BELOW_FULL: 'Below full marks, no reason for the deviation',
  flag_SATISFACTION_FULL: 'Satisfaction at 100%',
  flag_JUDGEMENTS_ALL_FULL: 'Every qualitative row at full marks',
};

export const reviewStrings = makeTranslator({ ...pane.zh, ...zh }, { ...pane.en, ...en });

export const reviewText = reviewStrings.translate;

/** The 审核 view's lookup: its own strings and the pane's. */
export type ReviewTranslate = ReturnType<typeof reviewStrings.useT>;

export const useReviewT: () => ReviewTranslate = reviewStrings.useT;

/** A review status (stored in the workbook in Chinese) in the pane's language. */
export function statusKey(status: ReviewStatus): `status_${ReviewStatus}` {
  return `status_${status}`;
}

/** A red flag's name in the pane's language. */
export function flagKey(code: RedFlagCode): `flag_${RedFlagCode}` {
  return `flag_${code}`;
}
