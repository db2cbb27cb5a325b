/**
 * A strict fake of the WPS 表格 (ET) object model, synchronous like the real one, over the same
 * in-memory workbook as the Office.js fake. It fails where WPS fails: `Item` is 1-based and throws
 * out of range; `Value2`/`Formula` take a scalar or an array of exactly the range's shape; a one-cell
 * range reads as a scalar and a one-row range as a one-dimensional array (as some builds do);
 * `Range.Select` needs the sheet to be active; `AddComment` refuses a cell that has a comment;
 * `Interior.Color` takes a BGR integer; deleting a sheet with alerts on would block on a dialog.
 * Members whose kind differs between WPS builds (Count, UsedRange, Row, Column, Comment, Name of a
 * workbook, ActiveWorkbook, ActiveSheet) are methods or properties depending on `memberStyle`.
 */
import { cellKey, parseCell, parseRange, rangeText, RangeRef, splitSheet } from '../office/a1';
import { evaluate, CustomFunction } from '../office/formula';
import { emptySheet, FakeCell, FakeSheet, FakeWorkbookData, isEmpty, Scalar } from '../office/model';
import { etError } from './errors';

export interface FakeEtOptions {
  /** how members that differ between builds appear (default 'method') */
  memberStyle?: 'method' | 'property';
  /** shape of Value2/Formula for a one-row range (default '1d') */
  oneRow?: '1d' | '2d';
  /**
   * what Range.NumberFormat of a block answers: 'uniform' (default, as COM does) one format when every
   * cell agrees and null when they differ; 'grid' a block of formats shaped like Value2, as some builds do
   */
  numberFormats?: 'uniform' | 'grid';
  /** WPS build number, e.g. '12.1.0.20540' */
  build?: string;
  /** user name recorded as a comment's author */
  user?: string;
  /**
   * the page's globals: 'merged' (default) `Application` and `wps` are one root carrying the ET
   * application and the add-in API, as et-jsapi-declare's index.d.ts declares them; 'legacy' an older
   * build with no `Application`: `wps` carries the add-in API and the ET application only through
   * `wps.EtApplication()`, as public add-in code calls it
   */
  globals?: 'merged' | 'legacy';
}

export const XL_SHEET_VISIBLE = -1;
export const XL_SHEET_HIDDEN = 0;
export const XL_SHEET_VERY_HIDDEN = 2;

const NUMBER_TEXT = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const ILLEGAL_SHEET_CHARS = /[*?:/\\[\]]/;
/** points per character of column width, as the Office fake's loader stores widths */
const POINTS_PER_CHAR = 5.25;

/** Define `name` on `obj` as a method or a getter, per the build style being imitated. */
function styled(obj: object, style: 'method' | 'property', name: string, get: () => unknown): void {
  if (style === 'method') Object.defineProperty(obj, name, { value: get, enumerable: false, configurable: true });
  else Object.defineProperty(obj, name, { get, enumerable: false, configurable: true });
}

function isScalarInput(v: unknown): v is Scalar {
  return typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));
}

/** The host: owns the workbook and the registered custom functions; counts bulk calls. */
export class FakeEt {
  readonly options: Required<FakeEtOptions>;
  readonly functions: Record<string, CustomFunction> = {};
  readonly stats = { value2Reads: 0, value2Writes: 0, formulaReads: 0, formulaWrites: 0, numberFormatReads: 0, comCalls: 0 };
  readonly app: FakeEtApplication;

  constructor(
    readonly data: FakeWorkbookData,
    options: FakeEtOptions = {},
  ) {
    this.options = {
      memberStyle: options.memberStyle ?? 'method',
      oneRow: options.oneRow ?? '1d',
      numberFormats: options.numberFormats ?? 'uniform',
      build: options.build ?? '12.1.0.20540',
      user: options.user ?? '用户',
      globals: options.globals ?? 'merged',
    };
    this.app = new FakeEtApplication(this);
    this.recalc(); // a workbook open in WPS is calculated
  }

  sheet(name: string): FakeSheet | undefined {
    const lower = name.toLowerCase();
    return this.data.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  /** Formulas entered through the API are calculated; loaded ones keep their cached value unless the fake can compute them. */
  recalc(): void {
    const read = (sheet: string, row: number, col: number): Scalar | null => {
      const c = this.sheet(sheet)?.cells[cellKey(row, col)];
      return c && c.v !== undefined && c.v !== '' ? c.v : null;
    };
    for (let pass = 0; pass < 3; pass++) {
      for (const sheet of this.data.sheets) {
        for (const cell of Object.values(sheet.cells)) {
          if (!cell.f) continue;
          const v = evaluate(cell.f, { read, sheet: sheet.name, functions: this.functions });
          if (cell.api || v !== '#NAME?') cell.v = v;
        }
      }
    }
  }

  visibleCount(): number {
    return this.data.sheets.filter((s) => s.visibility === 'Visible').length;
  }
}

export class FakeEtApplication {
  DisplayAlerts = true;
  ScreenUpdating = true;
  readonly Build: string;
  readonly Version = '12.0';
  private workbook: FakeEtWorkbook;

  constructor(readonly host: FakeEt) {
    this.Build = host.options.build;
    this.workbook = new FakeEtWorkbook(host);
    styled(this, host.options.memberStyle, 'ActiveWorkbook', () => this.workbook);
    styled(this, host.options.memberStyle, 'ActiveSheet', () => {
      const name = host.data.activeSheet;
      return name && host.sheet(name) ? new FakeEtWorksheet(host, host.sheet(name)!) : null;
    });
  }

  get Worksheets(): FakeEtSheets {
    return this.workbook.Worksheets;
  }

  /** WorksheetFunction.CountA over one range: how many of its cells hold a value or a formula */
  get WorksheetFunction(): { CountA(range: unknown): number } {
    const host = this.host;
    return {
      CountA(range: unknown): number {
        host.stats.comCalls++;
        if (!(range instanceof FakeEtRange)) throw etError('WorksheetFunction.CountA', '参数不是区域');
        return range._countA();
      },
    };
  }

  /** the selected range on the active sheet (A1 when nothing was selected there), as WPS answers it */
  get Selection(): FakeEtRange {
    const name = this.host.data.activeSheet;
    const sheet = name ? this.host.sheet(name) : null;
    if (!sheet) throw etError('Application.Selection', '没有活动工作表');
    const { sheet: at, local } = splitSheet(this.host.data.selection ?? '');
    const box = (at === sheet.name && parseRange(local)) || parseRange('A1')!;
    return new FakeEtRange(this.host, sheet, box);
  }
}

export class FakeEtWorkbook {
  readonly Sheets: FakeEtSheets;
  readonly Worksheets: FakeEtSheets;
  constructor(readonly host: FakeEt) {
    this.Sheets = new FakeEtSheets(host);
    this.Worksheets = this.Sheets; // the fake holds no chart sheets
    styled(this, host.options.memberStyle, 'Name', () => host.data.name);
  }
}

export class FakeEtSheets {
  constructor(readonly host: FakeEt) {
    styled(this, host.options.memberStyle, 'Count', () => host.data.sheets.length);
  }

  Item(index: unknown): FakeEtWorksheet {
    this.host.stats.comCalls++;
    const sheets = this.host.data.sheets;
    if (typeof index === 'number') {
      if (!Number.isInteger(index) || index < 1 || index > sheets.length)
        throw etError('Sheets.Item', `下标越界：${index}（共有 ${sheets.length} 个工作表，下标从 1 开始）`);
      return new FakeEtWorksheet(this.host, sheets[index - 1]);
    }
    if (typeof index === 'string') {
      const sheet = this.host.sheet(index);
      if (!sheet) throw etError('Sheets.Item', `下标越界：没有名为「${index}」的工作表`);
      return new FakeEtWorksheet(this.host, sheet);
    }
    throw etError('Sheets.Item', `类型不匹配：${String(index)}`);
  }

  Add(Before?: unknown, After?: unknown, Count?: unknown, Type?: unknown): FakeEtWorksheet {
    this.host.stats.comCalls++;
    if (Before != null && After != null) throw etError('Sheets.Add', 'Before 与 After 不能同时指定');
    if (Count != null && Count !== 1) throw etError('Sheets.Add', '此处只支持添加一个工作表');
    if (Type != null && Type !== -4167) throw etError('Sheets.Add', '只支持工作表类型');
    const sheets = this.host.data.sheets;
    const ref = (Before ?? After) as FakeEtWorksheet | undefined;
    if (ref != null && !(ref instanceof FakeEtWorksheet)) throw etError('Sheets.Add', 'Before/After 应为工作表对象');
    let n = sheets.length + 1;
    while (this.host.sheet(`Sheet${n}`)) n++;
    const sheet = emptySheet(`Sheet${n}`);
    let at = sheets.length;
    if (ref) {
      const i = sheets.indexOf(ref._sheet());
      at = Before != null ? i : i + 1;
    } else if (this.host.data.activeSheet) {
      // with neither given, WPS inserts before the active sheet
      at = Math.max(0, sheets.findIndex((s) => s.name === this.host.data.activeSheet));
    }
    sheets.splice(at, 0, sheet);
    this.host.data.activeSheet = sheet.name;
    return new FakeEtWorksheet(this.host, sheet);
  }
}

export class FakeEtWorksheet {
  constructor(
    readonly host: FakeEt,
    private readonly sheet: FakeSheet,
  ) {
    styled(this, host.options.memberStyle, 'UsedRange', () => {
      const box = usedBoxWithFormats(this._sheet()) ?? { top: 0, left: 0, bottom: 0, right: 0 };
      return new FakeEtRange(host, this._sheet(), box);
    });
  }

  /** the live sheet; throws once the sheet was deleted */
  _sheet(): FakeSheet {
    if (!this.host.data.sheets.includes(this.sheet)) throw etError('Worksheet', '对象已被删除');
    return this.sheet;
  }

  get Name(): string {
    return this._sheet().name;
  }
  set Name(name: string) {
    const sheet = this._sheet();
    if (typeof name !== 'string' || name.trim() === '') throw etError('Worksheet.Name', '名称不能为空');
    if (name.length > 31 || ILLEGAL_SHEET_CHARS.test(name) || /^'|'$/.test(name)) throw etError('Worksheet.Name', `名称无效：${name}`);
    const clash = this.host.sheet(name);
    if (clash && clash !== sheet) throw etError('Worksheet.Name', `名称已被占用：${name}`);
    if (this.host.data.activeSheet === sheet.name) this.host.data.activeSheet = name;
    sheet.name = name;
  }

  get Visible(): number {
    const v = this._sheet().visibility;
    return v === 'Visible' ? XL_SHEET_VISIBLE : v === 'Hidden' ? XL_SHEET_HIDDEN : XL_SHEET_VERY_HIDDEN;
  }
  set Visible(value: number | boolean) {
    const sheet = this._sheet();
    const to =
      value === true || value === XL_SHEET_VISIBLE ? 'Visible' : value === false || value === XL_SHEET_HIDDEN ? 'Hidden' : value === XL_SHEET_VERY_HIDDEN ? 'VeryHidden' : null;
    if (!to) throw etError('Worksheet.Visible', `值无效：${String(value)}`);
    if (to !== 'Visible' && sheet.visibility === 'Visible' && this.host.visibleCount() === 1) throw etError('Worksheet.Visible', '不能隐藏唯一可见的工作表');
    sheet.visibility = to;
    if (to !== 'Visible' && this.host.data.activeSheet === sheet.name) {
      this.host.data.activeSheet = this.host.data.sheets.find((s) => s.visibility === 'Visible')?.name ?? null;
    }
  }

  get Index(): number {
    return this.host.data.sheets.indexOf(this._sheet()) + 1;
  }

  get Columns(): FakeEtRange {
    return new FakeEtRange(this.host, this._sheet(), { top: 0, left: 0, bottom: 1048575, right: 16383 }, 'columns');
  }

  get Rows(): FakeEtRange {
    return new FakeEtRange(this.host, this._sheet(), { top: 0, left: 0, bottom: 1048575, right: 16383 }, 'rows');
  }

  Range(address: unknown, Cell2?: unknown): FakeEtRange {
    this.host.stats.comCalls++;
    if (Cell2 !== undefined) throw etError('Worksheet.Range', '此处只支持一个地址参数');
    if (typeof address !== 'string') throw etError('Worksheet.Range', `地址应为文本：${String(address)}`);
    if (address.includes('!')) throw etError('Worksheet.Range', `地址不能含工作表名：${address}`);
    const box = parseRange(address.replace(/\$/g, ''));
    if (!box) throw etError('Worksheet.Range', `地址无效：${address}`);
    return new FakeEtRange(this.host, this._sheet(), box);
  }

  Activate(): void {
    const sheet = this._sheet();
    if (sheet.visibility !== 'Visible') throw etError('Worksheet.Activate', '不能激活隐藏的工作表');
    this.host.data.activeSheet = sheet.name;
  }

  Delete(): void {
    const sheet = this._sheet();
    // WPS asks "要删除此工作表吗？" and waits; an add-in must turn alerts off first
    if (this.host.app.DisplayAlerts) throw etError('Worksheet.Delete', '删除工作表会弹出确认对话框并阻塞：请先设置 Application.DisplayAlerts = false');
    if (sheet.visibility === 'Visible' && this.host.visibleCount() === 1) throw etError('Worksheet.Delete', '不能删除唯一可见的工作表');
    const sheets = this.host.data.sheets;
    sheets.splice(sheets.indexOf(sheet), 1);
    if (this.host.data.activeSheet === sheet.name) this.host.data.activeSheet = sheets.find((s) => s.visibility === 'Visible')?.name ?? null;
    this.host.recalc();
  }
}

/** Cells holding a value, a formula or a format, as WPS counts its used range. */
function usedBoxWithFormats(sheet: FakeSheet): RangeRef | null {
  let box: RangeRef | null = null;
  for (const [key, cell] of Object.entries(sheet.cells)) {
    if (isEmpty(cell) && !cell.bold && !cell.wrap && !cell.fill && !cell.nf) continue;
    const r = parseRange(key);
    if (!r) continue;
    if (!box) box = { ...r };
    else {
      box.top = Math.min(box.top, r.top);
      box.left = Math.min(box.left, r.left);
      box.bottom = Math.max(box.bottom, r.bottom);
      box.right = Math.max(box.right, r.right);
    }
  }
  return box;
}

type Mode = 'cells' | 'rows' | 'columns';

export class FakeEtRange {
  readonly Interior: FakeEtInterior;
  readonly Font: FakeEtFont;
  readonly Validation: FakeEtValidation;

  constructor(
    readonly host: FakeEt,
    private readonly sheet: FakeSheet,
    readonly box: RangeRef,
    private readonly mode: Mode = 'cells',
  ) {
    this.Interior = new FakeEtInterior(this);
    this.Font = new FakeEtFont(this);
    this.Validation = new FakeEtValidation(this);
    const style = host.options.memberStyle;
    styled(this, style, 'Row', () => this.box.top + 1);
    styled(this, style, 'Column', () => this.box.left + 1);
    styled(this, style, 'Count', () => (this.mode === 'rows' ? this.rows() : this.mode === 'columns' ? this.cols() : this.rows() * this.cols()));
    styled(this, style, 'Comment', () => {
      const c = this.single('Range.Comment');
      const key = cellKey(c.top, c.left);
      return this._sheet().notes[key] ? new FakeEtComment(this.host, this._sheet(), key) : null;
    });
  }

  _sheet(): FakeSheet {
    if (!this.host.data.sheets.includes(this.sheet)) throw etError('Range', '所在工作表已被删除');
    return this.sheet;
  }

  rows(): number {
    return this.box.bottom - this.box.top + 1;
  }
  cols(): number {
    return this.box.right - this.box.left + 1;
  }

  private single(member: string): RangeRef {
    if (this.rows() !== 1 || this.cols() !== 1) throw etError(member, `只能用于单个单元格，而区域是 ${rangeText(this.box)}`);
    return this.box;
  }

  private cell(r: number, c: number): FakeCell | undefined {
    return this._sheet().cells[cellKey(this.box.top + r, this.box.left + c)];
  }

  /** cells of the range holding a value or a formula, counted over the sheet's cells (never the whole box) */
  _countA(): number {
    const b = this.box;
    let n = 0;
    for (const [key, cell] of Object.entries(this._sheet().cells)) {
      if (cell.f === undefined && (cell.v === undefined || cell.v === '')) continue;
      const at = parseCell(key);
      if (at && at.row >= b.top && at.row <= b.bottom && at.col >= b.left && at.col <= b.right) n += 1;
    }
    return n;
  }

  private bounded(member: string): void {
    if (this.rows() * this.cols() > 5_000_000) throw etError(member, '区域过大');
  }

  /** A block as WPS hands it back: scalar for one cell, 1-D for one row (per option), else 2-D. */
  private shaped(f: (c: FakeCell | undefined) => unknown): unknown {
    this.bounded('Range');
    const grid: unknown[][] = [];
    for (let r = 0; r < this.rows(); r++) {
      const row: unknown[] = [];
      for (let c = 0; c < this.cols(); c++) row.push(f(this.cell(r, c)));
      grid.push(row);
    }
    if (this.rows() === 1 && this.cols() === 1) return grid[0][0];
    if (this.rows() === 1 && this.host.options.oneRow === '1d') return grid[0];
    return grid;
  }

  get Rows(): FakeEtRange {
    return new FakeEtRange(this.host, this._sheet(), this.box, 'rows');
  }
  get Columns(): FakeEtRange {
    return new FakeEtRange(this.host, this._sheet(), this.box, 'columns');
  }

  /** Item(n) of a Rows/Columns collection is its nth row/column; of cells, the nth cell row-wise. */
  Item(index: unknown, column?: unknown): FakeEtRange {
    this.host.stats.comCalls++;
    if (typeof index !== 'number' || !Number.isInteger(index) || index < 1) throw etError('Range.Item', `下标越界：${String(index)}`);
    const b = this.box;
    if (this.mode === 'columns') {
      if (column !== undefined || index > this.cols()) throw etError('Range.Item', `下标越界：${index}`);
      return new FakeEtRange(this.host, this._sheet(), { top: b.top, bottom: b.bottom, left: b.left + index - 1, right: b.left + index - 1 }, 'columns');
    }
    if (this.mode === 'rows') {
      if (column !== undefined || index > this.rows()) throw etError('Range.Item', `下标越界：${index}`);
      return new FakeEtRange(this.host, this._sheet(), { top: b.top + index - 1, bottom: b.top + index - 1, left: b.left, right: b.right }, 'rows');
    }
    if (column !== undefined) {
      if (typeof column !== 'number' || !Number.isInteger(column) || column < 1) throw etError('Range.Item', `下标越界：${String(column)}`);
      return new FakeEtRange(this.host, this._sheet(), { top: b.top + index - 1, bottom: b.top + index - 1, left: b.left + column - 1, right: b.left + column - 1 });
    }
    if (index > this.rows() * this.cols()) throw etError('Range.Item', `下标越界：${index}`);
    const r = Math.floor((index - 1) / this.cols());
    const c = (index - 1) % this.cols();
    return new FakeEtRange(this.host, this._sheet(), { top: b.top + r, bottom: b.top + r, left: b.left + c, right: b.left + c });
  }

  get Address(): string {
    return rangeText(this.box).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
  }

  get Value2(): unknown {
    this.host.stats.value2Reads++;
    return this.shaped((c) => (c?.v === undefined || c.v === '' ? undefined : c.v));
  }
  set Value2(input: unknown) {
    this.host.stats.value2Writes++;
    this.write('Range.Value2', input);
  }

  get Formula(): unknown {
    this.host.stats.formulaReads++;
    return this.shaped((c) => (c?.f ? c.f : c?.v === undefined ? '' : typeof c.v === 'boolean' ? (c.v ? 'TRUE' : 'FALSE') : String(c.v)));
  }
  set Formula(input: unknown) {
    this.host.stats.formulaWrites++;
    this.write('Range.Formula', input);
  }

  /** Apply a scalar to every cell or an array of exactly the range's shape; anything else is refused. */
  private each(member: string, input: unknown, apply: (cell: FakeCell, v: unknown, key: string) => void): void {
    if (this.mode !== 'cells' && (this.box.bottom === 1048575 || this.box.right === 16383)) throw etError(member, '不能写入整行或整列');
    this.bounded(member);
    const rows = this.rows();
    const cols = this.cols();
    let grid: unknown[][];
    if (!Array.isArray(input)) grid = Array.from({ length: rows }, () => new Array(cols).fill(input));
    else if (input.length > 0 && !Array.isArray(input[0])) {
      // a flat array fills one row, as COM accepts it
      if (rows !== 1 || input.length !== cols) throw etError(member, `数组形状不符：区域为 ${rows} 行 ${cols} 列，数组为 1 行 ${input.length} 列`);
      grid = [input];
    } else {
      if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols))
        throw etError(member, `数组形状不符：区域为 ${rows} 行 ${cols} 列，数组为 ${input.length} 行`);
      grid = input as unknown[][];
    }
    const sheet = this._sheet();
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const key = cellKey(this.box.top + r, this.box.left + c);
        apply(sheet.cells[key] ?? (sheet.cells[key] = {}), grid[r][c], key);
      }
    }
  }

  private write(member: string, input: unknown): void {
    this.each(member, input, (cell, v) => {
      if (!isScalarInput(v)) throw etError(member, `类型不匹配：${v === null ? 'null' : typeof v}`);
      // a cell holds at most 32,767 characters (Excel's and WPS's specification)
      if (typeof v === 'string' && v.length > 32767) throw etError(member, `文本长度 ${v.length} 超过单元格上限 32767`);
      if (typeof v === 'string' && v.length > 1 && v.charAt(0) === '=') {
        cell.f = v;
        cell.api = true;
        return;
      }
      delete cell.f;
      delete cell.api;
      if (v === '') delete cell.v;
      else if (typeof v === 'string' && v.charAt(0) === "'") cell.v = v.slice(1);
      else if (typeof v === 'string' && NUMBER_TEXT.test(v.trim())) cell.v = Number(v.trim());
      else if (typeof v === 'string' && /^\s*[-+]?\d+(\.\d+)?%\s*$/.test(v)) cell.v = Number(v.trim().replace('%', '')) / 100;
      else cell.v = v;
    });
    this.host.recalc();
  }

  get NumberFormat(): unknown {
    this.host.stats.numberFormatReads++;
    if (this.host.options.numberFormats === 'grid') return this.shaped((c) => c?.nf ?? 'General');
    return this.uniform((c) => c?.nf ?? 'General') as string | null;
  }
  set NumberFormat(value: string) {
    if (typeof value !== 'string') throw etError('Range.NumberFormat', `类型不匹配：${typeof value}`);
    this.each('Range.NumberFormat', value, (cell) => {
      cell.nf = value === 'General' || value === 'G/通用格式' ? undefined : value;
    });
  }

  get WrapText(): boolean | null {
    return this.uniform((c) => !!c?.wrap) as boolean | null;
  }
  set WrapText(value: boolean) {
    if (typeof value !== 'boolean') throw etError('Range.WrapText', `类型不匹配：${typeof value}`);
    this.each('Range.WrapText', value, (cell) => {
      cell.wrap = value || undefined;
    });
  }

  get ColumnWidth(): number | null {
    if (this.mode === 'rows') throw etError('Range.ColumnWidth', '不适用于行');
    const widths = new Set<number>();
    for (let c = this.box.left; c <= this.box.right && widths.size < 2; c++) widths.add(this.widthOf(c));
    return widths.size === 1 ? [...widths][0] : null;
  }
  set ColumnWidth(value: number) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 255) throw etError('Range.ColumnWidth', `列宽应在 0–255 之间：${String(value)}`);
    const sheet = this._sheet();
    for (let c = this.box.left; c <= this.box.right; c++) sheet.columnWidths[String(c)] = Math.round(value * POINTS_PER_CHAR * 100) / 100;
  }

  private widthOf(col: number): number {
    const points = this._sheet().columnWidths[String(col)];
    return points === undefined ? 8.38 : Math.round((points / POINTS_PER_CHAR) * 100) / 100;
  }

  /** One value when every cell agrees, null when they differ (as WPS reports mixed formats). */
  uniform(f: (c: FakeCell | undefined) => unknown): unknown {
    this.bounded('Range');
    let first: unknown;
    for (let r = 0; r < this.rows(); r++)
      for (let c = 0; c < this.cols(); c++) {
        const v = f(this.cell(r, c));
        if (r === 0 && c === 0) first = v;
        else if (v !== first) return null;
      }
    return first;
  }

  _each(member: string, value: unknown, apply: (cell: FakeCell) => void): void {
    this.each(member, value, (cell) => apply(cell));
  }

  AddComment(Text?: unknown): FakeEtComment {
    this.host.stats.comCalls++;
    const box = this.single('Range.AddComment');
    const key = cellKey(box.top, box.left);
    const sheet = this._sheet();
    if (sheet.notes[key]) throw etError('Range.AddComment', `单元格 ${key} 已有批注`);
    if (Text !== undefined && typeof Text !== 'string') throw etError('Range.AddComment', `类型不匹配：${typeof Text}`);
    sheet.notes[key] = { content: (Text as string | undefined) ?? '', author: this.host.options.user };
    return new FakeEtComment(this.host, sheet, key);
  }

  ClearComments(): void {
    const sheet = this._sheet();
    for (let r = this.box.top; r <= this.box.bottom; r++) for (let c = this.box.left; c <= this.box.right; c++) delete sheet.notes[cellKey(r, c)];
  }

  Select(): boolean {
    const sheet = this._sheet();
    // as in Excel, Select fails unless the range's sheet is the active one
    if (this.host.data.activeSheet !== sheet.name) throw etError('Range.Select', '所在工作表不是活动工作表');
    this.host.data.selection = `${sheet.name}!${rangeText(this.box)}`;
    return true;
  }

  Activate(): boolean {
    return this.Select();
  }
}

export class FakeEtInterior {
  constructor(private readonly range: FakeEtRange) {}

  /** BGR integer; 16777215 (white) when there is no fill, null when cells differ */
  get Color(): number | null {
    return this.range.uniform((c) => (c?.fill ? hexToBgr(c.fill) : 0xffffff)) as number | null;
  }
  set Color(value: number) {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 0xffffff)
      throw etError('Interior.Color', `颜色应为 0–16777215 的整数（BGR），而不是 ${JSON.stringify(value)}`);
    this.range._each('Interior.Color', value, (cell) => {
      cell.fill = bgrHex(value);
    });
  }
}

/**
 * Range.Validation, list rules only: `Add` refuses a cell that already has a rule (Delete first, as
 * in Excel) and takes xlValidateList (3) with a comma-separated Formula1 of at most 255 characters;
 * `Type` of a cell without a rule fails, as it does in Excel.
 */
export class FakeEtValidation {
  constructor(private readonly range: FakeEtRange) {}

  private cells(): { sheet: FakeSheet; keys: string[] } {
    const sheet = this.range._sheet();
    const keys: string[] = [];
    for (let r = this.range.box.top; r <= this.range.box.bottom; r++) for (let c = this.range.box.left; c <= this.range.box.right; c++) keys.push(cellKey(r, c));
    return { sheet, keys };
  }

  get Type(): number {
    const { sheet, keys } = this.cells();
    if (!keys.every((k) => sheet.validations?.[k])) throw etError('Validation.Type', '区域没有数据有效性');
    return 3;
  }

  Add(Type: unknown, AlertStyle?: unknown, Operator?: unknown, Formula1?: unknown): void {
    const { sheet, keys } = this.cells();
    if (keys.some((k) => sheet.validations?.[k])) throw etError('Validation.Add', '区域已有数据有效性，应先 Delete');
    if (Type !== 3) throw etError('Validation.Add', `此处只支持序列（3），而不是 ${String(Type)}`);
    if (AlertStyle !== undefined && ![1, 2, 3].includes(AlertStyle as number)) throw etError('Validation.Add', `AlertStyle 无效：${String(AlertStyle)}`);
    if (Operator !== undefined && typeof Operator !== 'number') throw etError('Validation.Add', `Operator 无效：${String(Operator)}`);
    if (typeof Formula1 !== 'string' || Formula1.trim() === '' || Formula1.length > 255) throw etError('Validation.Add', `序列来源无效：${JSON.stringify(Formula1)}`);
    sheet.validations ??= {};
    for (const k of keys) sheet.validations[k] = { source: Formula1, inCellDropDown: true };
  }

  Delete(): void {
    const { sheet, keys } = this.cells();
    for (const k of keys) delete sheet.validations?.[k];
  }
}

export class FakeEtFont {
  constructor(private readonly range: FakeEtRange) {}

  get Bold(): boolean | null {
    return this.range.uniform((c) => !!c?.bold) as boolean | null;
  }
  set Bold(value: boolean) {
    if (typeof value !== 'boolean') throw etError('Font.Bold', `类型不匹配：${typeof value}`);
    this.range._each('Font.Bold', value, (cell) => {
      cell.bold = value || undefined;
    });
  }
}

export class FakeEtComment {
  constructor(
    private readonly host: FakeEt,
    private readonly sheet: FakeSheet,
    private readonly key: string,
  ) {}

  private live(): { content: string; author: string } {
    const c = this.sheet.notes[this.key];
    if (!c || !this.host.data.sheets.includes(this.sheet)) throw etError('Comment', '批注已被删除');
    return c;
  }

  get Author(): string {
    return this.live().author;
  }

  /** Text() reads; Text(text) replaces the whole text (Start/Overwrite are not supported by the fake). */
  Text(Text?: unknown, Start?: unknown, Overwrite?: unknown): string {
    const c = this.live();
    if (Start !== undefined || Overwrite !== undefined) throw etError('Comment.Text', '此处不支持 Start/Overwrite');
    if (Text !== undefined) {
      if (typeof Text !== 'string') throw etError('Comment.Text', `类型不匹配：${typeof Text}`);
      c.content = Text;
    }
    return c.content;
  }

  Delete(): void {
    this.live();
    delete this.sheet.notes[this.key];
  }
}

function hexToBgr(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  return ((n >> 16) & 0xff) + (n & 0xff00) + ((n & 0xff) << 16);
}

function bgrHex(bgr: number): string {
  const h = (n: number) => (n & 0xff).toString(16).toUpperCase().padStart(2, '0');
  return `#${h(bgr)}${h(bgr >> 8)}${h(bgr >> 16)}`;
}
