import { hasOwnKey } from '../../engine/ownKey';
import type { FigureDef } from '../../frameworks/types';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../port';
import type { DataRowUse, FigureAmbiguity, FigureSuspect, FoundFigure } from './read.types';
import { normaliseChars, normaliseLabel, parseCell, type ParsedOk } from './cellValue';
import { parseA1, parseSheetCell, toA1 } from './address';
import { cellFormat, isBlankValue } from './snapshotCells';
import { dataRows, HEADER_LABELS, isDataSheet, isUnitText, type DataRow } from './dataSheet';
import { assignRows } from './figureRows';
import { readLabel, namedFigures } from './labelMeaning';
import { judgeFigures, type FigureCell } from './plausibility';
import { isHeaderLike } from './detectTable';

/**
 * Raw figures from a 基础数据 sheet: rows of label → value. Each row's label is read by meaning
 * (`figureRows.ts`), its value parsed exactly and normalised (万元, fractions, 1/0), then judged for
 * plausibility (`plausibility.ts`) before any rule uses it. Figures bound to a cell in the workbook's
 * settings are read from that cell before any label is matched. Every row is accounted for: used as a
 * figure, or listed with why not (ambiguous, unrecognised with the nearest figures, empty …).
 */

/** A cell that could not be read as the figure it names. */
export interface ParseIssue {
  sheet: string;
  address: string;
  text: string;
  /** Chinese: what was expected */
  message: string;
  /** the figure or table field it was meant for */
  what: string;
  /** the date the cell shows, when it holds a date (a number in a date format) where a number belongs */
  date?: string;
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
  /** every labelled row of the 基础数据 sheets, and each bound cell, with how it was used */
  rows: DataRowUse[];
  ambiguities: FigureAmbiguity[];
  suspects: FigureSuspect[];
}

export interface FindFiguresOptions {
  /** figure id → "sheet!A1", or "none" to refuse a label's match (the workbook's settings) */
  bindings?: Record<string, string>;
}

const UNIT_NAME_LABELS = new Set(['单位名称', '单位', '部门名称', '部门', '预算单位', '实施单位', '项目实施单位', '项目单位']);
const YEAR_LABELS = new Set(['年度', '评价年度', '自评年度', '预算年度', '年份']);
const DATE_TEXT = /^(\d{4}\s*[-/.年]\s*\d{1,2}(\s*[-/.月]\s*\d{1,2}\s*日?)?|\d{1,2}\s*月\s*\d{1,2}\s*日)$/;

/** The figure ids of a set of definitions, for matching labels (kept for callers that match one label). */
export function labelIndex(defs: Record<string, FigureDef>): string[] {
  return Object.keys(defs);
}

/** The figure id a 基础数据 label names by its own words, or undefined (ambiguous or none). */
export function figureIdOfLabel(ids: string[], text: string): string | undefined {
  const r = readLabel(text, ids);
  return r.kind === 'figure' ? r.id : undefined;
}

function yearOf(value: CellValue): string | null {
  if (typeof value === 'number' && Number.isInteger(value) && value > 1990 && value < 2200) return String(value);
  if (typeof value === 'string') {
    const m = /(19|20|21)\d{2}/.exec(normaliseChars(value));
    return m ? m[0] : null;
  }
  return null;
}

interface Located {
  sheet: SheetSnapshot;
  row: DataRow;
}

/** A value as a figure: parsed with its row's unit and its cell's format. */
function parseValue(sheet: SheetSnapshot, r: number, c: number, def: FigureDef, unitCell: CellValue | undefined, fallbackUnit: string) {
  const raw = sheet.values[r]?.[c];
  const unitHint = isUnitText(unitCell) ? normaliseLabel(unitCell as string).replace('％', '%') : fallbackUnit;
  const format = cellFormat(sheet, r, c);
  const parsed = parseCell(raw, def.kind, def.kind === 'flag' || def.kind === 'category' ? undefined : unitHint, format);
  return { raw, unitHint, format, parsed };
}

function toFigure(id: string, def: FigureDef, sheet: SheetSnapshot, address: string, parsed: ParsedOk, unitHint: string, how: FoundFigure['how']): FoundFigure {
  return {
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
    // a host that could not read the sheet's formats cell by cell leaves them out: "no % format" is then unknown
    ...(sheet.numberFormats === undefined ? { formatUnread: true } : {}),
    ...(how ? { how } : {}),
  };
}

const sameValue = (a: FoundFigure, b: FoundFigure) => (typeof a.value === 'string' || typeof b.value === 'string' ? a.value === b.value : a.value.eq(b.value));

function readDataSheets(sheets: SheetSnapshot[], defs: Record<string, FigureDef>, bindings: Record<string, string>, out: FiguresFound, cells: Map<string, FigureCell>): void {
  const located: Located[] = sheets.flatMap((sheet) => dataRows(sheet).map((row) => ({ sheet, row })));
  const info = (i: number) => UNIT_NAME_LABELS.has(located[i].row.label) || YEAR_LABELS.has(located[i].row.label);
  const assigned = assignRows(
    located.map((l) => ({ sheet: l.sheet.name, label: l.row.text })),
    Object.keys(defs),
    info,
    namedFigures(defs),
  );
  const given = new Map<string, { figure: FoundFigure; cell: FigureCell; use: DataRowUse }[]>();
  located.forEach(({ sheet, row }, i) => {
    const cells0 = sheet.values[row.row] ?? [];
    const raw = cells0[row.valueCol];
    const hasValue = !isBlankValue(raw) && !isUnitText(raw);
    const use: DataRowUse = { sheet: sheet.name, row: row.row, labelAddress: toA1(row.row, row.labelCol), valueAddress: toA1(row.row, row.valueCol), label: row.text, use: 'unrecognised' };
    out.rows.push(use);
    if (info(i)) {
      use.use = 'info';
      if (!hasValue) return;
      if (UNIT_NAME_LABELS.has(row.label) && typeof raw === 'string' && out.unitName === null) out.unitName = raw.trim();
      if (YEAR_LABELS.has(row.label) && out.year === null) out.year = yearOf(raw as CellValue);
      return;
    }
    const a = assigned[i];
    if (!a.figure) {
      if (a.candidates) {
        use.use = 'ambiguous';
        use.candidates = a.candidates;
        if (hasValue) out.ambiguities.push({ kind: 'row', sheet: sheet.name, address: use.valueAddress, label: row.text, candidates: a.candidates });
      } else {
        use.nearest = a.nearest ?? [];
        out.unknown.push({ label: row.label, sheet: sheet.name, address: use.labelAddress });
      }
      return;
    }
    const id = a.figure;
    use.figure = id;
    use.how = a.how;
    if (hasOwnKey(bindings, id)) {
      use.use = bindings[id] === 'none' ? 'unbound' : 'superseded';
      return;
    }
    if (!hasValue) {
      use.use = 'empty';
      return;
    }
    const def = defs[id];
    const unitCell = row.unitCol !== null ? cells0[row.unitCol] : cells0[row.valueCol + 1];
    const v = parseValue(sheet, row.row, row.valueCol, def, unitCell, row.labelUnit || row.headerUnit);
    if (!v.parsed.ok) {
      use.use = 'unreadable';
      if (typeof raw === 'string' && DATE_TEXT.test(normaliseChars(raw).trim()) && def.kind !== 'category') {
        out.suspects.push({ code: 'DATE_NUMBER_MIXED', severity: 'error', sheet: sheet.name, address: use.valueAddress, figure: id, message: `工作表“${sheet.name}”${use.valueAddress} 的“${def.label}”填的是日期“${raw.trim()}”，不是数值，未用于计分；请填写${def.unit ? `以${def.unit}为单位的` : ''}数值` });
      } else out.issues.push({ sheet: sheet.name, address: use.valueAddress, text: v.parsed.text, message: v.parsed.message, what: def.label });
      return;
    }
    const figure = toFigure(id, def, sheet, use.valueAddress, v.parsed, v.unitHint, a.how);
    const list = given.get(id) ?? [];
    list.push({ figure, cell: { raw: v.raw ?? null, format: v.format, unitHint: v.unitHint, row: row.row }, use });
    given.set(id, list);
  });
  // two rows that could be one figure: reported; the figure is used only when they agree
  for (const [id, list] of given) {
    const agree = list.every((x) => sameValue(x.figure, list[0].figure));
    list.forEach((x, k) => (x.use.use = k === 0 && agree ? 'used' : 'duplicate'));
    if (list.length > 1) {
      out.ambiguities.push({ kind: 'figure', figure: id, cells: list.map((x) => ({ sheet: x.figure.sheet, address: x.figure.address, label: x.use.label, source: x.figure.source })), used: agree });
    }
    if (!agree) continue;
    out.figures.set(id, list[0].figure);
    cells.set(id, list[0].cell);
  }
}

/** Figures bound to a cell in the settings, read from that cell whatever its sheet. */
function readBindings(snapshot: WorkbookSnapshot, defs: Record<string, FigureDef>, bindings: Record<string, string>, out: FiguresFound, cells: Map<string, FigureCell>): void {
  for (const [id, ref] of Object.entries(bindings)) {
    const def = defs[id];
    if (ref === 'none' || !def) continue;
    const at = parseSheetCell(ref);
    const sheet = at ? snapshot.sheets.find((s) => s.name === at.sheet) : undefined;
    const pos = at ? parseA1(at.address) : null;
    if (!at || !sheet || !pos) {
      out.issues.push({ sheet: at?.sheet ?? '_perfscore', address: at?.address ?? 'A1', text: ref, message: `设置中“${def.label}”绑定的单元格“${ref}”不存在`, what: def.label });
      continue;
    }
    const use: DataRowUse = { sheet: sheet.name, row: pos.row, labelAddress: at.address, valueAddress: at.address, label: def.label, use: 'used', figure: id, how: 'setting' };
    out.rows.push(use);
    const unitCell = sheet.values[pos.row]?.[pos.col + 1];
    const v = parseValue(sheet, pos.row, pos.col, def, unitCell, def.kind === 'rate' ? '' : def.unit);
    if (!v.parsed.ok) {
      use.use = v.parsed.blank ? 'empty' : 'unreadable';
      if (!v.parsed.blank) out.issues.push({ sheet: sheet.name, address: at.address, text: v.parsed.text, message: v.parsed.message, what: def.label });
      continue;
    }
    out.figures.set(id, toFigure(id, def, sheet, at.address, v.parsed, v.unitHint, 'setting'));
    cells.set(id, { raw: v.raw ?? null, format: v.format, unitHint: v.unitHint, row: pos.row });
  }
}

/**
 * Unit name and year from the form's own fields and title ("深圳市科技交流服务中心2024年度部门整体支出绩效自评表",
 * 实施单位 (盖章) | …), read only above the sheet's first header row: text inside the table ("本单位2018年年末
 * 实际在职人员…") is an indicator's, never the form's unit or year.
 */
function readTitles(snapshot: WorkbookSnapshot, out: FiguresFound): void {
  for (const sheet of snapshot.sheets) {
    for (let r = 0; r < Math.min(sheet.values.length, 8); r += 1) {
      if (isHeaderLike(sheet, r)) break;
      const cells = sheet.values[r] ?? [];
      // a table's header row (项目 | 数值 | 单位 | 说明) names columns: its “单位” is a unit of measure, not a unit's name
      // (项目名称 heads a form's field row, “项目名称 | … | 实施单位 | …”, not a column)
      const headerRow = cells.some((v) => typeof v === 'string' && normaliseLabel(v) !== '项目名称' && HEADER_LABELS.has(normaliseLabel(v)));
      cells.forEach((v, c) => {
        if (typeof v !== 'string') return;
        const text = normaliseChars(v).trim();
        // a field label may carry a printed instruction: 实施单位 (盖章)
        const label = normaliseLabel(text).replace(/\([^)]*\)$/, '').replace(/[:：]$/, '');
        if (UNIT_NAME_LABELS.has(label) && out.unitName === null && !headerRow) {
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

export function findFigures(snapshot: WorkbookSnapshot, defs: Record<string, FigureDef>, options: FindFiguresOptions = {}): FiguresFound {
  const out: FiguresFound = { figures: new Map(), issues: [], dataSheets: [], unitName: null, year: null, unknown: [], rows: [], ambiguities: [], suspects: [] };
  const bindings = Object.fromEntries(Object.entries(options.bindings ?? {}).filter(([id]) => hasOwnKey(defs, id)));
  const cells = new Map<string, FigureCell>();
  const sheets = snapshot.sheets.filter((s) => isDataSheet(s.name));
  out.dataSheets = sheets.map((s) => s.name);
  readDataSheets(sheets, defs, bindings, out, cells);
  readBindings(snapshot, defs, bindings, out, cells);
  out.suspects.push(...judgeFigures(out.figures, cells, defs));
  for (const s of out.suspects) {
    const row = out.rows.find((r) => r.figure === s.figure && r.valueAddress === s.address && r.sheet === s.sheet);
    if (row) row.use = 'implausible';
  }
  readTitles(snapshot, out);
  return out;
}
