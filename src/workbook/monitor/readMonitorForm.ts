import type { Dec } from '../../engine/decimal';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../port';
import { cellFormat, cellText, cellValue, headerKey, normaliseLabel, parseCell, rangeA1, readTarget, SETTINGS_SHEET, sheetWidth, toA1 } from '../read';
import { DEFAULT_MONTH, monthOf } from './month';
import { CAUSE_CATEGORIES, LIKELIHOODS, type Cause, type CauseCategory, type FundsRow, type IndicatorRowRead, type Likelihood, type MonitorForm, type ReadNumber } from './monitorForm.types';

/**
 * Finds and reads a 绩效运行监控表 on any sheet: the funds block (年初预算数 / 全年预算数 / 1–N月执行数 /
 * 执行率 / 全年预计执行数) and the indicator rows (年度指标值 / 1–N月执行情况 / 全年预计完成情况 / 偏差原因 /
 * 完成目标可能性 / 备注). Columns are found by their header words, in one header row or two (the form
 * puts 经费保障…其他 and 确定能…完全不可能 under merged 偏差原因分析 and 完成目标可能性 cells).
 */

type IndicatorColumn = 'level1' | 'level2' | 'name' | 'target' | 'progress' | 'forecast' | 'explanation' | 'cause' | 'likelihood' | 'remark';

const INDICATOR_WORDS: [IndicatorColumn, RegExp][] = [
  ['level1', /^一级指标/],
  ['level2', /^二级指标/],
  ['name', /^(三级指标|指标名称)/],
  ['target', /^(年度指标值|年度目标值|全年指标值|指标值)/],
  ['forecast', /^全年预计(完成|实现)/],
  ['progress', /执行情况$|完成情况$|完成值$/],
  ['explanation', /^原因说明/],
  ['cause', /^偏差原因/],
  ['likelihood', /可能性/],
  ['remark', /^备注/],
];

type FundsColumn = 'initial' | 'budget' | 'executed' | 'rate' | 'forecast' | 'note';

const FUNDS_WORDS: [FundsColumn, RegExp][] = [
  ['initial', /^年初预算/],
  ['budget', /^(全年预算|调整后预算|调整预算)/],
  ['forecast', /^全年预计(执行|支出)/],
  ['rate', /执行率$/],
  ['executed', /执行数$|支出数$/],
  ['note', /^(备注|原因说明|偏差原因)/],
];

/** A mark in a choice column: √, ✓, ✔, ☑, 是, ○, ●, x… any text but 否. */
function isMark(v: CellValue): boolean {
  if (v === null || v === false) return false;
  const t = normaliseLabel(String(v));
  return t !== '' && t !== '否' && t !== '0' && t !== '□' && t !== '/';
}

function text(sheet: SheetSnapshot, r: number, c: number | undefined): string {
  return c === undefined ? '' : cellText(sheet, r, c).trim();
}

function rowKeys(sheet: SheetSnapshot, r: number): string[] {
  return (sheet.values[r] ?? []).map((v) => headerKey(v));
}

function findRow(sheet: SheetSnapshot, test: (keys: string[]) => boolean, from = 0): number {
  for (let r = from; r < sheet.values.length; r += 1) if (test(rowKeys(sheet, r))) return r;
  return -1;
}

const isIndicatorHeader = (keys: string[]) => keys.some((k) => /^(年度指标值|年度目标值|全年指标值)|^指标值$/.test(k)) && keys.some((k) => /执行情况$|^全年预计/.test(k));
const isFundsHeader = (keys: string[]) => keys.some((k) => /^年初预算/.test(k)) && keys.some((k) => /执行数$/.test(k));

/** True when some sheet holds a monitoring form (an indicator header with 执行情况 or 全年预计). */
export function isMonitorWorkbook(snapshot: WorkbookSnapshot): boolean {
  return snapshot.sheets.some((s) => s.name !== SETTINGS_SHEET && findRow(s, isIndicatorHeader) >= 0);
}

function readNumber(sheet: SheetSnapshot, r: number, c: number | undefined): ReadNumber {
  if (c === undefined) return null;
  const v = cellValue(sheet, r, c);
  const address = toA1(r, c);
  if (v === null || (typeof v === 'string' && /^\s*[-—/]?\s*$/.test(v))) return null;
  const parsed = parseCell(v, 'amount', '万元', cellFormat(sheet, r, c));
  if (!parsed.ok) return { ok: false, address, text: String(v), message: parsed.message };
  return { ok: true, value: parsed.value as Dec, address };
}

function readRate(sheet: SheetSnapshot, r: number, c: number | undefined): ReadNumber {
  if (c === undefined) return null;
  const v = cellValue(sheet, r, c);
  if (v === null || (typeof v === 'string' && /^\s*[-—/]?\s*$/.test(v))) return null;
  const parsed = parseCell(v, 'rate', undefined, cellFormat(sheet, r, c));
  const address = toA1(r, c);
  if (!parsed.ok) return { ok: false, address, text: String(v), message: parsed.message };
  return { ok: true, value: parsed.value as Dec, address };
}

/** Each header word's column over one or two header rows; sub-headers (row h+1) fill what row h lacks. */
function indicatorColumns(sheet: SheetSnapshot, h: number): { columns: Partial<Record<IndicatorColumn, number>>; causes: Map<CauseCategory, number>; likelihoods: Map<Likelihood, number>; dataFrom: number; month: number | null } {
  const columns: Partial<Record<IndicatorColumn, number>> = {};
  const causes = new Map<CauseCategory, number>();
  const likelihoods = new Map<Likelihood, number>();
  let month: number | null = null;
  const place = (v: CellValue, c: number, key: string) => {
    const category = CAUSE_CATEGORIES.find((w) => key === w);
    const likely = LIKELIHOODS.find((w) => key === w);
    if (category) return void (causes.has(category) || causes.set(category, c));
    if (likely) return void (likelihoods.has(likely) || likelihoods.set(likely, c));
    for (const [column, re] of INDICATOR_WORDS) {
      if (columns[column] === undefined && re.test(key)) {
        columns[column] = c;
        if (column === 'progress') month = monthOf(String(v));
        return;
      }
    }
  };
  (sheet.values[h] ?? []).forEach((v, c) => {
    const key = headerKey(v);
    if (key !== '') place(v, c, key);
  });
  // row h+1 is a second header row when it names sub-columns and holds no indicator name
  const below = rowKeys(sheet, h + 1);
  const subWords = below.filter((k) => (CAUSE_CATEGORIES as readonly string[]).includes(k) || (LIKELIHOODS as readonly string[]).includes(k) || k === '原因说明');
  const subRow = subWords.length >= 2 && (columns.name === undefined || below[columns.name] === '');
  if (subRow) {
    (sheet.values[h + 1] ?? []).forEach((v, c) => {
      const key = headerKey(v);
      if (key !== '') place(v, c, key);
    });
  }
  return { columns, causes, likelihoods, dataFrom: subRow ? h + 2 : h + 1, month };
}

function readCause(sheet: SheetSnapshot, r: number, columns: Partial<Record<IndicatorColumn, number>>, causes: Map<CauseCategory, number>): Cause {
  const categories = CAUSE_CATEGORIES.filter((cat) => causes.has(cat) && isMark(cellValue(sheet, r, causes.get(cat))));
  const single = text(sheet, r, columns.cause);
  // a single 偏差原因 column: a category named in its text counts as marked
  if (causes.size === 0 && single) for (const cat of CAUSE_CATEGORIES) if (single.includes(cat) && !categories.includes(cat)) categories.push(cat);
  const explanation = text(sheet, r, columns.explanation) || (causes.size === 0 ? single : '');
  return { categories, explanation };
}

function readLikelihood(sheet: SheetSnapshot, r: number, column: number | undefined, marks: Map<Likelihood, number>): { likelihood: Likelihood | null; ambiguous: boolean } {
  if (marks.size > 0) {
    const marked = LIKELIHOODS.filter((l) => marks.has(l) && isMark(cellValue(sheet, r, marks.get(l))));
    return { likelihood: marked.length === 1 ? marked[0] : null, ambiguous: marked.length > 1 };
  }
  const t = normaliseLabel(text(sheet, r, column));
  // 完全不可能 contains 可能, 有可能 too: the longest word is tried first; Hubei's three levels say 不可能
  if (t.includes('不可能')) return { likelihood: '完全不可能', ambiguous: false };
  const found = (['确定能', '有可能'] as const).find((w) => t.includes(w));
  return { likelihood: found ?? null, ambiguous: false };
}

function readIndicators(sheet: SheetSnapshot, h: number, notes: string[]): { rows: IndicatorRowRead[]; month: number | null; lastRow: number; lastColumn: number } {
  const { columns, causes, likelihoods, dataFrom, month } = indicatorColumns(sheet, h);
  const rows: IndicatorRowRead[] = [];
  if (columns.name === undefined || columns.target === undefined) return { rows, month, lastRow: h, lastColumn: sheetWidth(sheet) - 1 };
  if (columns.progress === undefined) notes.push(`${sheet.name} 第 ${h + 1} 行未找到“1-N月执行情况”列`);
  if (columns.forecast === undefined) notes.push(`${sheet.name} 第 ${h + 1} 行未找到“全年预计完成情况”列`);
  const used = [...Object.values(columns), ...causes.values(), ...likelihoods.values()];
  const lastColumn = Math.max(...used);
  const first = (m: Map<string, number>) => (m.size > 0 ? Math.min(...m.values()) : undefined);
  let level1 = '';
  let level2 = '';
  let lastRow = dataFrom - 1;
  for (let r = dataFrom; r < sheet.values.length; r += 1) {
    const name = text(sheet, r, columns.name);
    const targetText = text(sheet, r, columns.target);
    const l1 = text(sheet, r, columns.level1);
    if (!name && !targetText) {
      if (l1 || text(sheet, r, 0)) break; // a footnote (说明：…) or the next block ends the table
      if ((sheet.values[r] ?? []).every((v) => v === null || v === '')) break;
      continue;
    }
    if (/^(说明|注)[:：]/.test(normaliseLabel(l1 || name))) break;
    if (l1) level1 = l1;
    const l2 = text(sheet, r, columns.level2);
    if (l2) level2 = l2;
    lastRow = r;
    if (!name || /^(指标\d*[:：]?|……|…|\/)$/.test(name)) continue; // template placeholders
    const likely = readLikelihood(sheet, r, columns.likelihood, likelihoods);
    const at = (c: number | undefined) => toA1(r, c ?? columns.name!);
    rows.push({
      row: r,
      level1,
      level2,
      name,
      targetText,
      target: targetText ? readTarget(targetText) : null,
      targetAddress: at(columns.target),
      progressText: text(sheet, r, columns.progress),
      progressAddress: at(columns.progress),
      forecastText: text(sheet, r, columns.forecast),
      forecastAddress: at(columns.forecast),
      cause: readCause(sheet, r, columns, causes),
      causeAddress: at(columns.explanation ?? columns.cause ?? first(causes)),
      likelihood: likely.likelihood,
      likelihoodAddress: at(columns.likelihood ?? first(likelihoods)),
      likelihoodAmbiguous: likely.ambiguous,
      remark: text(sheet, r, columns.remark),
    });
  }
  return { rows, month, lastRow, lastColumn };
}

function readFunds(sheet: SheetSnapshot, f: number): { rows: FundsRow[]; month: number | null; lastColumn: number } {
  const columns: Partial<Record<FundsColumn, number>> = {};
  let month: number | null = null;
  (sheet.values[f] ?? []).forEach((v, c) => {
    const key = headerKey(v);
    for (const [column, re] of FUNDS_WORDS) {
      if (columns[column] === undefined && key !== '' && re.test(key)) {
        columns[column] = c;
        if (column === 'executed' || column === 'rate') month ??= monthOf(String(v));
        break;
      }
    }
  });
  const firstNumber = Math.min(...Object.values(columns).filter((c) => c !== columns.note));
  const rows: FundsRow[] = [];
  for (let r = f + 1; r < sheet.values.length; r += 1) {
    // the row's label: the last text left of the first figure column (the block's own caption sits further left)
    let label = '';
    for (let c = firstNumber - 1; c >= 0 && !label; c -= 1) label = text(sheet, r, c);
    const key = normaliseLabel(label);
    const isTotal = /^(年度资金总额|资金总额|合计|总额)/.test(key);
    const isPart = /^(其中|当年财政拨款|本年财政拨款|财政拨款|上年结转|其他资金|财政资金|单位资金|财政专户)/.test(key);
    if (!isTotal && !isPart) break;
    rows.push({
      label,
      row: r,
      isTotal,
      initial: readNumber(sheet, r, columns.initial),
      budget: readNumber(sheet, r, columns.budget),
      executed: readNumber(sheet, r, columns.executed),
      rate: readRate(sheet, r, columns.rate),
      forecast: readNumber(sheet, r, columns.forecast),
      note: text(sheet, r, columns.note),
      noteAddress: columns.note === undefined ? null : toA1(r, columns.note),
    });
  }
  return { rows, month, lastColumn: Math.max(...Object.values(columns)) };
}

/** The text in the cell right of the first cell whose label matches, on rows above `before`. */
function labelled(sheet: SheetSnapshot, before: number, re: RegExp): string {
  for (let r = 0; r < before; r += 1) {
    const row = sheet.values[r] ?? [];
    for (let c = 0; c < row.length; c += 1) {
      if (!re.test(headerKey(row[c]))) continue;
      for (let d = c + 1; d < row.length; d += 1) {
        const t = text(sheet, r, d);
        if (t) return t;
      }
    }
  }
  return '';
}

export interface MonitorReadOptions {
  /** the month to use instead of the form's (the command's --month) */
  month?: number;
  /** the sheet to read; else the first sheet with a monitoring form */
  sheet?: string;
}

export type MonitorRead = { ok: true; form: MonitorForm } | { ok: false; message: string };

/** Reads the first monitoring form of the workbook (or of the sheet named), or says why none was found. */
export function readMonitorForm(snapshot: WorkbookSnapshot, options: MonitorReadOptions = {}): MonitorRead {
  const candidates = snapshot.sheets.filter((s) => s.name !== SETTINGS_SHEET && (options.sheet === undefined || s.name === options.sheet));
  if (options.sheet !== undefined && candidates.length === 0) return { ok: false, message: `工作簿中没有名为“${options.sheet}”的工作表` };
  for (const sheet of candidates) {
    const h = findRow(sheet, isIndicatorHeader);
    if (h < 0) continue;
    const notes: string[] = [];
    const f = findRow(sheet, isFundsHeader);
    const funds = f >= 0 && f < h ? readFunds(sheet, f) : { rows: [], month: null, lastColumn: 0 };
    const indicators = readIndicators(sheet, h, notes);
    if (indicators.rows.length === 0) return { ok: false, message: `${sheet.name}：找到监控表表头（第 ${h + 1} 行），但其下没有可读的指标行` };
    const top = f >= 0 && f < h ? f : h;
    const title = (sheet.values.slice(0, top).flat().find((v) => typeof v === 'string' && /监控/.test(v)) as string | undefined) ?? '';
    const formMonth = funds.month ?? indicators.month ?? monthOf(title) ?? monthOf((sheet.values.slice(0, 3).flat().filter((v) => typeof v === 'string') as string[]).join(' '));
    let month = DEFAULT_MONTH;
    let monthSource: MonitorForm['monthSource'] = 'default';
    if (options.month !== undefined) {
      month = options.month;
      monthSource = 'given';
      if (formMonth !== null && formMonth !== options.month) notes.push(`表中所列为 1-${formMonth}月，按指定的 1-${options.month}月计算`);
    } else if (formMonth !== null) {
      month = formMonth;
      monthSource = 'form';
    } else notes.push(`表中未写明监控月份（如“1-7月执行数”），按默认的 1-${DEFAULT_MONTH}月计算`);
    const lastColumn = Math.max(funds.lastColumn, indicators.lastColumn);
    return {
      ok: true,
      form: {
        sheet: sheet.name,
        range: rangeA1(top, 0, indicators.lastRow, lastColumn),
        title: title.trim(),
        year: /(\d{4})\s*年/.exec((sheet.values.slice(0, top).flat().filter((v) => typeof v === 'string') as string[]).join(' '))?.[1] ?? null,
        projectName: labelled(sheet, top, /^项目名称/),
        department: labelled(sheet, top, /^主管部门/),
        implementer: labelled(sheet, top, /^实施单位/),
        month,
        monthSource,
        funds: funds.rows,
        fundsHeaderRow: f >= 0 && f < h ? f : null,
        indicators: indicators.rows,
        indicatorHeaderRow: h,
        lastColumn,
        notes,
      },
    };
  }
  return { ok: false, message: options.sheet ? `工作表“${options.sheet}”中没有绩效运行监控表（未找到含“年度指标值”和“执行情况”或“全年预计完成情况”的表头）` : '工作簿中没有绩效运行监控表（未找到含“年度指标值”和“执行情况”或“全年预计完成情况”的表头）' };
}
