export { ExcelPort } from './ExcelPort';
export type { ExcelPortOptions } from './ExcelPort';
export type { ExcelApi } from './excelApi';
export { officeExcelApi, type OfficeGlobals } from './excelApi';
export type { ExcelApplyResult } from './applyPlan';
export { ExcelHostError } from './errors';
export { excelOpenWorkbook, type OpenWorkbook } from './openWorkbook';
