/** The `targets/` room's door: the 绩效目标表 reader, its checks, the review score and its write plan. */
export { readTargetSheets, readTargetSheetOf } from './readTargetSheet';
export { splitTargetText, readTargetValue } from './targetValue';
export { checkTargets, TARGET_CHECKS } from './checks';
export { TARGET_FINDINGS } from './targetFindings';
export type { TargetFinding, TargetFindingCode } from './targetFindings';
export type * from './targetSheet.types';
export { reviewTargets, findReviewSheet, highestText } from './targetReview';
export type { TargetReview, CheckpointResult } from './targetReview';
export { REVIEW_CHECKPOINTS, highestGrade } from './reviewCheckpoints';
export type { ReviewCheckpoint } from './reviewCheckpoints';
export { REVIEW_SHEET, REVIEW_MARKER, COL as REVIEW_COLUMNS, FIRST_CHECKPOINT_ROW } from './reviewSheetLayout';
export { planTargetReview } from './planTargetReview';
export { targetEvidence } from './targetEvidence';
export type { TargetEvidence, TargetEvidenceItem } from './targetEvidence';
