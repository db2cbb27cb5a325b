export * from './constants';
export { readHistory, historyChanges } from './history';
export type { HistoryEntry, HistoryRead } from './history';
export { buildReviewModel, readReview, collectLeaves, leafKey } from './reviewModel';
export type { ReviewModel, ReviewLeaf, ReviewFigure, PriorReview, ReviewColumns, ReviewTotals, ReviewState } from './reviewModel';
export { planReviewWrite, checkReview, ReviewError } from './planReview';
export type { ReviewEntry, ReviewInput } from './planReview';
export { summaryGrid, findOwnSummary, afterScore } from './summarySheet';
export type { FinalLeafState } from './summarySheet';
