/** The `targets/` room's door: the 绩效目标表 reader, its checks, the review score and its write plan. */
export { readTargetSheets, readTargetSheetOf } from './readTargetSheet';
export { splitTargetText, readTargetValue } from './targetValue';
export { checkTargets, TARGET_CHECKS } from './checks';
export { TARGET_FINDINGS } from './targetFindings';
export type { TargetFinding, TargetFindingCode } from './targetFindings';
export type * from './targetSheet.types';
