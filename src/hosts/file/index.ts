export { FileHost } from './fileHost';
export type { FileComment } from './fileHost';
export { FileHostError, fileSystemReason, isFileHostError } from './errors';
export type { FileHostErrorCode } from './errors';
export { describeDroppedParts } from './droppedParts';
export type { DroppedKind, DroppedPart } from './droppedParts';
export { isSameFile } from './samePath';
export { excelJs } from './excelJs';
export { storedText, withStoredText } from './storedText';
