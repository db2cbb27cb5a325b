/// <reference types="office-js" />
/**
 * The port's getSelection over Office.js: the selected range's address in one sync (ExcelApi 1.1).
 */
import type { ExcelApi } from './excelApi';
import { hostError } from './errors';
import { parseSheetCell } from '../../workbook/read';

export async function readSelection(api: ExcelApi): Promise<{ sheet: string; address: string } | null> {
  try {
    const address = await api.run(async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load('address');
      await context.sync();
      return range.address;
    });
    return parseSheetCell(address);
  } catch (error) {
    throw hostError(error, '读取选中的单元格');
  }
}
