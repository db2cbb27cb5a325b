import type { FigureDef } from '../../frameworks/types';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../port';
import type { FoundFigure } from './read.types';
import { normaliseChars, normaliseLabel, parseCell, readCell } from './cellValue';
import { toA1 } from './address';
import { cellFormat, isBlankValue } from './snapshotCells';

/**
 * Raw figures from a 基础数据 sheet: rows of label → value. Under a header row (指标 | 数值 | 单位 | 说明,
 * in any order and position) the value is the 数值 column's cell and the unit the 单位 column's; with
 * no header the value is the cell right of the label and a unit may follow it. An empty value cell, or
 * one holding only a unit ("万元", "是/否"), means the figure is not given. Labels are matched to the
 * framework's figure labels and synonyms (a unit in brackets and a trailing colon dropped); values are
 * parsed exactly and normalised (万元, fractions, 1/0).
 */

export const DATA_SHEET_NAMES = ['基础数据', '基础数据表', '原始数据', '基本数据'];

/** A cell that could not be read as the figure it names. */
export interface ParseIssue {
  sheet: string;
  address: string;
  text: string;
  /** Chinese: what was expected */
  message: string;
  /** the figure or table field it was meant for */
  what: string;
}

export interface FiguresFound {
  figures: Map<string, FoundFigure>;
  issues: ParseIssue[];
  /** the 基础数据 sheets read */
  dataSheets: string[];
  unitName: string | null;
  year: string | null;
  /** labels found in 基础数据 that name no known figure (kept for the template and messages) */
  unknown: { label: string; sheet: string; address: string }[];
}

const UNIT_NAME_LABELS = new Set(['单位名称', '单位', '部门名称', '部门', '预算单位', '实施单位', '项目单位']);
const YEAR_LABELS = new Set(['年度', '评价年度', '自评年度', '预算年度', '年份']);
const HEADER_LABELS = new Set(['指标', '项目', '名称', '数据项', '基础数据', '指标名称', '数据名称', '标签']);
const UNIT_TEXT = /^(万元|元|千元|万|百万元|亿元|亿|%|‰|人|个|项|次|人次|天|件|台|户|家|场|篇|分|是\/否)$/;

export function isDataSheet(name: string): boolean {
  const key = normaliseLabel(name);
  return DATA_SHEET_NAMES.some((n) => key === n || key.startsWith(n));
}

/** normalised label → figure id, over labels, synonyms and ids */
export function labelIndex(defs: Record<string, FigureDef>): Map<string, string> {
  const index = new Map<string, string>();
  for (const [id, def] of Object.entries(defs)) {
    for (const label of [def.label, ...(def.synonyms ?? []), id]) {
      const key = dataLabelKey(label);
      if (!index.has(key)) index.set(key, id);
    }
  }
  return index;
}

/** "年初预算（万元）" → label 年初预算, unit 万元. */
function splitLabel(text: string): { label: string; unit: string } {
  const t = normaliseChars(text).trim();
  const m = /^(.*?)\s*\(([^)]*)\)\s*[:：]?$/.exec(t);
  if (m && UNIT_TEXT.test(m[2].trim())) return { label: normaliseLabel(m[1]), unit: m[2].trim() };
  return { label: normaliseLabel(t), unit: '' };
}

/**
 * The key a 基础数据 label is matched by, shared by `findFigures` and the template: spaces, quotes and a
 * trailing colon dropped, a unit in brackets split off ("实际采购金额（万元）" → 实际采购金额).
 */
export function dataLabelKey(text: string): string {
  return splitLabel(text).label;
}

/** The figure id a 基础数据 label names (label, synonym or id), or undefined. */
export function figureIdOfLabel(index: Map<string, string>, text: string): string | undefined {
  return index.get(dataLabelKey(text));
}

/** Header words of a 基础数据 sheet's columns. */
const VALUE_HEADERS = new Set(['数值', '值', '金额', '数据', '数额', '数量', '数字', '填报值', '填报数', '填报数据', '填报数值', '填写值', '填写数据', '本年数', '本年值', '本年度', '实际值', '实际数', '取值']);
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
    if (VALUE_HEADERS.has(key) && valueCol < 0) {
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
  /** the label's matching key (see `dataLabelKey`) */
  label: string;
  /** a unit written in the label ("（万元）") */
  labelUnit: string;
  /** the value's column: the header's 数值 column, else the cell right of the label */
  valueCol: number;
  /** the unit column of the header, or null (then the cell right of the value may hold a unit) */
  unitCol: number | null;
  headerUnit: string;
}

/**
 * Every labelled row of a 基础数据 sheet. Under a header row (数值 / 单位 / 说明 …) the value is read
 * from its 数值 column only; with no header, only the cell right of the label is the value, so a 单位
 * or 说明 cell further right is never taken for it.
 */
export function dataRows(sheet: SheetSnapshot): DataRow[] {
  const out: DataRow[] = [];
  let header: DataColumns | null = null;
  sheet.values.forEach((cells, r) => {
    const h = readHeader(cells, r);
    if (h) {
      header = h;
      return;
    }
    const current = header as DataColumns | null;
    const labelCol = cells.findIndex((v, c) => {
      if (typeof v !== 'string' || (current && c >= current.valueCol)) return false;
      const cell = readCell(v);
      return cell.ok && cell.kind === 'text';
    });
    if (labelCol < 0) return;
    const { label, unit } = splitLabel(String(cells[labelCol]));
    if (HEADER_LABELS.has(label)) return;
    out.push({
      row: r,
      labelCol,
      label,
      labelUnit: unit,
      valueCol: current ? current.valueCol : labelCol + 1,
      unitCol: current ? current.unitCol : null,
      headerUnit: current ? current.unit : '',
    });
  });
  return out;
}

/** A unit written alone ("万元", "分", "是/否", "项"): a label of the row, never its value. */
export function isUnitText(v: CellValue | undefined): boolean {
  return typeof v === 'string' && UNIT_TEXT.test(normaliseLabel(v).replace('％', '%'));
}

function yearOf(value: CellValue): string | null {
  if (typeof value === 'number' && Number.isInteger(value) && value > 1990 && value < 2200) return String(value);
  if (typeof value === 'string') {
    const m = /(19|20|21)\d{2}/.exec(normaliseChars(value));
    return m ? m[0] : null;
  }
  return null;
}

function readDataSheet(sheet: SheetSnapshot, index: Map<string, string>, defs: Record<string, FigureDef>, out: FiguresFound): void {
  for (const row of dataRows(sheet)) {
    const r = row.row;
    const cells = sheet.values[r] ?? [];
    const { label, valueCol } = row;
    const raw = cells[valueCol];
    // an empty value cell, or one holding only a unit ("万元", "是/否"), gives no value
    const given = !isBlankValue(raw) && !isUnitText(raw);
    if (UNIT_NAME_LABELS.has(label)) {
      if (given && typeof raw === 'string' && out.unitName === null) out.unitName = raw.trim();
      continue;
    }
    if (YEAR_LABELS.has(label)) {
      if (given && out.year === null) out.year = yearOf(raw as CellValue);
      continue;
    }
    const id = index.get(label);
    if (!id) {
      out.unknown.push({ label, sheet: sheet.name, address: toA1(r, row.labelCol) });
      continue;
    }
    // A template row with an empty value is simply not given.
    if (!given) continue;
    const def = defs[id];
    const unitCell = row.unitCol !== null ? cells[row.unitCol] : cells[valueCol + 1];
    const unitHint = isUnitText(unitCell) ? normaliseLabel(unitCell as string).replace('％', '%') : row.labelUnit || row.headerUnit;
    const format = cellFormat(sheet, r, valueCol);
    const parsed = parseCell(raw, def.kind, def.kind === 'flag' || def.kind === 'category' ? undefined : unitHint, format);
    const address = toA1(r, valueCol);
    if (!parsed.ok) {
      out.issues.push({ sheet: sheet.name, address, text: parsed.text, message: parsed.message, what: def.label });
      continue;
    }
    if (out.figures.has(id)) continue; // the first row naming a figure wins
    out.figures.set(id, {
      id,
      label: def.label,
      value: parsed.value,
      unit: parsed.sourceUnit || (def.kind === 'amount' ? unitHint || '万元' : unitHint || def.unit),
      sheet: sheet.name,
      address,
      source: parsed.text,
      tolerance: parsed.tolerance,
      ...(parsed.written ? { written: parsed.written } : {}),
      ...(parsed.rateScaleAssumed ? { rateScaleAssumed: true } : {}),
    });
  }
}

/** Unit name and year from title cells ("深圳市科技交流服务中心2024年度部门整体支出绩效自评表"). */
function readTitles(snapshot: WorkbookSnapshot, out: FiguresFound): void {
  for (const sheet of snapshot.sheets) {
    for (let r = 0; r < Math.min(sheet.values.length, 8); r += 1) {
      const cells = sheet.values[r] ?? [];
      cells.forEach((v, c) => {
        if (typeof v !== 'string') return;
        const text = normaliseChars(v).trim();
        const label = normaliseLabel(text).replace(/[:：]$/, '');
        if (UNIT_NAME_LABELS.has(label) && out.unitName === null) {
          const next = cells.slice(c + 1).find((x) => typeof x === 'string' && x.trim() !== '');
          if (typeof next === 'string') out.unitName = next.trim();
          return;
        }
        const m = /((19|20|21)\d{2})\s*年/.exec(text);
        if (!m || text.length > 60) return;
        if (out.year === null) out.year = m[1];
        const prefix = text.slice(0, m.index).replace(/[\s:：]+$/, '');
        if (out.unitName === null && /(中心|局|院|会|委员会|办公室|所|站|馆|厅|处|协会|学校|大学|医院|公司|单位|部)$/.test(prefix)) {
          out.unitName = prefix;
        }
      });
    }
  }
}

export function findFigures(snapshot: WorkbookSnapshot, defs: Record<string, FigureDef>): FiguresFound {
  const out: FiguresFound = { figures: new Map(), issues: [], dataSheets: [], unitName: null, year: null, unknown: [] };
  const index = labelIndex(defs);
  for (const sheet of snapshot.sheets) {
    if (!isDataSheet(sheet.name)) continue;
    out.dataSheets.push(sheet.name);
    readDataSheet(sheet, index, defs, out);
  }
  readTitles(snapshot, out);
  return out;
}
