/// <reference types="office-js" />
/**
 * The workbook port over Office.js: one round trip to read, one to write.
 */
import type { WorkbookPort, WorkbookSnapshot, WritePlan } from '../../workbook/port';
import { ExcelApi, officeExcelApi } from './excelApi';
import { readWorkbook } from './readSnapshot';
import { writePlan, type ExcelApplyResult } from './applyPlan';
import { hostError } from './errors';
import { readSelection } from './selection';
import { writablePlan } from '../../workbook/plan';

export interface ExcelPortOptions {
  /** sheets queued in the single read trip (more are read in further trips) */
  maxSheets?: number;
  /** bytes per request or response; Excel on the web's limit is 5 MB */
  payloadBudget?: number;
}

export class ExcelPort implements WorkbookPort {
  private readonly api: ExcelApi;
  private readonly maxSheets: number;
  private readonly payloadBudget: number;

  constructor(api: ExcelApi = officeExcelApi(), options: ExcelPortOptions = {}) {
    this.api = api;
    this.maxSheets = options.maxSheets ?? 64;
    this.payloadBudget = options.payloadBudget ?? 4_500_000;
  }

  readSnapshot(): Promise<WorkbookSnapshot> {
    return readWorkbook(this.api, { maxSheets: this.maxSheets, payloadBudget: this.payloadBudget });
  }

  applyPlan(plan: WritePlan): Promise<ExcelApplyResult> {
    return writePlan(this.api, writablePlan(plan), { payloadBudget: this.payloadBudget });
  }

  getSelection(): Promise<{ sheet: string; address: string } | null> {
    return readSelection(this.api);
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    try {
      await this.api.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(address).select();
        await context.sync();
      });
    } catch (error) {
      throw hostError(error, '定位单元格', sheet, address);
    }
  }
}
