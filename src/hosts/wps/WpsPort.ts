/**
 * The workbook port over the WPS 表格 object model. The model is synchronous and in-process, so each
 * call completes before it returns; the port stays promise-based like every other host.
 */
import type { ApplyResult, WorkbookPort, WorkbookSnapshot, WritePlan } from '../../workbook/port';
import { writePlan } from './applyPlan';
import { EtApplication, member } from './et';
import { hostError, WpsHostError } from './errors';
import { activeWorkbook, isVisible, readWorkbook } from './readSnapshot';
import { parseSheetCell } from '../../workbook/read';
import { writablePlan } from '../../workbook/plan';

export class WpsPort implements WorkbookPort {
  constructor(private readonly app: EtApplication) {
    if (!app) throw new WpsHostError('未找到 WPS 表格的 Application 对象');
  }

  async readSnapshot(): Promise<WorkbookSnapshot> {
    return readWorkbook(this.app);
  }

  async applyPlan(plan: WritePlan): Promise<ApplyResult> {
    return writePlan(this.app, writablePlan(plan));
  }

  /** Application.Selection is a Range only when cells are selected (a shape or chart has no Address). */
  async getSelection(): Promise<{ sheet: string; address: string } | null> {
    try {
      const selection = (this.app as unknown as { Selection?: { Address?: unknown } }).Selection;
      const address = selection ? member(selection as { Address: unknown }, 'Address') : null;
      const sheet = member(this.app, 'ActiveSheet') as Et.Worksheet | null;
      if (typeof address !== 'string' || !sheet) return null;
      return parseSheetCell(address, String(member(sheet, 'Name')));
    } catch (error) {
      throw hostError(error, '读取选中的单元格');
    }
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
