/** The host-agnostic workbook layer: what hosts, the CLI and the task pane call. */
export { analyse } from './analyse';
export { planScoreWrite, type ScoreWriteOptions } from './planScores';
export { invertPlan, checkedUndo, type CheckedUndo } from './undo';
export { verifyPlan, sameContent, type Conflict, type CellContent, type Verified } from './verifyPlan';
export { applyToSnapshot } from './applyToSnapshot';
export { toJsonReport, type JsonReport } from './jsonReport';
export { reportOf, type ReportContent } from './reportOf';
export { planTemplate, type TemplateLeaf } from './template';
export { readSettings, planSettingsWrite, SETTINGS_SHEET, type WorkbookSettings } from './settings';
export { detectTable } from './detectTable';
export { findFigures } from './findFigures';
export { parseCell, readCell } from './cellText';
export { sheetOf, findSheet, cellValue, cellFormula, cellFormat, cellText, cellValueA1, cellFormulaA1, cellFormatA1, isBlankValue, sheetWidth } from './snapshotCells';
export * from './address';
export type * from './analysis.types';
export type * from './layout.types';
export type * from './port';
