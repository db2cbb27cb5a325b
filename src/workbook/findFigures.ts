import type { FigureDef } from '../frameworks/types';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from './port';
import type { FoundFigure } from './analysis.types';
import { normaliseChars, normaliseLabel, parseCell, readCell } from './cellText';
import { toA1 } from './address';

/**
 * Raw figures from a 基础数据 sheet: rows of label → value (unit in the next column or inside the
 * value text). Labels are matched to the framework's figure labels and synonyms; values are parsed
 * exactly and normalised (万元, fractions, 1/0).
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
      const key = normaliseLabel(label);
      if (!index.has(key)) index.set(key, id);
    }
  }
  return index;
}

function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** "年初预算（万元）" → label 年初预算, unit 万元. */
function splitLabel(text: string): { label: string; unit: string } {
  const t = normaliseChars(text).trim();
  const m = /^(.*?)\s*\(([^)]*)\)\s*[:：]?$/.exec(t);
  if (m && UNIT_TEXT.test(m[2].trim())) return { label: normaliseLabel(m[1]), unit: m[2].trim() };
  return { label: normaliseLabel(t), unit: '' };
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
  sheet.values.forEach((cells, r) => {
    const labelCol = cells.findIndex((v) => {
      if (typeof v !== 'string') return false;
      const cell = readCell(v);
      return cell.ok && cell.kind === 'text';
    });
    if (labelCol < 0) return;
    const { label, unit: labelUnit } = splitLabel(String(cells[labelCol]));
    if (HEADER_LABELS.has(label)) return;
    let valueCol = -1;
    for (let c = labelCol + 1; c < cells.length && c <= labelCol + 3; c += 1) {
      if (!isBlank(cells[c])) {
        valueCol = c;
        break;
      }
    }
    if (UNIT_NAME_LABELS.has(label)) {
      if (valueCol >= 0 && typeof cells[valueCol] === 'string' && out.unitName === null) out.unitName = String(cells[valueCol]).trim();
      return;
    }
    if (YEAR_LABELS.has(label)) {
      if (valueCol >= 0 && out.year === null) out.year = yearOf(cells[valueCol]);
      return;
    }
    const id = index.get(label);
    if (!id) {
      out.unknown.push({ label, sheet: sheet.name, address: toA1(r, labelCol) });
      return;
    }
    // A template row with an empty value is simply not given.
    if (valueCol < 0) return;
    const def = defs[id];
    const unitCell = cells[valueCol + 1];
    const unitHint = typeof unitCell === 'string' && UNIT_TEXT.test(normaliseLabel(unitCell)) ? normaliseLabel(unitCell) : labelUnit;
    const format = sheet.numberFormats?.[r]?.[valueCol];
    const parsed = parseCell(cells[valueCol], def.kind, def.kind === 'flag' || def.kind === 'category' ? undefined : unitHint, format);
    const address = toA1(r, valueCol);
    if (!parsed.ok) {
      out.issues.push({ sheet: sheet.name, address, text: parsed.text, message: parsed.message, what: def.label });
      return;
    }
    if (out.figures.has(id)) return; // the first row naming a figure wins
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
  });
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
