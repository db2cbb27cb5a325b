/**
 * Names and texts the review writes into a workbook. They are how a later run recognises its own
 * columns and sheets, so they must stay stable and must not read as the unit's own table headers.
 */

export type ReviewStatus = '未审' | '已审' | '有异议';
export const REVIEW_STATUSES: readonly ReviewStatus[] = ['未审', '已审', '有异议'];

export function isReviewStatus(value: unknown): value is ReviewStatus {
  return typeof value === 'string' && (REVIEW_STATUSES as readonly string[]).includes(value);
}

export const REVIEW_SCORE_HEADER = '审核得分';
export const REVIEW_REASON_HEADER = '审核意见';
export const REVIEW_STATUS_HEADER = '审核状态';

export const SUMMARY_SHEET = '审核汇总';
/** Second line of a summary sheet we wrote: only a sheet carrying it is ever overwritten. */
export const SUMMARY_MARKER = '本表由绩效评分助手根据审核结果生成，再次审核时将被更新。';

export const HISTORY_SHEET = '_perfscore_review';
/** History columns, in the order written; read back by header text so the order may change later. */
export const HISTORY_HEADERS = {
  batch: '批次',
  reviewer: '审核人',
  date: '审核日期',
  sheet: '工作表',
  cell: '审核单元格',
  leaf: '指标',
  path: '指标路径',
  old: '原得分',
  new: '审核得分',
  status: '审核状态',
  reason: '审核意见',
  comment: '批注',
} as const;
export type HistoryField = keyof typeof HISTORY_HEADERS;
export const HISTORY_FIELDS = Object.keys(HISTORY_HEADERS) as HistoryField[];
