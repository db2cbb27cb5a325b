/// <reference types="office-js" />
/**
 * Reading the whole workbook in one round trip. Sheets cannot be listed without a sync, so the read
 * queues getFirst() and a chain of getNextOrNullObject() up to a limit, each with its used range,
 * and syncs once. Workbooks with more sheets, or too large for one 5 MB response, take more trips.
 * Values, formulas and number formats are loaded together, so formats cost no extra round trip.
 * A used range too large for any read (a stray value at XFD1048576) is read where its content is
 * (contentBoxes.ts), and the snapshot keeps rows of content only.
 */
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../workbook/port';
import type { ExcelApi } from './excelApi';
import { DENSE_CELL_LIMIT } from '../../workbook/read';
import { contentBoxes } from './contentBoxes';
import { hostError } from './errors';

export interface ReadOptions {
  /** sheets queued in the first trip */
  maxSheets: number;
  /** bytes one response may carry (Excel on the web refuses more than 5 MB) */
  payloadBudget: number;
}

interface Queued {
  sheet: Excel.Worksheet;
  used: Excel.Range;
}

/** "Sheet1!B3:F40" → top-left corner (0-based). */
export function topLeft(address: string): { row: number; col: number } {
  const local = address.slice(address.lastIndexOf('!') + 1).split(':')[0].replace(/\$/g, '');
  const m = /^([A-Z]+)(\d+)$/i.exec(local);
  if (!m) return { row: 0, col: 0 };
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/**
 * Pad a block read at (row, col) so that indices are absolute from A1; Excel's "" becomes null. An
 * empty cell has no number format in the snapshot (null), whatever Excel reports for it.
 */
export function padBlock(
  values: unknown[][],
  formulas: unknown[][] | null,
  formats: unknown[][] | null,
  row: number,
  col: number,
  into: SheetSnapshot,
): void {
  const fs = into.formulas ?? (into.formulas = []);
  const ns = into.numberFormats ?? (into.numberFormats = []);
  values.forEach((line, r) => {
    const at = row + r;
    // rows between blocks stay holes: a table and a stray cell at XFD1048576 need no million empty rows
    const vrow = into.values[at] ?? (into.values[at] = []);
    const frow = fs[at] ?? (fs[at] = []);
    const nrow = ns[at] ?? (ns[at] = []);
    while (vrow.length < col) vrow.push(null);
    while (frow.length < col) frow.push(null);
    while (nrow.length < col) nrow.push(null);
    line.forEach((v, c) => {
      const value = v === '' || v === undefined ? null : (v as CellValue);
      const f = formulas?.[r]?.[c];
      const n = formats?.[r]?.[c];
      vrow[col + c] = value;
      // Excel reports a text constant such as "=100%" as its own formula; a real formula differs from its value
      frow[col + c] = typeof f === 'string' && f.startsWith('=') && f !== value ? f : null;
      nrow[col + c] = value !== null && typeof n === 'string' && n !== '' ? n : null;
    });
  });
}

function queueChain(context: Excel.RequestContext, first: Excel.Worksheet, limit: number): Queued[] {
  const out: Queued[] = [];
  let sheet = first;
  for (let i = 0; i < limit; i++) {
    sheet.load('name,visibility');
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load('address,values,formulas,numberFormat');
    out.push({ sheet, used });
    sheet = sheet.getNextOrNullObject();
  }
  return out;
}

export async function readWorkbook(api: ExcelApi, options: ReadOptions): Promise<WorkbookSnapshot> {
  try {
    return await api.run(async (context) => {
      const book = context.workbook;
      const withName = api.isSetSupported('ExcelApi', '1.7');
      if (withName) book.load('name');
      const count = book.worksheets.getCount();
      const queued = queueChain(context, book.worksheets.getFirst(), options.maxSheets);
      try {
        await context.sync();
      } catch (error) {
        if ((error as { code?: string }).code === 'ResponsePayloadSizeLimitExceeded') return readInChunks(context, options, withName);
        throw error;
      }
      const snapshot: WorkbookSnapshot = { sheets: collect(queued), name: withName ? book.name : undefined };
      if (count.value > queued.length) {
        // more sheets than one trip queued: continue the chain from the last one read
        let last = queued[queued.length - 1].sheet;
        while (snapshot.sheets.length < count.value) {
          const more = queueChain(context, last.getNextOrNullObject(), options.maxSheets);
          await context.sync();
          snapshot.sheets.push(...collect(more));
          last = more[more.length - 1].sheet;
          if (more.some((q) => q.sheet.isNullObject)) break;
        }
      }
      return snapshot;
    });
  } catch (error) {
    throw hostError(error, '读取工作簿');
  }
}

/**
 * Make every row as wide as the widest, so [r][c] is defined across the used range, while the
 * rectangle is small (DENSE_CELL_LIMIT); a larger sheet keeps its rows of content only, as read.
 */
export function squareUp(snap: SheetSnapshot): SheetSnapshot {
  const width = snap.values.reduce((w, r) => Math.max(w, r.length), 0);
  const height = snap.values.length;
  if (height * width > DENSE_CELL_LIMIT) return snap;
  const grids = [snap.values, snap.formulas, snap.numberFormats].filter((g): g is (CellValue | string | null)[][] => g !== undefined);
  for (const grid of grids) {
    for (let r = 0; r < height; r += 1) {
      const row = grid[r] ?? (grid[r] = []);
      while (row.length < width) row.push(null);
    }
  }
  return snap;
}

function collect(queued: Queued[]): SheetSnapshot[] {
  const sheets: SheetSnapshot[] = [];
  for (const { sheet, used } of queued) {
    if (sheet.isNullObject) break;
    const snap: SheetSnapshot = { name: sheet.name, values: [], formulas: [], numberFormats: [] };
    if (sheet.visibility !== 'Visible') snap.hidden = true;
    if (!used.isNullObject) {
      const at = topLeft(used.address);
      padBlock(used.values, used.formulas, used.numberFormat, at.row, at.col, snap);
    }
    sheets.push(squareUp(snap));
  }
  return sheets;
}

/** The slow path for very large workbooks: sizes first, then row bands that each fit a response. */
async function readInChunks(context: Excel.RequestContext, options: ReadOptions, withName: boolean): Promise<WorkbookSnapshot> {
  const book = context.workbook;
  if (withName) book.load('name');
  const sheets = book.worksheets;
  sheets.load('items/name,items/visibility');
  await context.sync();
  const used = sheets.items.map((s) => {
    const r = s.getUsedRangeOrNullObject(true);
    r.load('address,rowCount,columnCount,rowIndex,columnIndex');
    return r;
  });
  await context.sync();
  // a used range too large to read whole is read where its content is
  const boxes = await contentBoxes(
    context,
    sheets.items,
    used.map((r) => (r.isNullObject ? null : { row: r.rowIndex, col: r.columnIndex, rows: r.rowCount, cols: r.columnCount })),
  );
  const snaps: SheetSnapshot[] = sheets.items.map((s) =>
    s.visibility !== 'Visible'
      ? { name: s.name, values: [], formulas: [], numberFormats: [], hidden: true }
      : { name: s.name, values: [], formulas: [], numberFormats: [] },
  );
  // bands sized by a guess of 60 bytes a cell; a band Excel still refuses is halved and tried again
  type Band = { index: number; row: number; col: number; rows: number; cols: number };
  const rowsPer = (cols: number) => Math.max(1, Math.floor(options.payloadBudget / (cols * 60)));
  let pending: Band[] = [];
  boxes.forEach((parts, index) => {
    for (const r of parts) {
      const step = rowsPer(r.cols);
      for (let off = 0; off < r.rows; off += step) pending.push({ index, row: r.row + off, col: r.col, rows: Math.min(step, r.rows - off), cols: r.cols });
    }
  });
  let oneAtATime = false; // after a refusal the size guess is known to be low: one band per trip
  while (pending.length) {
    const batch: { band: Band; range: Excel.Range }[] = [];
    let bytes = 0;
    while (pending.length && (batch.length === 0 || (!oneAtATime && bytes + pending[0].rows * pending[0].cols * 60 <= options.payloadBudget))) {
      const band = pending.shift()!;
      const range = sheets.items[band.index].getRangeByIndexes(band.row, band.col, band.rows, band.cols);
      range.load('values,formulas,numberFormat');
      batch.push({ band, range });
      bytes += band.rows * band.cols * 60;
    }
    try {
      await context.sync();
    } catch (error) {
      const tooBig = (error as { code?: string }).code === 'ResponsePayloadSizeLimitExceeded';
      if (!tooBig || (batch.length === 1 && batch[0].band.rows === 1)) throw error;
      const retry = batch.map((b) => b.band);
      if (oneAtATime || retry.length === 1) {
        const band = retry.shift()!;
        const top = Math.ceil(band.rows / 2);
        retry.unshift({ ...band, rows: top }, { ...band, row: band.row + top, rows: band.rows - top });
      }
      oneAtATime = true;
      pending = [...retry, ...pending];
      continue;
    }
    for (const { band, range } of batch) padBlock(range.values, range.formulas, range.numberFormat, band.row, band.col, snaps[band.index]);
  }
  snaps.forEach(squareUp);
  return { sheets: snaps, name: withName ? book.name : undefined };
}
