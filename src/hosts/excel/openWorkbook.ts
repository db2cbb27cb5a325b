/**
 * Opens an .xlsx (base64) as a new workbook window: Excel.createWorkbook, ExcelApi 1.8 (Excel 2019
 * and later, Excel on the web, Mac 16.17+). Null where the host lacks the set: the pane then offers
 * the file as a download instead.
 */
import type { OfficeGlobals } from './excelApi';

export type OpenWorkbook = (base64: string) => Promise<void>;

export function excelOpenWorkbook(g: OfficeGlobals): OpenWorkbook | null {
  const requirements = (g.Office.context as Partial<typeof Office.context> | undefined)?.requirements;
  if (!requirements?.isSetSupported('ExcelApi', '1.8') || typeof g.Excel.createWorkbook !== 'function') return null;
  return (base64) => g.Excel.createWorkbook(base64);
}
