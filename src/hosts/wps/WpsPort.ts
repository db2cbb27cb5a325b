/**
 * The workbook port over the WPS 表格 object model. The model is synchronous and in-process, so each
 * call completes before it returns; the port stays promise-based like every other host.
 */
import type { ApplyResult, WorkbookPort, WorkbookSnapshot, WritePlan } from '../../workbook/port';
import { writePlan } from './applyPlan';
import { EtApplication, member } from './et';
import { hostError, WpsHostError } from './errors';
import { activeWorkbook, isVisible, readWorkbook } from './readSnapshot';

export class WpsPort implements WorkbookPort {
  constructor(private readonly app: EtApplication) {
    if (!app) throw new WpsHostError('未找到 WPS 表格的 Application 对象');
  }

  async readSnapshot(): Promise<WorkbookSnapshot> {
    return readWorkbook(this.app);
  }

  async applyPlan(plan: WritePlan): Promise<ApplyResult> {
    return writePlan(this.app, plan);
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    try {
      const ws = member(activeWorkbook(this.app), 'Worksheets').Item(sheet) as Et.Worksheet;
      if (!isVisible(ws)) throw new WpsHostError(`工作表「${sheet}」已隐藏，无法定位`, sheet, address);
      ws.Activate();
      ws.Range(address).Select();
    } catch (error) {
      throw hostError(error, '定位单元格', sheet, address);
    }
  }
}
