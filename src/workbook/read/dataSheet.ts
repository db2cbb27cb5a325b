import type { CellValue, SheetSnapshot } from '../port';
import { normaliseChars, normaliseLabel, readCell } from './cellValue';

/**
 * The layout of a 基础数据 sheet: which sheets are one, where their header row is, and which columns
 * hold the labels, values, units and notes. The value column comes from the header (数值 / 金额 /
 * 金额/数量 / 本年数 / 填报值 …) and, on a sheet with no header, from the content: the column right of
 * the labels that holds the most numbers.
 */

export const DATA_SHEET_NAMES = ['基础数据', '基础数据表', '原始数据', '基本数据'];

export const HEADER_LABELS = new Set(['指标', '项目', '名称', '数据项', '基础数据', '指标名称', '数据名称', '标签', '项目名称', '内容']);
const UNIT_TEXT = /^(万元|元|千元|万|百万元|亿元|亿|%|‰|人|个|项|次|人次|天|件|台|户|家|场|篇|分|是\/否)$/;

export function isDataSheet(name: string): boolean {
  const key = normaliseLabel(name);
  return DATA_SHEET_NAMES.some((n) => key === n || key.startsWith(n));
}

/** "年初预算（万元）" → label 年初预算, unit 万元. */
export function splitLabel(text: string): { label: string; unit: string } {
  const t = normaliseChars(text).trim();
  const m = /^(.*?)\s*\(([^)]*)\)\s*[:：]?$/.exec(t);
  if (m && UNIT_TEXT.test(m[2].trim())) return { label: normaliseLabel(m[1]), unit: m[2].trim() };
  return { label: normaliseLabel(t), unit: '' };
}

/** Header words of a 基础数据 sheet's columns. */
const VALUE_HEADERS = new Set([
  '数值', '值', '金额', '数据', '数额', '数量', '数字', '填报值', '填报数', '填报数据', '填报数值', '填写值', '填写数据', '本年数', '本年值',
  '本年度', '实际值', '实际数', '取值', '本年金额', '本期数', '本年实际', '年度数', '全年数', '金额数量', '数值金额',
]);
const UNIT_HEADERS = new Set(['单位', '计量单位']);
const NOTE_HEADERS = new Set(['说明', '备注', '填报说明', '填写说明', '数据说明', '口径', '数据来源', '来源']);

/** Where a 基础数据 sheet keeps its labels, values, units and notes, as its header row names them. */
export interface DataColumns {
  /** 0-based row of the header, or -1 when the sheet has none (label | value | unit) */
  headerRow: number;
  labelCol: number;
  valueCol: number;
  unitCol: number | null;
  noteCol: number | null;
  /** a unit stated in the value header ("金额（万元）") */
  unit: string;
}

function headerWord(v: CellValue | undefined): { key: string; unit: string } {
  if (typeof v !== 'string') return { key: '', unit: '' };
  const { label, unit } = splitLabel(v);
  return { key: label.replace(/\([^)]*\)/g, ''), unit };
}

/** 数值 / 金额/数量 / 金额、数量: a value header, whole or in parts. */
function isValueHeader(key: string): boolean {
  return VALUE_HEADERS.has(key) || (/[/、或]/.test(key) && key.split(/[/、或]/).every((p) => VALUE_HEADERS.has(p)));
}

/** A header row (数值 / 值 / 金额 / 数据 … beside 指标 / 单位 / 说明), or null. */
function readHeader(cells: CellValue[], row: number): DataColumns | null {
  let valueCol = -1;
  let unit = '';
  let labelCol = -1;
  let unitCol: number | null = null;
  let noteCol: number | null = null;
  cells.forEach((v, c) => {
    const { key, unit: u } = headerWord(v);
    if (key === '') return;
    if (isValueHeader(key) && valueCol < 0) {
      valueCol = c;
      unit = u;
    } else if (UNIT_HEADERS.has(key) && unitCol === null) unitCol = c;
    else if (NOTE_HEADERS.has(key) && noteCol === null) noteCol = c;
    else if (HEADER_LABELS.has(key) && labelCol < 0) labelCol = c;
  });
  if (valueCol < 0 || (labelCol < 0 && unitCol === null && noteCol === null)) return null;
  if (labelCol < 0 || labelCol >= valueCol) labelCol = Math.max(0, valueCol - 1);
  return { headerRow: row, labelCol, valueCol, unitCol, noteCol, unit };
}

function isNumberLike(v: CellValue | undefined): boolean {
  if (typeof v === 'number') return true;
  if (typeof v !== 'string') return false;
  const cell = readCell(v);
  return cell.ok && cell.kind !== 'text' && cell.kind !== 'flag';
}

function labelColumnOf(cells: CellValue[], before = Infinity): number {
  return cells.findIndex((v, c) => {
    if (typeof v !== 'string' || c >= before) return false;
    const cell = readCell(v);
    return cell.ok && cell.kind === 'text';
  });
}

/**
 * On a sheet with no header, the column that holds the values: of the columns right of each row's
 * label, the one holding the most numbers (the nearest on a tie); null when no row holds a number.
 */
export function valueColumnByContent(sheet: SheetSnapshot): number | null {
  const counts = new Map<number, number>();
  for (const cells of sheet.values) {
    const labelCol = labelColumnOf(cells ?? []);
    if (labelCol < 0) continue;
    (cells ?? []).forEach((v, c) => {
      if (c > labelCol && isNumberLike(v)) counts.set(c, (counts.get(c) ?? 0) + 1);
    });
  }
  let best: number | null = null;
  for (const [c, n] of [...counts].sort((a, b) => a[0] - b[0])) if (best === null || n > (counts.get(best) ?? 0)) best = c;
  return best;
}

/** The columns of a 基础数据 sheet: from its first header row, else label | value | unit | 说明. */
export function dataColumns(sheet: SheetSnapshot): DataColumns {
  for (let r = 0; r < sheet.values.length; r += 1) {
    const header = readHeader(sheet.values[r] ?? [], r);
    if (header) return header;
  }
  return { headerRow: -1, labelCol: 0, valueCol: 1, unitCol: 2, noteCol: 3, unit: '' };
}

/** One labelled row of a 基础数据 sheet: the label and where its value and unit are. */
export interface DataRow {
  row: number;
  labelCol: number;
  /** the label as written (trimmed) */
  text: string;
  /** the label's matching key: spaces, quotes and a trailing colon dropped, a unit in brackets split off */
  label: string;
  /** a unit written in the label ("（万元）") */
  labelUnit: string;
  /** the value's column: the header's 数值 column, else the column the content puts the values in */
  valueCol: number;
  /** the unit column of the header, or null (then the cell right of the value may hold a unit) */
  unitCol: number | null;
  headerUnit: string;
}

/**
 * Every labelled row of a 基础数据 sheet. Under a header row (数值 / 单位 / 说明 …) the value is read
 * from its 数值 column only; with no header, from the column the content holds its numbers in (the
 * cell right of the label when none does), so a 单位 or 说明 cell further right is never taken for it.
 */
export function dataRows(sheet: SheetSnapshot): DataRow[] {
  const out: DataRow[] = [];
  let header: DataColumns | null = null;
  const byContent = valueColumnByContent(sheet);
  sheet.values.forEach((cells, r) => {
    const h = readHeader(cells ?? [], r);
    if (h) {
      header = h;
      return;
    }
    const current = header as DataColumns | null;
    const labelCol = labelColumnOf(cells ?? [], current ? current.valueCol : Infinity);
    if (labelCol < 0) return;
    const text = normaliseChars(String(cells[labelCol])).trim();
    const { label, unit } = splitLabel(text);
    if (HEADER_LABELS.has(label)) return;
    const valueCol = current ? current.valueCol : byContent !== null && byContent > labelCol ? byContent : labelCol + 1;
    out.push({ row: r, labelCol, text, label, labelUnit: unit, valueCol, unitCol: current ? current.unitCol : null, headerUnit: current ? current.unit : '' });
  });
  return out;
}

/** A unit written alone ("万元", "分", "是/否", "项"): a label of the row, never its value. */
export function isUnitText(v: CellValue | undefined): boolean {
  return typeof v === 'string' && UNIT_TEXT.test(normaliseLabel(v).replace('％', '%'));
}
