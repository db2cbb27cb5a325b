import { LIGHT_FILLS, LIGHT_NAMES, type Light } from '../../engine/monitoring';
import type { CellStyle, CellValue, Change, PlanBasis, SheetSnapshot, WorkbookSnapshot, WritePlan } from '../port';
import { cellFormula, cellValue, columnLetters, isOwnedColumn, parseRangeA1, readSettings, settingsChanges, sheetOf, toA1 } from '../read';
import { reportSheetChanges, type ReportSheetNames } from '../plan';
import type { MonitorResult } from './evaluateMonitor';
import { monitorParagraphs, monitorReportTitle } from './monitorReport';

/**
 * The write plan of a monitoring run: beside the form, a 预警灯 column (the light in words, 红灯 / 黄灯 /
 * 绿灯 / 蓝灯, and its fill: never the colour alone) and a 监控提示 column (each row's findings); a 监控报告
 * sheet of paragraphs. Only empty cells or cells of columns and sheets recorded as ours are written;
 * the form's cells are the plan's basis, so a changed figure refuses the write.
 */

export const LIGHT_HEADER = '预警灯';
export const MONITOR_NOTES_HEADER = '监控提示';

export const MONITOR_REPORT_NAMES: ReportSheetNames = {
  usual: '监控报告',
  alternate: '监控报告(PerfScore)',
  marker: '监控报告（绩效评分助手生成，重新生成时将被替换）',
  what: '监控报告',
};

const HEADER_STYLE: CellStyle = { bold: true, wrap: true };
const LIGHT_WIDTH = 10;
const NOTES_WIDTH = 48;

function isEmpty(sheet: SheetSnapshot | undefined, r: number, c: number): boolean {
  const v = cellValue(sheet, r, c);
  return (v === null || v === '') && cellFormula(sheet, r, c) === null;
}

/** The form's cells as read: a write is refused when any of them changed since. */
export function monitorBasis(snapshot: WorkbookSnapshot, result: MonitorResult): PlanBasis {
  const sheet = sheetOf(snapshot, result.form.sheet);
  const box = parseRangeA1(result.form.range)!;
  const cells: PlanBasis['table']['cells'] = [];
  for (let r = box.top; r <= box.bottom; r += 1) {
    const row: PlanBasis['table']['cells'][number] = [];
    for (let c = box.left; c <= box.right; c += 1) row.push({ value: cellValue(sheet, r, c), formula: cellFormula(sheet, r, c) });
    cells.push(row);
  }
  return { table: { sheet: result.form.sheet, range: result.form.range, cells }, figures: [] };
}

/** Two columns right of the form: ours from an earlier run, else the first whose cells over the form's rows are empty. */
function columnsFor(snapshot: WorkbookSnapshot, result: MonitorResult): [number, number] {
  const { form } = result;
  const sheet = sheetOf(snapshot, form.sheet);
  const settings = readSettings(snapshot);
  const box = parseRangeA1(form.range)!;
  const rows: number[] = [];
  for (let r = box.top; r <= box.bottom; r += 1) rows.push(r);
  const out: number[] = [];
  for (let c = form.lastColumn + 1; out.length < 2; c += 1) {
    if (isOwnedColumn(settings, form.sheet, c) || rows.every((r) => isEmpty(sheet, r, c))) out.push(c);
  }
  return [out[0], out[1]];
}

/** Each row's findings joined, by 0-based row (findings without a cell on the form's sheet are left to the report). */
function notesByRow(result: MonitorResult): Map<number, string> {
  const out = new Map<number, string[]>();
  const prefix = /^[^：]*![A-Z]+\d+：/;
  for (const f of result.findings) {
    if (f.sheet !== result.form.sheet || !f.address) continue;
    const row = Number(/\d+$/.exec(f.address)![0]) - 1;
    out.set(row, [...(out.get(row) ?? []), f.message.replace(prefix, '')]);
  }
  return new Map([...out].map(([r, list]) => [r, list.join('；')]));
}

export function planMonitor(snapshot: WorkbookSnapshot, result: MonitorResult): WritePlan {
  const { form } = result;
  const sheet = sheetOf(snapshot, form.sheet);
  const settings = readSettings(snapshot);
  const [lightCol, notesCol] = columnsFor(snapshot, result);
  const changes: Change[] = [];
  const wanted = new Map<string, { value: CellValue; style?: CellStyle }>();
  const put = (r: number, c: number, value: CellValue, style?: CellStyle) => wanted.set(`${r}:${c}`, { value, style });

  for (const h of [form.fundsHeaderRow, form.indicatorHeaderRow]) {
    if (h === null) continue;
    put(h, lightCol, LIGHT_HEADER, HEADER_STYLE);
    put(h, notesCol, MONITOR_NOTES_HEADER, HEADER_STYLE);
  }
  const lightCell = (light: Light | null) => (light ? { value: LIGHT_NAMES[light], style: { fill: LIGHT_FILLS[light], bold: light === 'red' } } : { value: '无法判断', style: {} });
  if (result.funds) {
    const l = lightCell(result.funds.light?.light ?? null);
    put(result.funds.row.row, lightCol, l.value, l.style);
  }
  for (const o of result.indicators) {
    const l = lightCell(o.light);
    put(o.row.row, lightCol, l.value, l.style);
  }
  for (const [r, text] of notesByRow(result)) put(r, notesCol, text, { wrap: true });

  // our columns from an earlier run: what is no longer wanted there is cleared
  const box = parseRangeA1(form.range)!;
  for (const c of [lightCol, notesCol]) {
    if (!isOwnedColumn(settings, form.sheet, c)) continue;
    for (let r = box.top; r <= box.bottom; r += 1) if (!wanted.has(`${r}:${c}`) && !isEmpty(sheet, r, c)) put(r, c, null);
  }
  for (const [key, { value, style }] of wanted) {
    const [r, c] = key.split(':').map(Number);
    const previous = { value: cellValue(sheet, r, c), formula: cellFormula(sheet, r, c) };
    if (previous.value === value && previous.formula === null && !style?.fill) continue;
    changes.push({ kind: 'cell', sheet: form.sheet, address: toA1(r, c), value, ...(style && Object.keys(style).length > 0 ? { style } : {}), previous });
  }
  changes.push({ kind: 'column-width', sheet: form.sheet, column: lightCol, width: LIGHT_WIDTH });
  changes.push({ kind: 'column-width', sheet: form.sheet, column: notesCol, width: NOTES_WIDTH });

  const report = reportSheetChanges(snapshot, monitorParagraphs(result), monitorReportTitle(result), MONITOR_REPORT_NAMES);
  changes.push(...report.changes);

  const ownedColumns = [...settings.ownedColumns];
  for (const c of [lightCol, notesCol]) if (!isOwnedColumn(settings, form.sheet, c)) ownedColumns.push({ sheet: form.sheet, column: columnLetters(c) });
  const ownedSheets = settings.ownedSheets.includes(report.target.name) ? settings.ownedSheets : [...settings.ownedSheets, report.target.name];
  changes.push(...settingsChanges(snapshot, { ...settings, ownedColumns, ownedSheets }));

  const where = `${form.sheet}!${columnLetters(lightCol)}、${columnLetters(notesCol)}列`;
  return { title: `写入运行监控结果（预警灯与监控提示写入${where}；${report.planTitle}）`, changes, basis: monitorBasis(snapshot, result) };
}
