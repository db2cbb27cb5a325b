/**
 * Our 目标审核 sheet: a marker in A1, the target's sheet in B2 and its range in D2, the checkpoints from row 4, the reviewer's 等级 / 得分 / 审核意见
 * in E–G (never written by us once the sheet exists), the total under them, then the findings.
 */
export const REVIEW_SHEET = '目标审核';
export const REVIEW_MARKER = '绩效目标审核评分表（绩效评分助手生成；等级、得分、审核意见由审核人填写）';
export const REVIEW_HEADERS = ['审核内容', '审核要点', '分值', '自动检查最高等级', '等级', '得分', '审核意见', '自动检查发现'] as const;
/** 0-based rows and columns */
export const HEADER_ROW = 2;
export const FIRST_CHECKPOINT_ROW = 3;
export const COL = { part: 0, name: 1, points: 2, highest: 3, grade: 4, score: 5, opinion: 6, found: 7 } as const;
export const FINDINGS_TITLE = '检查发现';
export const FINDINGS_HEADERS = ['检查', '级别', '单元格', '说明'] as const;
