/// <reference types="office-js" />
/**
 * Writing a plan in one round trip: sheets added first, then cell blocks and their styles, remarks
 * (notes), column widths, drop-down lists, and sheets deleted last, all queued with API calculation suspended and
 * synced once. A plan with remarks first looks at their cells (remarks.ts): one more trip.
 * A plan too large for one 5 MB request is split into as few trips as fit; never one trip per cell.
 */
import type { ApplyResult, Change, CellStyle, WritePlan } from '../../workbook/port';
import type { ExcelApi } from './excelApi';
import { parseA1, rangeA1, toA1 } from '../../workbook/read';
import { Block, toBlocks } from '../shared/blocks';
import { cellInput } from '../shared/cellInput';
import { hostError, ExcelHostError } from './errors';
import { lookupRemarks, NOTES_SET, queueRemarks, type FoundRemark, type RemarkChange } from './remarks';

export interface ApplyOptions {
  /** bytes one request may carry; a little under Excel on the web's 5 MB */
  payloadBudget: number;
}

/** The port's result, with the round trips the write took (the budget is one). */
export interface ExcelApplyResult extends ApplyResult {
  syncs: number;
}

type CellChange = Extract<Change, { kind: 'cell' }>;

/** the requirement set of Range.dataValidation */
const LISTS_SET = '1.8';

/** cells in one range assignment, so a single command stays well inside a request's size limit */
const MAX_BLOCK_CELLS = 20000;

/** Bytes of a value's JSON as UTF-8, the measure of Excel's request limit. */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? 'null';
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
  }
  return bytes;
}
type Command = { bytes: number; queue: (context: Excel.RequestContext) => void };

/** Excel column width is set in points; plans give it in characters, as .xlsx files store it. */
function widthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

function sheetOf(context: Excel.RequestContext, cache: Map<string, Excel.Worksheet>, name: string): Excel.Worksheet {
  let ws = cache.get(name);
  if (!ws) {
    ws = context.workbook.worksheets.getItem(name);
    cache.set(name, ws);
  }
  return ws;
}

function styleKey(style: CellStyle): string {
  return JSON.stringify([style.bold ?? null, style.wrap ?? null, style.fill ?? null, style.numberFormat ?? null]);
}

/** Cut blocks into row bands so no single command comes near the request limit. */
function splitBySize<T>(blocks: Block<T>[], bytesOf: (item: T) => number, limit: number): Block<T>[] {
  const out: Block<T>[] = [];
  for (const block of blocks) {
    let start = 0;
    let bytes = 0;
    block.grid.forEach((row, i) => {
      const rowBytes = row.reduce((n, item) => n + bytesOf(item) + 1, 2);
      if (i > start && bytes + rowBytes > limit) {
        out.push({ top: block.top + start, left: block.left, grid: block.grid.slice(start, i) });
        start = i;
        bytes = 0;
      }
      bytes += rowBytes;
    });
    out.push({ top: block.top + start, left: block.left, grid: block.grid.slice(start) });
  }
  return out;
}

export interface PlannedCommands {
  commands: Command[];
  skipped: string[];
  left: number;
  /** remark changes, queued at `remarkAt` once `lookup`'s cells have been looked at */
  remarks: RemarkChange[];
  remarkAt: number;
  lookup: RemarkChange[];
}

export function planCommands(plan: WritePlan, api: ExcelApi, options: ApplyOptions): PlannedCommands {
  const skipped: string[] = [];
  let left = 0;
  const commands: Command[] = [];
  const deleted = new Set(plan.changes.filter((c) => c.kind === 'delete-sheet').map((c) => c.sheet.toLowerCase()));
  const added = plan.changes.filter((c): c is Extract<Change, { kind: 'add-sheet' }> => c.kind === 'add-sheet');

  // every existing sheet the plan touches is loaded first: a missing one fails the batch before any write
  const addedNames = new Set(added.map((c) => c.sheet.toLowerCase()));
  const touched = new Map<string, string>();
  for (const change of plan.changes) {
    if (change.kind === 'add-sheet' || addedNames.has(change.sheet.toLowerCase())) continue;
    touched.set(change.sheet.toLowerCase(), change.sheet);
  }
  for (const name of touched.values()) {
    commands.push({
      bytes: 100 + name.length * 3,
      queue: (context) => {
        sheetOf(context, sheetCache(context), name).load('name');
      },
    });
  }

  // the hidden flag is applied after the sheet has content, since Excel refuses to hide the last visible sheet
  for (const change of added) {
    commands.push({
      bytes: 120 + change.sheet.length,
      queue: (context) => {
        context.workbook.worksheets.add(change.sheet);
      },
    });
  }

  // last change to a cell wins; cells on sheets this plan deletes are not written
  const cells = new Map<string, Map<string, CellChange>>();
  for (const change of plan.changes) {
    if (change.kind !== 'cell' || deleted.has(change.sheet.toLowerCase())) continue;
    const bySheet = cells.get(change.sheet) ?? new Map<string, CellChange>();
    bySheet.set(change.address.replace(/\$/g, '').toUpperCase(), change);
    cells.set(change.sheet, bySheet);
  }

  for (const [sheet, byAddress] of cells) {
    const placed = [...byAddress.values()].map((change) => {
      const at = parseA1(change.address);
      if (!at) throw new ExcelHostError(`写入计划中的地址无效：工作表「${sheet}」单元格 ${change.address}`, 'InvalidAddress', sheet, change.address);
      return { ...at, item: change };
    });
    for (const block of splitBySize(toBlocks(placed, MAX_BLOCK_CELLS), (c) => jsonBytes(c.formula ?? c.value), options.payloadBudget / 4)) {
      const rows = block.grid.length;
      const cols = block.grid[0].length;
      const address = rangeA1(block.top, block.left, block.top + rows - 1, block.left + cols - 1);
      const hasFormula = block.grid.some((row) => row.some((c) => c.formula));
      const input = block.grid.map((row) => row.map((c) => (c.formula ? c.formula : cellInput(c.value))));
      commands.push({
        bytes: 150 + jsonBytes(input),
        queue: (context) => {
          const range = sheetOf(context, sheetCache(context), sheet).getRange(address);
          if (hasFormula) range.formulas = input;
          else range.values = input;
        },
      });
    }
    // styles: one block per run of cells that share a style
    const styled = new Map<string, { style: CellStyle; cells: { row: number; col: number; item: CellStyle }[] }>();
    for (const p of placed) {
      const style = p.item.style;
      if (!style) continue;
      const key = styleKey(style);
      const group = styled.get(key) ?? { style, cells: [] };
      group.cells.push({ row: p.row, col: p.col, item: style });
      styled.set(key, group);
    }
    for (const { style, cells: list } of styled.values()) {
      for (const block of toBlocks(list, MAX_BLOCK_CELLS)) {
        const rows = block.grid.length;
        const cols = block.grid[0].length;
        const address = rangeA1(block.top, block.left, block.top + rows - 1, block.left + cols - 1);
        commands.push({
          bytes: 300 + (style.numberFormat ? rows * cols * (style.numberFormat.length + 3) : 0),
          queue: (context) => {
            const range = sheetOf(context, sheetCache(context), sheet).getRange(address);
            if (style.bold !== undefined) range.format.font.bold = style.bold;
            if (style.wrap !== undefined) range.format.wrapText = style.wrap;
            if (style.fill !== undefined) range.format.fill.color = style.fill;
            if (style.numberFormat !== undefined) range.numberFormat = block.grid.map((row) => row.map(() => style.numberFormat!));
          },
        });
      }
    }
  }

  for (const change of added) {
    if (!change.hidden) continue;
    commands.push({
      bytes: 100,
      queue: (context) => {
        sheetOf(context, sheetCache(context), change.sheet).visibility = 'Hidden';
      },
    });
  }

  // remarks are notes (ExcelApi 1.18); where notes are missing they are left out with a note, never
  // written as threaded comments, which WPS and the command line would not find as ours
  let remarks = plan.changes.filter((c): c is RemarkChange => c.kind === 'comment' && !deleted.has(c.sheet.toLowerCase()));
  if (remarks.length && !api.isSetSupported('ExcelApi', NOTES_SET)) {
    skipped.push(`${remarks.length} 条批注未写入：当前 Excel 不支持备注接口（需要 ExcelApi ${NOTES_SET}），评分与说明已照常写入。`);
    left += remarks.length;
    remarks = [];
  }
  const remarkAt = commands.length;
  // a sheet this plan adds holds nothing yet: only remarks on existing sheets are looked up
  const lookup = remarks.filter((c) => !addedNames.has(c.sheet.toLowerCase()));

  for (const change of plan.changes) {
    if (change.kind !== 'column-width' || deleted.has(change.sheet.toLowerCase())) continue;
    commands.push({
      bytes: 120,
      queue: (context) => {
        sheetOf(context, sheetCache(context), change.sheet).getRange(toA1(0, change.column)).format.columnWidth = widthPoints(change.width);
      },
    });
  }

  // drop-down lists (ExcelApi 1.8): an older Excel leaves them out with a note, as it does remarks
  const lists = plan.changes.filter((c): c is Extract<Change, { kind: 'validation-list' }> => c.kind === 'validation-list' && !deleted.has(c.sheet.toLowerCase()));
  if (lists.length && !api.isSetSupported('ExcelApi', LISTS_SET)) {
    skipped.push(`${lists.length} 个下拉列表未写入：当前 Excel 不支持数据验证接口（需要 ExcelApi ${LISTS_SET}），数据已照常写入。`);
    left += lists.length;
  } else {
    for (const change of lists) {
      const source = change.options?.join(',') ?? null;
      commands.push({
        bytes: 200 + (source === null ? 0 : jsonBytes(source)),
        queue: (context) => {
          const validation = sheetOf(context, sheetCache(context), change.sheet).getRange(change.address).dataValidation;
          // a rule is set over no rule: cleared first, and clearing alone is the undo of an added list
          validation.clear();
          if (source !== null) validation.rule = { list: { inCellDropDown: true, source } };
        },
      });
    }
  }

  for (const change of plan.changes) {
    if (change.kind !== 'delete-sheet') continue;
    commands.push({
      bytes: 100,
      queue: (context) => {
        sheetOf(context, sheetCache(context), change.sheet).delete();
        sheetCache(context).delete(change.sheet);
      },
    });
  }
  return { commands, skipped, left, remarks, remarkAt, lookup };
}

// one proxy per sheet name per context, so a plan does not resolve the same sheet hundreds of times
const caches = new WeakMap<object, Map<string, Excel.Worksheet>>();
function sheetCache(context: Excel.RequestContext): Map<string, Excel.Worksheet> {
  let cache = caches.get(context);
  if (!cache) {
    cache = new Map();
    caches.set(context, cache);
  }
  return cache;
}

export async function writePlan(api: ExcelApi, plan: WritePlan, options: ApplyOptions): Promise<ExcelApplyResult> {
  const { commands, skipped, left, remarks, remarkAt, lookup } = planCommands(plan, api, options);
  if (!commands.length && !remarks.length) return { applied: plan.changes.length - left, skipped, syncs: 0 };
  let syncs = 0;
  const kept: string[] = [];
  const sheets = [...new Set(plan.changes.map((c) => c.sheet))];
  try {
    await api.run(async (context) => {
      let found = new Map<string, FoundRemark>();
      if (lookup.length) {
        const looked = await lookupRemarks(context, api, lookup);
        found = looked.found;
        syncs += looked.syncs;
      }
      const queue = [...commands];
      if (remarks.length)
        queue.splice(remarkAt, 0, {
          bytes: remarks.reduce((n, c) => n + 150 + jsonBytes(c.text), 0),
          queue: (ctx) => kept.push(...queueRemarks(ctx, remarks, found)),
        });
      let bytes = 0;
      let started = false;
      for (const command of queue) {
        if (started && bytes + command.bytes > options.payloadBudget) {
          // only a plan larger than one request is split
          await context.sync();
          syncs++;
          bytes = 0;
          started = false;
        }
        if (!started) {
          context.application.suspendApiCalculationUntilNextSync();
          started = true;
        }
        command.queue(context);
        bytes += command.bytes;
      }
      await context.sync();
      syncs++;
    });
  } catch (error) {
    throw hostError(error, `写入「${plan.title}」`, sheets.length === 1 ? sheets[0] : undefined);
  }
  if (kept.length) skipped.push(`${kept.length} 条批注未写入：${kept.join('、')} 已有别人写的备注或批注，未覆盖。`);
  return { applied: plan.changes.length - left - kept.length, skipped, syncs };
}
