/**
 * A strict fake of the Excel JavaScript API (the subset an add-in of this kind uses). It follows
 * Office's batching model: calls on proxy objects only queue commands; `context.sync()` runs the queue
 * against the in-memory workbook, in order, and only then are loaded properties readable. It fails the
 * way Excel does: reading a property that was not loaded and synced throws PropertyNotLoaded, writing
 * an array of the wrong shape throws InvalidArgument, a missing sheet throws ItemNotFound at sync, an
 * API above the supported ExcelApi version throws ApiNotFound, and a batch over 5 MB is refused.
 */
import { typedText } from './typedText';
import { cellKey, parseRange, quoteSheet, rangeText, RangeRef, splitSheet, MAX_ROWS } from './a1';
import { ErrorCodes, officeError, propertyNotLoaded, FakeOfficeError } from './errors';
import { evaluate, CustomFunction } from './formula';
import { emptySheet, FakeCell, FakeComment as FakeCommentData, FakeSheet, FakeWorkbookData, Scalar, usedBox, Visibility } from './model';

export interface FakeExcelOptions {
  /** highest ExcelApi requirement set supported, e.g. '1.9' (threaded comments need 1.10, notes 1.18); default '1.18' */
  apiVersion?: string;
  /** request and response size limit in bytes (Excel on the web: 5 MB) */
  payloadLimit?: number;
  /** custom functions the fake can calculate, by upper-case full name (e.g. PERF.ROUND) */
  functions?: Record<string, CustomFunction>;
  /** author recorded on comments and notes added through the API (Excel records the signed-in user) */
  user?: string;
  /**
   * Reproduce Excel's fault under non-English display languages (OfficeDev/office-js 891, 6614):
   * a custom function in a formula written through the API shows #NAME? although it is registered.
   */
  nameFault?: boolean;
  /** namespace of associated custom functions (the manifest's, PERF) */
  namespace?: string;
}

interface Op {
  /** runs against the workbook at sync time; may throw */
  exec(): void;
  /** bytes this command adds to the request */
  size: number;
}

type Staged = () => void;


function minor(version: string): number {
  const [maj, min] = version.split('.').map(Number);
  return maj * 1000 + (min || 0);
}

/** The fake host: owns the workbook, counts syncs, hands out request contexts. */
export class FakeExcel {
  readonly data: FakeWorkbookData;
  readonly options: Required<FakeExcelOptions>;
  syncCount = 0;
  runCount = 0;
  /** how many syncs ran with API calculation suspended */
  suspendedSyncs = 0;
  /** bytes of the largest request seen */
  largestRequest = 0;

  constructor(data: FakeWorkbookData, options: FakeExcelOptions = {}) {
    this.data = data;
    this.options = {
      apiVersion: options.apiVersion ?? '1.18',
      payloadLimit: options.payloadLimit ?? 5 * 1024 * 1024,
      functions: options.functions ?? {},
      user: options.user ?? '用户',
      nameFault: options.nameFault ?? false,
      namespace: options.namespace ?? 'PERF',
    };
    this.recalc(); // as Excel calculates a workbook when it opens
  }

  /** CustomFunctions.associate, as the shared runtime calls it */
  associate = (id: string, fn: CustomFunction): void => {
    this.options.functions[`${this.options.namespace}.${id}`.toUpperCase()] = fn;
  };

  isSetSupported(name: string, version = '1.1'): boolean {
    return name === 'ExcelApi' && minor(version) <= minor(this.options.apiVersion);
  }

  /** Excel.run: a fresh context per batch; pending commands are flushed by a final sync, as Office does. */
  run = async <T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> => {
    this.runCount++;
    const context = new FakeRequestContext(this);
    try {
      const result = await batch(context);
      if (context._pending()) await context.sync();
      return result;
    } finally {
      context._close();
    }
  };

  sheetByName(name: string): FakeSheet | undefined {
    const lower = name.toLowerCase();
    return this.data.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  private usesCustomFunction(formula: string): boolean {
    const names = formula.toUpperCase().match(/[A-Z_][A-Z0-9_.]*(?=\s*\()/g) ?? [];
    return names.some((n) => n in this.options.functions);
  }

  /** Recalculate formulas: those entered through the API always, loaded ones when the fake can. */
  recalc(): void {
    const read = (sheet: string, row: number, col: number): Scalar | null => {
      const c = this.sheetByName(sheet)?.cells[cellKey(row, col)];
      return c && c.v !== undefined && c.v !== '' ? c.v : null;
    };
    // a few passes settle chains of dependent formulas without building a dependency graph
    for (let pass = 0; pass < 3; pass++) {
      for (const sheet of this.data.sheets) {
        for (const cell of Object.values(sheet.cells)) {
          if (!cell.f) continue;
          const faulty = cell.api && this.options.nameFault && this.usesCustomFunction(cell.f);
          const v = faulty ? '#NAME?' : evaluate(cell.f, { read, sheet: sheet.name, functions: this.options.functions });
          if (cell.api || v !== '#NAME?') cell.v = v;
        }
      }
    }
  }
}

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  private queue: Op[] = [];
  private staged: Staged[] = [];
  private closed = false;
  private tracked: FakeProxy[] = [];
  /** set by suspendApiCalculationUntilNextSync for the current batch */
  _suspended = false;

  constructor(readonly host: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
    this.application = new FakeApplication(this);
  }

  _pending(): boolean {
    return this.queue.length > 0;
  }

  _close(): void {
    this.closed = true;
  }

  _enqueue(op: Op): void {
    if (this.closed) throw officeError(ErrorCodes.invalidRequestContext);
    this.queue.push(op);
  }

  /** Loaded values become visible only when the whole batch has succeeded. */
  _stage(apply: Staged): void {
    this.staged.push(apply);
  }

  _track(p: FakeProxy): void {
    this.tracked.push(p);
  }

  async sync(): Promise<void> {
    if (this.closed) throw officeError(ErrorCodes.invalidRequestContext);
    const host = this.host;
    host.syncCount++;
    const ops = this.queue;
    const tracked = this.tracked;
    this.queue = [];
    this.staged = [];
    this._suspended = false;
    await Promise.resolve(); // a round trip is always asynchronous
    const size = ops.reduce((n, op) => n + op.size, 0);
    host.largestRequest = Math.max(host.largestRequest, size);
    if (size > host.options.payloadLimit) throw officeError(ErrorCodes.requestPayloadSizeLimitExceeded);
    try {
      for (const op of ops) op.exec();
    } finally {
      if (this._suspended) host.suspendedSyncs++;
      host.recalc(); // calculation resumes once the batch is done
      this._suspended = false;
    }
    let responseBytes = 0;
    for (const p of tracked) {
      responseBytes += p._responseBytes;
      p._responseBytes = 0;
    }
    const staged = this.staged;
    this.staged = [];
    if (responseBytes > host.options.payloadLimit) throw officeError(ErrorCodes.responsePayloadSizeLimitExceeded);
    for (const apply of staged) apply();
    for (const p of tracked) p._settle();
  }
}

/** Base of every proxy: load/sync bookkeeping and the PropertyNotLoaded rule. */
abstract class FakeProxy {
  protected loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;
  private resolvedOnce = false;
  _responseBytes = 0;

  constructor(readonly context: FakeRequestContext) {
    context._track(this);
  }

  /** whether the object exists, decided at sync time; throws for a non-null getter that misses */
  protected abstract exists(): boolean;
  /** names of the scalar properties `load` accepts */
  protected abstract props(): string[];
  /** the live value of a property, at sync time */
  protected abstract live(prop: string): unknown;
  /** child proxies reachable through "a/b" load paths */
  protected child(_name: string): FakeProxy | null {
    return null;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded('isNullObject');
    return this.nullState;
  }

  _settle(): void {
    if (this.resolvedOnce) return;
    try {
      this.nullState = !this.exists();
      this.resolvedOnce = true;
    } catch {
      // stays unresolved: the batch that used it failed
    }
  }

  load(spec?: string | string[] | { select?: string | string[] }): this {
    const list = normaliseLoad(spec, this.props());
    const own: string[] = [];
    for (const item of list) {
      const slash = item.indexOf('/');
      if (slash > 0) {
        const kid = this.child(item.slice(0, slash));
        if (!kid) throw officeError(ErrorCodes.invalidArgument, `load('${item}')`);
        kid.load(item.slice(slash + 1));
      } else if (this.props().includes(item)) own.push(item);
      else if (this.child(item)) this.child(item)!.load();
      else throw officeError(ErrorCodes.invalidArgument, `load('${item}')`, `The property '${item}' does not exist on this object.`);
    }
    const size = 40 + own.join(',').length;
    this.context._enqueue({
      size,
      exec: () => {
        if (!this.exists()) return; // a null object loads nothing
        const values = own.map((p) => [p, this.live(p)] as const);
        this._responseBytes += jsonSize(values);
        this.context._stage(() => values.forEach(([p, v]) => this.loaded.set(p, v)));
      },
    });
    return this;
  }

  protected get<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw propertyNotLoaded(prop);
    return this.loaded.get(prop) as T;
  }

  protected set(prop: string, value: unknown, apply: () => void): void {
    this.loaded.delete(prop); // a queued write makes the last loaded value stale
    this.context._enqueue({ size: 40 + prop.length + jsonSize(value), exec: apply });
  }

  protected call(name: string, apply: () => void, size = 40): void {
    this.context._enqueue({ size: size + name.length, exec: apply });
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

function normaliseLoad(spec: string | string[] | { select?: string | string[] } | undefined, all: string[]): string[] {
  if (spec === undefined) return all;
  const raw = typeof spec === 'string' ? spec : Array.isArray(spec) ? spec.join(',') : [spec.select ?? []].flat().join(',');
  return raw.split(',').map((s) => s.trim()).filter(Boolean);
}

/** Bytes of the JSON text as UTF-8, as the request carries it (a Chinese character is 3 bytes). */
export function jsonSize(value: unknown): number {
  let text: string;
  try {
    text = JSON.stringify(value) ?? 'null';
  } catch {
    return 4;
  }
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

// ------------------------------------------------------------------------------------------------

class FakeApplication extends FakeProxy {
  protected exists(): boolean {
    return true;
  }
  protected props(): string[] {
    return ['calculationMode'];
  }
  protected live(): unknown {
    return 'Automatic';
  }
  get calculationMode(): string {
    return this.get('calculationMode');
  }
  suspendApiCalculationUntilNextSync(): void {
    this.call('suspendApiCalculationUntilNextSync', () => {
      if (!this.context.host.isSetSupported('ExcelApi', '1.6')) throw officeError(ErrorCodes.apiNotFound);
      this.context._suspended = true;
    });
  }
  calculate(): void {
    this.call('calculate', () => this.context.host.recalc());
  }
}

class FakeWorkbook extends FakeProxy {
  readonly worksheets: FakeWorksheetCollection;
  readonly comments: FakeCommentCollection;
  readonly notes: FakeNoteCollection;
  readonly application: FakeApplication;

  constructor(context: FakeRequestContext) {
    super(context);
    this.worksheets = new FakeWorksheetCollection(context);
    this.comments = new FakeCommentCollection(context, null);
    this.notes = new FakeNoteCollection(context, null);
    this.application = context.application ?? new FakeApplication(context);
  }
  protected exists(): boolean {
    return true;
  }
  protected props(): string[] {
    return ['name'];
  }
  protected live(prop: string): unknown {
    if (prop === 'name') {
      if (!this.context.host.isSetSupported('ExcelApi', '1.7')) throw officeError(ErrorCodes.apiNotFound);
      return this.context.host.data.name;
    }
    return undefined;
  }
  get name(): string {
    return this.get('name');
  }
  getSelectedRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const host = this.context.host;
      const sel = host.data.selection ?? `${host.data.activeSheet ?? host.data.sheets[0].name}!A1`;
      const { sheet, local } = splitSheet(sel);
      const s = host.sheetByName(sheet ?? '');
      const box = parseRange(local);
      if (!s || !box) throw officeError(ErrorCodes.itemNotFound);
      return { sheet: s, box };
    });
  }
}

type SheetResolver = () => FakeSheet | null;

class FakeWorksheetCollection extends FakeProxy {
  private itemList: FakeWorksheet[] | null = null;

  protected exists(): boolean {
    return true;
  }
  protected props(): string[] {
    return ['items'];
  }
  protected live(): unknown {
    return null;
  }
  override load(spec?: string | string[] | { select?: string | string[] }): this {
    // `items` or `items/name`: one proxy per sheet, each loading the listed properties
    const list = normaliseLoad(spec, ['items']);
    const itemProps = list.filter((p) => p.startsWith('items/')).map((p) => p.slice(6));
    if (!list.every((p) => p === 'items' || p.startsWith('items/'))) throw officeError(ErrorCodes.invalidArgument);
    this.context._enqueue({
      size: 60,
      exec: () => {
        const sheets = [...this.context.host.data.sheets];
        this.context._stage(() => {
          this.itemList = sheets.map((s) => {
            const ws = new FakeWorksheet(this.context, () => s);
            ws._absorb(itemProps.length ? itemProps : ['name', 'visibility', 'position']);
            return ws;
          });
        });
      },
    });
    return this;
  }
  get items(): FakeWorksheet[] {
    if (!this.itemList) throw propertyNotLoaded('items');
    return this.itemList;
  }

  getItem(key: string): FakeWorksheet {
    const ws = new FakeWorksheet(this.context, () => {
      const s = this.context.host.sheetByName(key);
      if (!s) throw officeError(ErrorCodes.itemNotFound, `Worksheets.getItem('${key}')`);
      return s;
    });
    // Excel resolves the path when the batch runs, so a missing sheet fails the sync
    this.call('getItem', () => void ws._sheet());
    return ws;
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.host.sheetByName(key) ?? null, true);
  }
  getFirst(visibleOnly = false): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const s = this.context.host.data.sheets.find((x) => !visibleOnly || x.visibility === 'Visible');
      if (!s) throw officeError(ErrorCodes.itemNotFound);
      return s;
    });
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const d = this.context.host.data;
      return this.context.host.sheetByName(d.activeSheet ?? '') ?? d.sheets[0];
    });
  }
  getCount(visibleOnly = false): { value: number } {
    const result = { loaded: false, count: 0 };
    this.context._enqueue({
      size: 40,
      exec: () => {
        if (!this.context.host.isSetSupported('ExcelApi', '1.4')) throw officeError(ErrorCodes.apiNotFound);
        const n = this.context.host.data.sheets.filter((s) => !visibleOnly || s.visibility === 'Visible').length;
        this.context._stage(() => {
          result.loaded = true;
          result.count = n;
        });
      },
    });
    return {
      get value(): number {
        if (!result.loaded) throw propertyNotLoaded('value');
        return result.count;
      },
    };
  }
  add(name?: string): FakeWorksheet {
    let created: FakeSheet | null = null;
    const ws = new FakeWorksheet(this.context, () => {
      if (!created) throw officeError(ErrorCodes.itemNotFound);
      return created;
    });
    this.call(
      'add',
      () => {
        const host = this.context.host;
        let n = host.data.sheets.length + 1;
        let sheetName = name;
        if (sheetName === undefined) {
          while (host.sheetByName(`Sheet${n}`)) n++;
          sheetName = `Sheet${n}`;
        }
        if (!sheetName || sheetName.length > 31 || /[[\]:*?/\\]/.test(sheetName) || /^'|'$/.test(sheetName))
          throw officeError(ErrorCodes.invalidArgument, `Worksheets.add('${sheetName}')`);
        if (host.sheetByName(sheetName)) throw officeError(ErrorCodes.itemAlreadyExists, `Worksheets.add('${sheetName}')`);
        created = emptySheet(sheetName);
        host.data.sheets.push(created);
      },
      60 + (name?.length ?? 0),
    );
    return ws;
  }
}

class FakeWorksheet extends FakeProxy {
  private cached: FakeSheet | null | undefined;

  constructor(
    context: FakeRequestContext,
    private readonly resolver: SheetResolver,
    private readonly nullable = false,
  ) {
    super(context);
  }

  /** the sheet at sync time (cached once found); throws ItemNotFound for a non-null getter */
  _sheet(): FakeSheet | null {
    if (this.cached === undefined) {
      const s = this.resolver();
      if (s === null && !this.nullable) throw officeError(ErrorCodes.itemNotFound);
      this.cached = s;
    }
    if (this.cached && !this.context.host.data.sheets.includes(this.cached)) throw officeError(ErrorCodes.itemNotFound, 'deleted worksheet');
    return this.cached;
  }
  private must(): FakeSheet {
    const s = this._sheet();
    if (!s) throw officeError(ErrorCodes.itemNotFound);
    return s;
  }
  /** used by collection loads: properties are filled at once, as Excel does for `items/…` */
  _absorb(props: string[]): void {
    for (const p of props) this.loaded.set(p, this.live(p));
    this._settle();
  }

  protected exists(): boolean {
    return this._sheet() !== null;
  }
  protected props(): string[] {
    return ['name', 'visibility', 'position', 'id'];
  }
  protected live(prop: string): unknown {
    const s = this.must();
    if (prop === 'name') return s.name;
    if (prop === 'visibility') return s.visibility;
    if (prop === 'position') return this.context.host.data.sheets.indexOf(s);
    if (prop === 'id') return `{${s.name}}`;
    return undefined;
  }

  get name(): string {
    return this.get('name');
  }
  set name(value: string) {
    this.set('name', value, () => {
      const s = this.must();
      const other = this.context.host.sheetByName(value);
      if (other && other !== s) throw officeError(ErrorCodes.itemAlreadyExists);
      s.name = value;
    });
  }
  get visibility(): Visibility {
    return this.get('visibility');
  }
  set visibility(value: Visibility) {
    this.set('visibility', value, () => {
      const s = this.must();
      if (!['Visible', 'Hidden', 'VeryHidden'].includes(value)) throw officeError(ErrorCodes.invalidArgument);
      const visible = this.context.host.data.sheets.filter((x) => x.visibility === 'Visible' && x !== s);
      if (value !== 'Visible' && visible.length === 0) throw officeError(ErrorCodes.invalidOperation, 'hide the last visible sheet');
      s.visibility = value;
    });
  }
  get position(): number {
    return this.get('position');
  }

  get comments(): FakeCommentCollection {
    return new FakeCommentCollection(this.context, this);
  }
  get notes(): FakeNoteCollection {
    return new FakeNoteCollection(this.context, this);
  }

  getNext(visibleOnly = false): FakeWorksheet {
    return this.sibling(visibleOnly, false);
  }
  getNextOrNullObject(visibleOnly = false): FakeWorksheet {
    return this.sibling(visibleOnly, true);
  }
  private sibling(visibleOnly: boolean, nullable: boolean): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      () => {
        const s = this._sheet();
        if (!s) return null; // next of a null object is a null object
        const sheets = this.context.host.data.sheets;
        const next = sheets.slice(sheets.indexOf(s) + 1).find((x) => !visibleOnly || x.visibility === 'Visible');
        if (!next && !nullable) throw officeError(ErrorCodes.itemNotFound, 'Worksheet.getNext');
        return next ?? null;
      },
      nullable,
    );
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, () => {
      const s = this.must();
      const local = address ? splitSheet(address).local : 'A1';
      const box = parseRange(local);
      if (!box) throw officeError(ErrorCodes.invalidArgument, `Worksheet.getRange('${address}')`);
      return { sheet: s, box };
    });
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.context, () => {
      if (rows < 1 || cols < 1 || row < 0 || col < 0) throw officeError(ErrorCodes.invalidArgument);
      return { sheet: this.must(), box: { top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 } };
    });
  }
  getUsedRange(valuesOnly = false): FakeRange {
    void valuesOnly;
    return new FakeRange(this.context, () => {
      const s = this.must();
      return { sheet: s, box: usedBox(s) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    void valuesOnly; // the fake keeps values only, so both modes agree
    return new FakeRange(
      this.context,
      () => {
        const s = this._sheet();
        if (!s) return null;
        const box = usedBox(s);
        return box ? { sheet: s, box } : null;
      },
      true,
    );
  }
  activate(): void {
    this.call('activate', () => {
      const s = this.must();
      if (s.visibility !== 'Visible') throw officeError(ErrorCodes.invalidOperation, 'activate a hidden sheet');
      this.context.host.data.activeSheet = s.name;
    });
  }
  delete(): void {
    this.call('delete', () => {
      const s = this.must();
      const data = this.context.host.data;
      if (s.visibility === 'Visible' && data.sheets.filter((x) => x.visibility === 'Visible').length === 1)
        throw officeError(ErrorCodes.invalidOperation, 'delete the last visible sheet');
      data.sheets.splice(data.sheets.indexOf(s), 1);
      if (data.activeSheet === s.name) data.activeSheet = data.sheets.find((x) => x.visibility === 'Visible')?.name ?? null;
    });
  }
}

type RangeTarget = { sheet: FakeSheet; box: RangeRef };

class FakeRange extends FakeProxy {
  private cached: RangeTarget | null | undefined;
  readonly format: FakeRangeFormat;
  private validation: FakeDataValidation | undefined;

  constructor(
    context: FakeRequestContext,
    private readonly resolver: () => RangeTarget | null,
    private readonly nullable = false,
  ) {
    super(context);
    this.format = new FakeRangeFormat(context, this);
  }

  _target(): RangeTarget | null {
    if (this.cached === undefined) {
      const t = this.resolver();
      if (t === null && !this.nullable) throw officeError(ErrorCodes.itemNotFound);
      this.cached = t;
    }
    if (this.cached && !this.context.host.data.sheets.includes(this.cached.sheet)) throw officeError(ErrorCodes.itemNotFound);
    return this.cached;
  }
  _must(): RangeTarget {
    const t = this._target();
    if (!t) throw officeError(ErrorCodes.itemNotFound);
    return t;
  }

  protected exists(): boolean {
    return this._target() !== null;
  }
  protected props(): string[] {
    return ['address', 'addressLocal', 'values', 'formulas', 'numberFormat', 'rowCount', 'columnCount', 'rowIndex', 'columnIndex', 'text'];
  }
  protected override child(name: string): FakeProxy | null {
    return name === 'format' ? this.format : null;
  }
  /** Range.dataValidation (ExcelApi 1.8): on an older Excel the member is not there */
  get dataValidation(): FakeDataValidation {
    if (!this.context.host.isSetSupported('ExcelApi', '1.8')) throw officeError(ErrorCodes.apiNotFound, 'Range.dataValidation');
    this.validation ??= new FakeDataValidation(this.context, this);
    return this.validation;
  }
  protected live(prop: string): unknown {
    const { sheet, box } = this._must();
    const rows = box.bottom - box.top + 1;
    const cols = box.right - box.left + 1;
    if (prop === 'address' || prop === 'addressLocal') return `${quoteSheet(sheet.name)}!${rangeText(box)}`;
    if (prop === 'rowCount') return rows;
    if (prop === 'columnCount') return cols;
    if (prop === 'rowIndex') return box.top;
    if (prop === 'columnIndex') return box.left;
    if (rows * cols > 5_000_000) throw officeError(ErrorCodes.responsePayloadSizeLimitExceeded);
    const grid = (f: (c: FakeCell | undefined) => unknown) => {
      const out: unknown[][] = [];
      for (let r = box.top; r <= box.bottom; r++) {
        const row: unknown[] = [];
        for (let c = box.left; c <= box.right; c++) row.push(f(sheet.cells[cellKey(r, c)]));
        out.push(row);
      }
      return out;
    };
    if (prop === 'values') return grid((c) => (c?.v === undefined ? '' : c.v));
    if (prop === 'text') return grid((c) => (c?.v === undefined ? '' : String(c.v)));
    if (prop === 'formulas') return grid((c) => (c?.f ? c.f : c?.v === undefined ? '' : c.v));
    if (prop === 'numberFormat') return grid((c) => c?.nf ?? 'General');
    return undefined;
  }

  get address(): string {
    return this.get('address');
  }
  get addressLocal(): string {
    return this.get('addressLocal');
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }
  get rowIndex(): number {
    return this.get('rowIndex');
  }
  get columnIndex(): number {
    return this.get('columnIndex');
  }
  get values(): Scalar[][] {
    return this.get('values');
  }
  set values(input: unknown) {
    this.set('values', input, () => this.write(input, 'values'));
  }
  get formulas(): Scalar[][] {
    return this.get('formulas');
  }
  set formulas(input: unknown) {
    this.set('formulas', input, () => this.write(input, 'formulas'));
  }
  get text(): string[][] {
    return this.get('text');
  }
  get numberFormat(): string[][] {
    return this.get('numberFormat');
  }
  set numberFormat(input: unknown) {
    this.set('numberFormat', input, () =>
      this.eachInput(input, 'numberFormat', (cell, v) => {
        if (typeof v !== 'string') throw officeError(ErrorCodes.invalidArgument, 'Range.numberFormat');
        cell.nf = v === 'General' ? undefined : v;
      }),
    );
  }

  /** Apply a 2-D input (or one scalar for every cell) to the range; null leaves a cell unchanged. */
  eachInput(input: unknown, prop: string, apply: (cell: FakeCell, v: unknown) => void): void {
    const { sheet, box } = this._must();
    const rows = box.bottom - box.top + 1;
    const cols = box.right - box.left + 1;
    if (box.bottom === MAX_ROWS - 1) throw officeError(ErrorCodes.invalidArgument, `Range.${prop} on whole columns`);
    const scalar = !Array.isArray(input);
    if (!scalar) {
      const grid = input as unknown[];
      if (grid.length !== rows || grid.some((row) => !Array.isArray(row) || row.length !== cols))
        throw officeError(
          ErrorCodes.invalidArgument,
          `Range.${prop}`,
          "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
        );
    }
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const v = scalar ? input : (input as unknown[][])[r][c];
        if (v === null) continue;
        if (v === undefined || (typeof v === 'object' && v !== null) || typeof v === 'function' || (typeof v === 'number' && !Number.isFinite(v)))
          throw officeError(ErrorCodes.invalidArgument, `Range.${prop}[${r}][${c}]`);
        // a cell holds at most 32,767 characters (Excel specifications and limits)
        if (typeof v === 'string' && v.length > 32767) throw officeError(ErrorCodes.invalidArgument, `Range.${prop}[${r}][${c}]`);
        const key = cellKey(box.top + r, box.left + c);
        const cell = sheet.cells[key] ?? (sheet.cells[key] = {});
        apply(cell, v);
        if (Object.values(cell).every((x) => x === undefined)) delete sheet.cells[key];
      }
    }
  }

  private write(input: unknown, prop: 'values' | 'formulas'): void {
    this.eachInput(input, prop, (cell, v) => {
      if (typeof v === 'string' && v.startsWith('=') && v.length > 1) {
        cell.f = v;
        cell.api = true; // its value appears when calculation runs (now, or after a suspended batch)
        return;
      }
      delete cell.f;
      delete cell.api;
      if (v === '') delete cell.v;
      else if (typeof v === 'string') {
        // Excel reads written text as typed: numbers, percentages, dates and TRUE/FALSE are converted
        const typed = typedText(v, cell.nf);
        cell.v = typed.v;
        if (typed.nf && (cell.nf === undefined || cell.nf === 'General')) cell.nf = typed.nf;
      } else cell.v = v as Scalar;
    });
    if (!this.context._suspended) this.context.host.recalc();
  }

  select(): void {
    this.call('select', () => {
      const { sheet, box } = this._must();
      if (sheet.visibility !== 'Visible') throw officeError(ErrorCodes.invalidOperation, 'select on a hidden sheet');
      const data = this.context.host.data;
      data.activeSheet = sheet.name;
      data.selection = `${sheet.name}!${rangeText(box)}`;
    });
  }
  clear(): void {
    this.call('clear', () => {
      const { sheet, box } = this._must();
      for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) delete sheet.cells[cellKey(r, c)];
    });
  }
  /** Range.getUsedRangeOrNullObject (ExcelApi 1.4): the used part of this range, null when it holds nothing */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    void valuesOnly; // the fake keeps values only, so both modes agree
    if (!this.context.host.isSetSupported('ExcelApi', '1.4')) throw officeError(ErrorCodes.apiNotFound, 'Range.getUsedRangeOrNullObject');
    return new FakeRange(
      this.context,
      () => {
        const { sheet, box } = this._must();
        const used = usedBox(sheet, box);
        return used ? { sheet, box: used } : null;
      },
      true,
    );
  }
  getCell(row: number, col: number): FakeRange {
    return new FakeRange(this.context, () => {
      const { sheet, box } = this._must();
      return { sheet, box: { top: box.top + row, left: box.left + col, bottom: box.top + row, right: box.left + col } };
    });
  }
}

class FakeRangeFormat extends FakeProxy {
  readonly font: FakeFont;
  readonly fill: FakeFill;
  constructor(context: FakeRequestContext, readonly range: FakeRange) {
    super(context);
    this.font = new FakeFont(context, range);
    this.fill = new FakeFill(context, range);
  }
  protected exists(): boolean {
    return this.range._target() !== null;
  }
  protected props(): string[] {
    return ['wrapText', 'columnWidth'];
  }
  protected override child(name: string): FakeProxy | null {
    return name === 'font' ? this.font : name === 'fill' ? this.fill : null;
  }
  protected live(prop: string): unknown {
    const { sheet, box } = this.range._must();
    if (prop === 'wrapText') return uniform(sheet, box, (c) => !!c?.wrap);
    if (prop === 'columnWidth') {
      const widths = new Set<number>();
      for (let c = box.left; c <= box.right; c++) widths.add(sheet.columnWidths[String(c)] ?? 48);
      return widths.size === 1 ? [...widths][0] : null;
    }
    return undefined;
  }
  get wrapText(): boolean | null {
    return this.get('wrapText');
  }
  set wrapText(value: boolean | null) {
    this.set('wrapText', value, () => {
      if (typeof value !== 'boolean') throw officeError(ErrorCodes.invalidArgument, 'RangeFormat.wrapText');
      this.range.eachInput(value, 'wrapText', (cell) => (cell.wrap = value || undefined));
    });
  }
  get columnWidth(): number {
    return this.get('columnWidth');
  }
  set columnWidth(value: number) {
    this.set('columnWidth', value, () => {
      if (typeof value !== 'number' || !(value >= 0)) throw officeError(ErrorCodes.invalidArgument, 'RangeFormat.columnWidth');
      const { sheet, box } = this.range._must();
      for (let c = box.left; c <= box.right; c++) sheet.columnWidths[String(c)] = value;
    });
  }
}

/**
 * Range.dataValidation, list rules only (what the add-in writes): `rule` takes exactly one criterion,
 * a list's source a non-empty comma-separated string of at most 255 characters; `clear()` removes it.
 */
class FakeDataValidation extends FakeProxy {
  constructor(context: FakeRequestContext, readonly range: FakeRange) {
    super(context);
  }
  protected exists(): boolean {
    return this.range._target() !== null;
  }
  protected props(): string[] {
    return ['type'];
  }
  protected live(): unknown {
    const { sheet, box } = this.range._must();
    const kinds = new Set<string>();
    for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) kinds.add(sheet.validations?.[cellKey(r, c)] ? 'List' : 'None');
    return kinds.size === 1 ? [...kinds][0] : 'MixedCriteria';
  }
  get type(): string {
    return this.get('type');
  }
  set rule(value: Excel.DataValidationRule) {
    this.set('rule', value, () => {
      const kinds = value && typeof value === 'object' ? Object.keys(value).filter((k) => (value as Record<string, unknown>)[k] !== undefined) : [];
      if (kinds.length !== 1) throw officeError(ErrorCodes.invalidArgument, 'DataValidation.rule');
      if (kinds[0] !== 'list') throw officeError(ErrorCodes.invalidArgument, `DataValidation.rule.${kinds[0]}: the fake models list rules only`);
      const { source, inCellDropDown } = value.list!;
      if (typeof source !== 'string' || source.trim() === '' || source.length > 255) throw officeError(ErrorCodes.invalidArgument, 'ListDataValidation.source');
      const { sheet, box } = this.range._must();
      sheet.validations ??= {};
      for (let r = box.top; r <= box.bottom; r++)
        for (let c = box.left; c <= box.right; c++) sheet.validations[cellKey(r, c)] = { source, inCellDropDown: inCellDropDown !== false };
    });
  }
  clear(): void {
    this.call('DataValidation.clear', () => {
      const { sheet, box } = this.range._must();
      for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) delete sheet.validations?.[cellKey(r, c)];
    });
  }
}

class FakeFont extends FakeProxy {
  constructor(context: FakeRequestContext, readonly range: FakeRange) {
    super(context);
  }
  protected exists(): boolean {
    return this.range._target() !== null;
  }
  protected props(): string[] {
    return ['bold'];
  }
  protected live(): unknown {
    const { sheet, box } = this.range._must();
    return uniform(sheet, box, (c) => !!c?.bold);
  }
  get bold(): boolean | null {
    return this.get('bold');
  }
  set bold(value: boolean | null) {
    this.set('bold', value, () => {
      if (typeof value !== 'boolean') throw officeError(ErrorCodes.invalidArgument, 'RangeFont.bold');
      this.range.eachInput(value, 'bold', (cell) => (cell.bold = value || undefined));
    });
  }
}

class FakeFill extends FakeProxy {
  constructor(context: FakeRequestContext, readonly range: FakeRange) {
    super(context);
  }
  protected exists(): boolean {
    return this.range._target() !== null;
  }
  protected props(): string[] {
    return ['color'];
  }
  protected live(): unknown {
    const { sheet, box } = this.range._must();
    return uniform(sheet, box, (c) => c?.fill ?? '#FFFFFF');
  }
  get color(): string | null {
    return this.get('color');
  }
  set color(value: string | null) {
    this.set('color', value, () => {
      if (typeof value !== 'string' || !/^#[0-9A-Fa-f]{6}$/.test(value)) throw officeError(ErrorCodes.invalidArgument, 'RangeFill.color');
      this.range.eachInput(value, 'fill', (cell) => (cell.fill = value.toUpperCase()));
    });
  }
  clear(): void {
    this.call('clear', () => this.range.eachInput(true, 'fill', (cell) => delete cell.fill));
  }
}

/** Excel reports a format over several cells as null when the cells differ. */
function uniform<T>(sheet: FakeSheet, box: RangeRef, f: (c: FakeCell | undefined) => T): T | null {
  let first: T | undefined;
  for (let r = box.top; r <= box.bottom; r++)
    for (let c = box.left; c <= box.right; c++) {
      const v = f(sheet.cells[cellKey(r, c)]);
      if (first === undefined) first = v;
      else if (v !== first) return null;
    }
  return first ?? null;
}

type CellAt = { sheet: FakeSheet; key: string };

/** One cell from "Sheet!A1" (a workbook collection) or "A1" (a worksheet's), or a one-cell range. */
function locateCell(context: FakeRequestContext, owner: FakeWorksheet | null, cellAddress: string | FakeRange, what: string): CellAt {
  if (cellAddress instanceof FakeRange) {
    const { sheet, box } = cellAddress._must();
    if (box.top !== box.bottom || box.left !== box.right) throw officeError(ErrorCodes.invalidArgument, `${what} on a multi-cell range`);
    return { sheet, key: cellKey(box.top, box.left) };
  }
  const { sheet: name, local } = splitSheet(cellAddress);
  const sheet = name !== null ? context.host.sheetByName(name) : owner?._sheet() ?? undefined;
  if (!sheet) throw officeError(name === null ? ErrorCodes.invalidArgument : ErrorCodes.itemNotFound, `${what}('${cellAddress}')`);
  const box = parseRange(local);
  if (!box || box.top !== box.bottom || box.left !== box.right) throw officeError(ErrorCodes.invalidArgument, `${what}('${cellAddress}')`);
  return { sheet, key: cellKey(box.top, box.left) };
}

/** The sheets a collection covers: the workbook's (owner null) or one worksheet's. */
function sheetsOf(context: FakeRequestContext, owner: FakeWorksheet | null): FakeSheet[] {
  if (!owner) return [...context.host.data.sheets];
  const s = owner._sheet();
  return s ? [s] : [];
}

/** Threaded comments (ExcelApi 1.10): one thread per cell, never on a cell that holds a note. */
class FakeCommentCollection extends FakeProxy {
  private itemList: FakeComment[] | null = null;
  constructor(context: FakeRequestContext, private readonly sheet: FakeWorksheet | null) {
    super(context);
  }
  protected exists(): boolean {
    return true;
  }
  protected props(): string[] {
    return ['items'];
  }
  protected live(): unknown {
    return undefined;
  }
  private need(): void {
    if (!this.context.host.isSetSupported('ExcelApi', '1.10')) throw officeError(ErrorCodes.apiNotFound, 'CommentCollection');
  }
  override load(spec?: string | string[] | { select?: string | string[] }): this {
    const list = normaliseLoad(spec, ['items']);
    if (!list.every((p) => p === 'items' || p.startsWith('items/'))) throw officeError(ErrorCodes.invalidArgument, 'CommentCollection.load');
    const itemProps = list.filter((p) => p.startsWith('items/')).map((p) => p.slice(6));
    this.context._enqueue({
      size: 60,
      exec: () => {
        this.need();
        const found = sheetsOf(this.context, this.sheet).flatMap((sheet) => Object.keys(sheet.comments).map((key) => ({ sheet, key })));
        this.context._stage(() => {
          this.itemList = found.map((at) => {
            const c = new FakeComment(this.context, () => at);
            c._absorb(itemProps.length ? itemProps : ['content', 'authorName']);
            return c;
          });
        });
      },
    });
    return this;
  }
  get items(): FakeComment[] {
    if (!this.itemList) throw propertyNotLoaded('items');
    return this.itemList;
  }
  add(cellAddress: string | FakeRange, content: string): FakeComment {
    let at: CellAt | null = null;
    this.call(
      'comments.add',
      () => {
        this.need();
        at = locateCell(this.context, this.sheet, cellAddress, 'comments');
        if (typeof content !== 'string') throw officeError(ErrorCodes.invalidArgument);
        if (at.sheet.comments[at.key]) throw officeError(ErrorCodes.invalidArgument, 'the cell already has a comment');
        // Excel keeps a note and a threaded comment apart: a cell holds one or the other
        if (at.sheet.notes[at.key]) throw officeError(ErrorCodes.invalidArgument, 'the cell already has a note');
        at.sheet.comments[at.key] = { content, author: this.context.host.options.user };
      },
      60 + jsonSize(content),
    );
    return new FakeComment(this.context, () => at);
  }
  getItemByCell(cellAddress: string | FakeRange): FakeComment {
    const c = new FakeComment(this.context, () => {
      this.need();
      const at = locateCell(this.context, this.sheet, cellAddress, 'comments');
      if (!at.sheet.comments[at.key]) throw officeError(ErrorCodes.itemNotFound, 'Comments.getItemByCell');
      return at;
    });
    this.call('getItemByCell', () => void c._at());
    return c;
  }
}

/** What the comment and note proxies share: a cell resolved at sync time, in one of two maps. */
abstract class FakeCellAnnotation extends FakeProxy {
  private cached: CellAt | null | undefined;
  constructor(
    context: FakeRequestContext,
    private readonly resolver: () => CellAt | null,
    private readonly nullable = false,
  ) {
    super(context);
  }
  protected abstract store(sheet: FakeSheet): Record<string, FakeCommentData>;
  protected abstract readonly kind: string;
  private target(): CellAt | null {
    if (this.cached === undefined) this.cached = this.resolver();
    return this.cached && this.store(this.cached.sheet)[this.cached.key] ? this.cached : null;
  }
  /** resolve the cell now (at sync), so an unsupported host or a bad address fails the batch */
  _resolve(): void {
    this.target();
  }
  _at(): CellAt {
    const at = this.target();
    if (!at) throw officeError(ErrorCodes.itemNotFound, this.kind);
    return at;
  }
  /** used by collection loads: properties are filled at once, as Excel does for `items/…` */
  _absorb(props: string[]): void {
    for (const p of props) {
      if (!this.props().includes(p)) throw officeError(ErrorCodes.invalidArgument, `load('items/${p}')`);
      this.loaded.set(p, this.live(p));
    }
    this._settle();
  }
  protected exists(): boolean {
    if (this.nullable) return this.target() !== null;
    this._at();
    return true;
  }
  protected props(): string[] {
    return ['content', 'authorName'];
  }
  protected live(prop: string): unknown {
    const { sheet, key } = this._at();
    const item = this.store(sheet)[key];
    return prop === 'content' ? item.content : item.author;
  }
  get content(): string {
    return this.get('content');
  }
  set content(value: string) {
    this.set('content', value, () => {
      if (typeof value !== 'string') throw officeError(ErrorCodes.invalidArgument, `${this.kind}.content`);
      const { sheet, key } = this._at();
      this.store(sheet)[key].content = value;
    });
  }
  get authorName(): string {
    return this.get('authorName');
  }
  delete(): void {
    this.call(`${this.kind}.delete`, () => {
      const { sheet, key } = this._at();
      delete this.store(sheet)[key];
    });
  }
  /** the cell it is on */
  getLocation(): FakeRange {
    return new FakeRange(this.context, () => {
      const { sheet, key } = this._at();
      return { sheet, box: parseRange(key)! };
    });
  }
}

class FakeComment extends FakeCellAnnotation {
  protected readonly kind = 'Comment';
  protected store(sheet: FakeSheet): Record<string, FakeCommentData> {
    return sheet.comments;
  }
}

class FakeNote extends FakeCellAnnotation {
  protected readonly kind = 'Note';
  protected store(sheet: FakeSheet): Record<string, FakeCommentData> {
    return sheet.notes;
  }
}

/**
 * Legacy notes (Workbook.notes / Worksheet.notes, ExcelApi 1.18), apart from threaded comments.
 * getItem and getItemOrNullObject take the cell address (learn.microsoft.com excel.notecollection).
 */
class FakeNoteCollection extends FakeProxy {
  constructor(context: FakeRequestContext, private readonly sheet: FakeWorksheet | null) {
    super(context);
  }
  protected exists(): boolean {
    return true;
  }
  protected props(): string[] {
    return [];
  }
  protected live(): unknown {
    return undefined;
  }
  private need(): void {
    if (!this.context.host.isSetSupported('ExcelApi', '1.18')) throw officeError(ErrorCodes.apiNotFound, 'NoteCollection');
  }
  add(cellAddress: string | FakeRange, content: string): FakeNote {
    let at: CellAt | null = null;
    this.call(
      'notes.add',
      () => {
        this.need();
        at = locateCell(this.context, this.sheet, cellAddress, 'notes');
        if (typeof content !== 'string') throw officeError(ErrorCodes.invalidArgument);
        if (at.sheet.notes[at.key]) throw officeError(ErrorCodes.invalidArgument, 'the cell already has a note');
        if (at.sheet.comments[at.key]) throw officeError(ErrorCodes.invalidArgument, 'the cell already has a threaded comment');
        at.sheet.notes[at.key] = { content, author: this.context.host.options.user };
      },
      60 + jsonSize(content),
    );
    return new FakeNote(this.context, () => at);
  }
  getItem(key: string): FakeNote {
    const note = new FakeNote(this.context, () => {
      this.need();
      const at = locateCell(this.context, this.sheet, key, 'notes');
      if (!at.sheet.notes[at.key]) throw officeError(ErrorCodes.itemNotFound, `Notes.getItem('${key}')`);
      return at;
    });
    this.call('getItem', () => void note._at());
    return note;
  }
  getItemOrNullObject(key: string): FakeNote {
    const note = new FakeNote(
      this.context,
      () => {
        this.need();
        return locateCell(this.context, this.sheet, key, 'notes');
      },
      true,
    );
    // resolving the address runs with the batch: an old host or a bad address fails the sync
    this.call('getItemOrNullObject', () => note._resolve());
    return note;
  }
  getCount(): { value: number } {
    const result = { loaded: false, count: 0 };
    this.context._enqueue({
      size: 40,
      exec: () => {
        this.need();
        const n = sheetsOf(this.context, this.sheet).reduce((sum, s) => sum + Object.keys(s.notes).length, 0);
        this.context._stage(() => {
          result.loaded = true;
          result.count = n;
        });
      },
    });
    return {
      get value(): number {
        if (!result.loaded) throw propertyNotLoaded('value');
        return result.count;
      },
    };
  }
}

export type { FakeWorkbook, FakeWorksheet, FakeRange, FakeOfficeError };
