export { ExcelPort } from './ExcelPort';
export type { ExcelPortOptions } from './ExcelPort';
export type { ExcelApi } from './excelApi';
export { officeExcelApi } from './excelApi';
export type { ApplyReport } from './applyPlan';
export { ExcelHostError } from './errors';
