import type ExcelJS from 'exceljs';
import { excelValueType } from './excelJs';
import type { ApplyResult, Change, CellStyle, WritePlan } from '../../workbook/port';
import { changesIntoMerges } from './merged';
import { validatePlan } from './validatePlan';

/** Shared formulas depend on their master cell; turn them into plain formulas before cells change. */
function unshareFormulas(ws: ExcelJS.Worksheet): void {
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.type !== excelValueType().Formula) return;
      const value = cell.value as { sharedFormula?: string; result?: unknown; shareType?: string; ref?: string };
      if (value.sharedFormula !== undefined || value.shareType === 'shared') {
        const formula = cell.formula;
        cell.value = { formula, result: value.result } as ExcelJS.CellFormulaValue;
      }
    });
  });
}

function applyStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  if (style.bold !== undefined) cell.font = { ...(cell.font ?? {}), bold: style.bold };
  if (style.wrap !== undefined) cell.alignment = { ...(cell.alignment ?? {}), wrapText: style.wrap };
  if (style.fill !== undefined) {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${style.fill.slice(1).toUpperCase()}` } };
  }
  if (style.numberFormat !== undefined) cell.numFmt = style.numberFormat;
}

function writeCell(ws: ExcelJS.Worksheet, change: Extract<Change, { kind: 'cell' }>): void {
  const cell = ws.getCell(change.address);
  if (change.formula !== undefined) {
    const formula = change.formula.replace(/^=/, '');
    cell.value = (change.value === null ? { formula } : { formula, result: change.value }) as ExcelJS.CellFormulaValue;
  } else {
    cell.value = change.value;
  }
  if (change.style) applyStyle(cell, change.style);
}

/** An Excel note: the author as a bold first line, then the text; empty text removes the note. */
function writeComment(ws: ExcelJS.Worksheet, change: Extract<Change, { kind: 'comment' }>): void {
  const cell = ws.getCell(change.address);
  if (change.text === '') {
    // ExcelJS has no API to remove a note; an absent comment model is what a cell without one holds
    (cell as unknown as { _comment?: unknown })._comment = undefined;
    return;
  }
  const texts: ExcelJS.RichText[] = [];
  if (change.author) texts.push({ font: { bold: true }, text: `${change.author}:\n` });
  texts.push({ text: change.text });
  cell.note = { texts };
}

/**
 * A drop-down list of choices, kept in the file as a quoted list. A cell that already has a rule of
 * its own while the plan expected none keeps it: false, and the change is reported skipped.
 */
function writeList(ws: ExcelJS.Worksheet, change: Extract<Change, { kind: 'validation-list' }>): boolean {
  const cell = ws.getCell(change.address);
  if (change.options === null) {
    // ExcelJS's typings omit the sheet's rule collection, which is the only way to remove one
    (ws as unknown as { dataValidations: { remove(address: string): void } }).dataValidations.remove(cell.address);
    return true;
  }
  if (change.previous === null && cell.dataValidation) return false;
  cell.dataValidation = { type: 'list', allowBlank: true, formulae: [`"${change.options.join(',')}"`] };
  return true;
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const lower = name.toLowerCase();
  const ws = workbook.worksheets.find((w) => w.name.toLowerCase() === lower);
  if (!ws) throw new Error(`internal: sheet ${name} vanished after validation`);
  return ws;
}

/**
 * Applies every change in order, after checking the whole plan first (a bad plan writes nothing).
 * Formulas keep the plan's value as their cached result, and Excel is asked to recalculate on open.
 * ExcelJS can make every kind of change; only a drop-down over a cell's own rule is left out.
 */
export function applyPlanToWorkbook(workbook: ExcelJS.Workbook, plan: WritePlan): ApplyResult {
  validatePlan(workbook, plan);
  const intoMerges = changesIntoMerges(workbook, plan.changes);
  const unshared = new Set<string>();
  let wroteFormula = false;
  const keptRules: string[] = [];
  for (const change of plan.changes) {
    if (intoMerges.has(change)) continue;
    switch (change.kind) {
      case 'add-sheet':
        workbook.addWorksheet(change.sheet, { state: change.hidden ? 'hidden' : 'visible' });
        break;
      case 'delete-sheet':
        workbook.removeWorksheet(sheet(workbook, change.sheet).id);
        break;
      case 'cell': {
        const ws = sheet(workbook, change.sheet);
        if (!unshared.has(ws.name)) {
          unshareFormulas(ws);
          unshared.add(ws.name);
        }
        writeCell(ws, change);
        if (change.formula !== undefined) wroteFormula = true;
        break;
      }
      case 'comment':
        writeComment(sheet(workbook, change.sheet), change);
        break;
      case 'column-width':
        sheet(workbook, change.sheet).getColumn(change.column + 1).width = change.width;
        break;
      case 'validation-list':
        if (!writeList(sheet(workbook, change.sheet), change)) keptRules.push(`${change.sheet}!${change.address}`);
        break;
    }
  }
  if (wroteFormula) {
    workbook.calcProperties = { ...(workbook.calcProperties ?? {}), fullCalcOnLoad: true };
  }
  const skipped = keptRules.length ? [`${keptRules.length} 个下拉列表未写入：${keptRules.join('、')} 已有数据验证，未覆盖。`] : [];
  if (intoMerges.size) skipped.push(`${intoMerges.size} 处未写入：${[...intoMerges.values()].join('、')}；Excel 不保留合并区域中其他单元格的内容，写到左上角又会覆盖原有内容。`);
  return { applied: plan.changes.length - keptRules.length - intoMerges.size, skipped };
}
