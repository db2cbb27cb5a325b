/**
 * Writing a plan through the synchronous ET model. The plan is validated first, then applied in its
 * own order, split at sheet additions and deletions; between them, cells go out as rectangular
 * `Value2`/`Formula` blocks, styles as blocks per style, then comments, column widths and drop-down lists.
 * Screen updating is off for the whole write and alerts are off while a sheet is deleted.
 */
import { parseA1, rangeA1 } from '../../workbook/read';
import type { ApplyResult, CellStyle, Change, WritePlan } from '../../workbook/port';
import { Placed, toBlocks } from '../shared/blocks';
import { cellInput } from '../shared/cellInput';


import { hexToBgr } from './colour';
import { EtApplication, EtWorkbook, EtWorksheet, member, sheetAt, XL_SHEET_HIDDEN } from './et';
import { hostError } from './errors';
import { activeWorkbook, isVisible, worksheets } from './readSnapshot';
import { validatePlan } from './validatePlan';

type CellChange = Extract<Change, { kind: 'cell' }>;
type CommentChange = Extract<Change, { kind: 'comment' }>;
type WidthChange = Extract<Change, { kind: 'column-width' }>;
type ListChange = Extract<Change, { kind: 'validation-list' }>;

/** XlDVType.xlValidateList, XlDVAlertStyle.xlValidAlertStop, XlFormatConditionOperator.xlBetween */
const XL_VALIDATE_LIST = 3;
const XL_VALID_ALERT_STOP = 1;
const XL_BETWEEN = 1;

function styleKey(style: CellStyle): string {
  return JSON.stringify([style.bold, style.wrap, style.fill, style.numberFormat]);
}

class Writer {
  private readonly byName = new Map<string, EtWorksheet>();
  private cells = new Map<string, Map<string, CellChange>>();
  private comments: CommentChange[] = [];
  private widths: WidthChange[] = [];
  private lists: ListChange[] = [];
  readonly toHide: string[] = [];

  constructor(
    private readonly app: EtApplication,
    private readonly book: EtWorkbook,
  ) {
    for (const ws of worksheets(book)) this.byName.set(String(member(ws, 'Name')).toLowerCase(), ws);
  }

  sheet(name: string): EtWorksheet {
    const ws = this.byName.get(name.toLowerCase());
    if (!ws) throw new Error(`找不到工作表「${name}」`);
    return ws;
  }

  add(change: Change): void {
    switch (change.kind) {
      case 'cell': {
        const bySheet = this.cells.get(change.sheet) || new Map<string, CellChange>();
        bySheet.set(change.address.replace(/\$/g, '').toUpperCase(), change); // the last change to a cell wins
        this.cells.set(change.sheet, bySheet);
        break;
      }
      case 'comment':
        this.comments.push(change);
        break;
      case 'column-width':
        this.widths.push(change);
        break;
      case 'validation-list':
        this.lists.push(change);
        break;
      case 'add-sheet':
        this.flush();
        this.addSheet(change.sheet);
        if (change.hidden) this.toHide.push(change.sheet);
        break;
      case 'delete-sheet':
        this.flush();
        this.deleteSheet(change.sheet);
        break;
    }
  }

  private addSheet(name: string): void {
    const sheets = member(this.book, 'Worksheets');
    const active = member(this.app, 'ActiveSheet') as EtWorksheet | null;
    const ws = sheets.Add(undefined, sheetAt(sheets, Number(member(sheets, 'Count')))) as EtWorksheet;
    ws.Name = name;
    this.byName.set(name.toLowerCase(), ws);
    // Add activates the new sheet; the user stays where they were
    if (active) active.Activate();
  }

  private deleteSheet(name: string): void {
    const ws = this.sheet(name);
    const alerts = member(this.app, 'DisplayAlerts');
    // Delete asks for confirmation, which would block the add-in
    this.app.DisplayAlerts = false;
    try {
      ws.Delete();
    } finally {
      this.app.DisplayAlerts = alerts;
    }
    this.byName.delete(name.toLowerCase());
  }

  flush(): void {
    for (const [sheet, byAddress] of this.cells) this.writeCells(sheet, [...byAddress.values()]);
    for (const change of this.comments) this.writeComment(change);
    for (const change of this.widths) {
      try {
        const columns = member(this.sheet(change.sheet), 'Columns');
        (columns.Item(change.column + 1) as Et.Range).ColumnWidth = change.width;
      } catch (error) {
        throw hostError(error, '设置列宽', change.sheet);
      }
    }
    for (const change of this.lists) this.writeList(change);
    this.cells = new Map();
    this.comments = [];
    this.widths = [];
    this.lists = [];
  }

  private writeCells(sheet: string, changes: CellChange[]): void {
    const ws = this.sheet(sheet);
    const placed: Placed<CellChange>[] = changes.map((item) => ({ ...parseA1(item.address)!, item }));
    for (const block of toBlocks(placed)) {
      const address = rangeA1(block.top, block.left, block.top + block.grid.length - 1, block.left + block.grid[0].length - 1);
      try {
        const range = ws.Range(address);
        const hasFormula = block.grid.some((row) => row.some((c) => c.formula !== undefined));
        const input = block.grid.map((row) => row.map((c) => (c.formula !== undefined ? `=${c.formula.replace(/^=/, '')}` : cellInput(c.value))));
        if (hasFormula) range.Formula = input as unknown as string;
        else range.Value2 = input;
      } catch (error) {
        throw hostError(error, '写入单元格', sheet, address);
      }
    }
    const styled = new Map<string, { style: CellStyle; cells: Placed<CellStyle>[] }>();
    for (const p of placed) {
      const style = p.item.style;
      if (!style) continue;
      const key = styleKey(style);
      const group = styled.get(key) || { style, cells: [] };
      group.cells.push({ row: p.row, col: p.col, item: style });
      styled.set(key, group);
    }
    for (const { style, cells } of styled.values()) {
      for (const block of toBlocks(cells)) {
        const address = rangeA1(block.top, block.left, block.top + block.grid.length - 1, block.left + block.grid[0].length - 1);
        try {
          const range = ws.Range(address);
          if (style.bold !== undefined) range.Font.Bold = style.bold;
          if (style.wrap !== undefined) range.WrapText = style.wrap;
          if (style.fill !== undefined) range.Interior.Color = hexToBgr(style.fill);
          if (style.numberFormat !== undefined) range.NumberFormat = style.numberFormat;
        } catch (error) {
          throw hostError(error, '设置单元格格式', sheet, address);
        }
      }
    }
  }

  /** A legacy comment (note) holds plain text: the author goes on its first line, as the file host writes it. */
  private writeComment(change: CommentChange): void {
    try {
      const range = this.sheet(change.sheet).Range(change.address);
      const existing = member(range, 'Comment') as Et.Comment | null | undefined;
      // AddComment fails on a cell that already has one, so it is replaced rather than edited
      if (existing) existing.Delete();
      if (change.text) range.AddComment(change.author ? `${change.author}:\n${change.text}` : change.text);
    } catch (error) {
      throw hostError(error, '写入批注', change.sheet, change.address);
    }
  }

  /** Validation.Add fails on a cell that has a rule, so any rule goes first; deleting alone undoes an added list. */
  private writeList(change: ListChange): void {
    try {
      const validation = this.sheet(change.sheet).Range(change.address).Validation;
      validation.Delete();
      if (change.options) validation.Add(XL_VALIDATE_LIST, XL_VALID_ALERT_STOP, XL_BETWEEN, change.options.join(','));
    } catch (error) {
      throw hostError(error, '设置下拉列表', change.sheet, change.address);
    }
  }

  hideAdded(): void {
    for (const name of this.toHide) {
      if (!this.byName.has(name.toLowerCase())) continue;
      try {
        this.sheet(name).Visible = XL_SHEET_HIDDEN as unknown as Et.XlSheetVisibility;
      } catch (error) {
        throw hostError(error, '隐藏工作表', name);
      }
    }
  }
}

/** Writes the whole plan or throws: the ET model has a call for every kind of change, so none is skipped. */
export function writePlan(app: EtApplication, plan: WritePlan): ApplyResult {
  const book = activeWorkbook(app);
  const existing = worksheets(book).map((ws) => ({ name: String(member(ws, 'Name')), hidden: !isVisible(ws) }));
  validatePlan(existing, plan);
  const result = { applied: plan.changes.length, skipped: [] };
  if (!plan.changes.length) return result;
  const screen = member(app, 'ScreenUpdating');
  app.ScreenUpdating = false;
  try {
    const writer = new Writer(app, book);
    for (const change of plan.changes) writer.add(change);
    writer.flush();
    writer.hideAdded();
  } catch (error) {
    throw hostError(error, `写入「${plan.title}」`);
  } finally {
    app.ScreenUpdating = screen !== false;
  }
  return result;
}
