import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as readline from 'readline';
import type ExcelJS from 'exceljs';
import { excelJs, storedText } from '../../../hosts/file';
import { SEVERITY_NAMES, findingName } from '../../../workbook';
import { explainRisk } from '../../../workbook/review';
import { RiskRanking, RISK_SHEET } from './riskRanking';
import type { FindingCode, Severity } from '../../../workbook/checks';
import { SEVERITY_ORDER } from '../../shared/severity';
import type { UnitResult, UnitScored, UnitWarning } from './unitResult';

export const UNITS_SHEET = '单位汇总';
export const CODES_SHEET = '检查项统计';

const STATUS_LABEL = { scored: '已评分', failed: '无法读取', skipped: '已跳过' } as const;

export const UNIT_HEADERS = [
  '序号',
  '单位名称',
  '年度',
  '文件',
  '状态',
  '指标表',
  '评分框架',
  '自评总分',
  '系统计算总分',
  '自评−系统',
  '审核后总分',
  '满分',
  '等级',
  '未解决异议',
  '错误',
  '警告',
  '提示',
  '风险分',
  '风险信号',
  '失分最多的三项',
  '说明',
  '处理建议',
];
const UNIT_WIDTHS = [6, 28, 8, 40, 10, 18, 24, 10, 12, 10, 12, 8, 6, 10, 6, 6, 6, 8, 60, 48, 60, 48];
/** 自评总分 … 满分: two places, as the tables print scores */
const SCORE_COLUMNS = [8, 9, 10, 11, 12];
const CODE_HEADERS = ['检查项', '代码', '严重程度', '出现次数', '涉及单位数', '所在工作表', '示例'];
const PLACE_HEADERS = ['单位名称', '文件', '单元格', '严重程度', '说明'];

export function lossesText(unit: UnitScored): string {
  return unit.losses.map((l) => `${l.path[l.path.length - 1]} −${l.lost}`).join('；');
}

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ], unique without regard to case. */
function sheetNameFor(title: string, taken: Set<string>): string {
  const base = title.replace(/[:\\/?*[\]]/g, '_').replace(/^'+|'+$/g, '').slice(0, 31) || '检查项';
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i += 1) name = `${base.slice(0, 31 - String(i).length - 1)}_${i}`;
  taken.add(name.toLowerCase());
  return name;
}

function addHeader(ws: ExcelJS.Worksheet, headers: string[], widths: number[], numberColumns: number[] = []): void {
  ws.columns = headers.map((header, i) => ({
    header,
    width: widths[i],
    ...(numberColumns.includes(i + 1) ? { style: { numFmt: '0.00' } } : {}),
  }));
  const row = ws.getRow(1);
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', wrapText: true };
  row.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  });
  row.commit();
}

// cells with nothing to say are left empty (null), never written as empty text

/** Every sheet keeps its header row in view. */
const FROZEN_HEADER = { views: [{ state: 'frozen' as const, ySplit: 1 }] };

/** A row's texts as Excel stores them: unit names and reasons are the units' own text, and may hold characters XML cannot. */
const stored = (row: unknown[]) => row.map((v) => (typeof v === 'string' ? storedText(v) : v));

const num = (text: string | null) => (text === null ? null : Number(text));

function unitRow(u: UnitResult, index: number, displayPath: (file: string) => string): unknown[] {
  if (u.status !== 'scored') {
    return [index, null, null, displayPath(u.file), STATUS_LABEL[u.status], null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, u.reason, u.action ?? null];
  }
  const notes: string[] = [];
  if (!u.complete) notes.push('部分指标没有得分，总分不完整');
  if (u.self === null) notes.push('有指标未填自评分');
  return [
    index,
    u.unit,
    u.year,
    displayPath(u.file),
    STATUS_LABEL.scored,
    u.table,
    u.framework,
    num(u.self),
    num(u.computed),
    num(u.selfMinusComputed),
    num(u.reviewed),
    num(u.max),
    u.grade,
    u.openDisputes,
    u.counts.error,
    u.counts.warning,
    u.counts.info,
    u.risk,
    explainRisk(u.redFlags),
    lossesText(u) || null,
    notes.join('；') || null,
    null,
  ];
}

/** The JSON entry of one file: decimal strings with two places, as the score report gives them. */
function unitJson(u: UnitResult, displayPath: (file: string) => string): unknown {
  if (u.status !== 'scored') return { file: displayPath(u.file), status: u.status, reason: u.reason, ...(u.action ? { action: u.action } : {}) };
  return {
    file: displayPath(u.file),
    status: u.status,
    unit: u.unit,
    year: u.year,
    table: u.table,
    framework: u.framework,
    total: { self: u.self, computed: u.computed, selfMinusComputed: u.selfMinusComputed, reviewed: u.reviewed, max: u.max, grade: u.grade },
    complete: u.complete,
    openDisputes: u.openDisputes,
    counts: u.counts,
    losses: u.losses,
    risk: u.risk,
    redFlags: u.redFlags,
    warnings: u.warnings.map((w) => ({ ...w, name: findingName(w.code) })),
  };
}

/** JSON.stringify(x, null, 2) as it reads nested `depth` levels deep in a larger document. */
function indented(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);
}

interface CodeTally {
  code: FindingCode;
  severity: Severity;
  count: number;
  units: number;
  example: string;
  /** where its places wait until the per-code sheets are written */
  spill: number;
}

/**
 * The batch summary, written as results arrive: one row per file found (scored, unreadable or
 * skipped, with the reason and what to do), then a count of each finding, then a sheet per finding
 * listing every place it occurs. Rows are committed as they are added and the places of each finding
 * wait in a temporary file, so memory does not grow with the number of forms; the JSON is written
 * alongside. Results must be added in the order they are to be listed.
 */
export class SummaryWriter {
  private readonly book: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly units: ExcelJS.Worksheet;
  private readonly json: number | null;
  private readonly spillDir: string;
  private readonly codes = new Map<FindingCode, CodeTally>();
  private added = 0;
  private readonly ranking: RiskRanking;
  readonly counts = { scored: 0, failed: 0, skipped: 0 };

  private constructor(
    private readonly out: string,
    private readonly partial: string,
    private readonly jsonPath: string | undefined,
    private readonly jsonPartial: string | null,
    private readonly displayPath: (file: string) => string,
    sampleSize: number,
  ) {
    this.ranking = new RiskRanking(sampleSize);
    // opened here, not by the stream, so a folder that refuses the file is told at once, as a thrown error
    const fd = fs.openSync(partial, 'w');
    // shared strings: Excel's _xHHHH_ escapes (storedText) are read back only from the shared string table
    this.book = new (excelJs().stream.xlsx.WorkbookWriter)({ stream: fs.createWriteStream('', { fd }), useStyles: true, useSharedStrings: true });
    this.book.creator = '绩效评分助手';
    this.units = this.book.addWorksheet(UNITS_SHEET, FROZEN_HEADER);
    addHeader(this.units, UNIT_HEADERS, UNIT_WIDTHS, SCORE_COLUMNS);
    this.json = jsonPath && jsonPartial ? fs.openSync(jsonPartial, 'w') : null;
    if (this.json !== null) fs.writeSync(this.json, '{\n  "files": [');
    this.spillDir = fs.mkdtempSync(path.join(os.tmpdir(), 'perfscore-review-'));
  }

  /** Starts the summary; the files appear under their own names only when `close` has finished. */
  static open(out: string, json: string | undefined, displayPath: (file: string) => string, sampleSize: number): SummaryWriter {
    const part = (file: string) => path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.part`);
    return new SummaryWriter(out, part(out), json, json ? part(json) : null, displayPath, sampleSize);
  }

  add(u: UnitResult): void {
    this.added += 1;
    this.counts[u.status] += 1;
    this.units.addRow(stored(unitRow(u, this.added, this.displayPath))).commit();
    if (this.json !== null) fs.writeSync(this.json, `${this.added > 1 ? ',' : ''}\n    ${indented(unitJson(u, this.displayPath), 2)}`);
    if (u.status === 'scored') {
      this.tally(u);
      this.ranking.add(u, this.added, this.displayPath(u.file));
    }
  }

  /** The units drawn for re-checking, riskiest first (known once every result is in). */
  get sample(): { unit: string; risk: number }[] {
    return this.ranking.sampled().map((r) => ({ unit: r.name, risk: r.risk }));
  }

  private tally(u: UnitScored): void {
    const seen = new Set<FindingCode>();
    for (const w of u.warnings) {
      let t = this.codes.get(w.code);
      if (!t) {
        t = { code: w.code, severity: w.severity, count: 0, units: 0, example: w.message, spill: fs.openSync(path.join(this.spillDir, `${this.codes.size}.jsonl`), 'w+') };
        this.codes.set(w.code, t);
      }
      t.count += 1;
      if (!seen.has(w.code)) t.units += 1;
      seen.add(w.code);
      fs.writeSync(t.spill, `${JSON.stringify(placeRow(u, w, this.displayPath))}\n`);
    }
  }

  /** Writes the count and per-finding sheets, finishes both files and puts them in place. */
  async close(): Promise<void> {
    try {
      this.units.commit();
      const tallies = [...this.codes.values()].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || a.code.localeCompare(b.code));
      this.ranking.write(this.book.addWorksheet(RISK_SHEET, FROZEN_HEADER), (ws, headers, widths) => addHeader(ws, headers, widths), stored);
      const taken = new Set([UNITS_SHEET.toLowerCase(), CODES_SHEET.toLowerCase(), RISK_SHEET.toLowerCase()]);
      const sheets = tallies.map((t) => ({ t, sheet: sheetNameFor(findingName(t.code), taken) }));
      const codes = this.book.addWorksheet(CODES_SHEET, FROZEN_HEADER);
      addHeader(codes, CODE_HEADERS, [24, 24, 10, 10, 12, 24, 80]);
      for (const { t, sheet } of sheets) codes.addRow(stored([findingName(t.code), t.code, SEVERITY_NAMES[t.severity], t.count, t.units, sheet, t.example])).commit();
      codes.commit();
      for (const { t, sheet } of sheets) {
        const ws = this.book.addWorksheet(sheet, FROZEN_HEADER);
        addHeader(ws, PLACE_HEADERS, [28, 40, 18, 10, 90]);
        const lines = readline.createInterface({ input: fs.createReadStream('', { fd: t.spill, start: 0, autoClose: false }), crlfDelay: Infinity });
        for await (const line of lines) if (line !== '') ws.addRow(stored(JSON.parse(line) as unknown[])).commit();
        ws.commit();
      }
      await this.book.commit();
      if (this.json !== null && this.jsonPartial) {
        const codesJson = tallies.map((t) => ({ code: t.code, name: findingName(t.code), severity: t.severity, count: t.count, units: t.units }));
        fs.writeSync(this.json, `${this.added > 0 ? '\n  ' : ''}],\n  "codes": ${indented(codesJson, 1)},\n  "riskSample": ${indented(this.ranking.json(), 1)}\n}\n`);
        fs.closeSync(this.json);
      }
      fs.renameSync(this.partial, this.out);
      if (this.jsonPartial && this.jsonPath) fs.renameSync(this.jsonPartial, this.jsonPath);
    } finally {
      this.discard();
    }
  }

  /** Removes what is left behind: the spill files always, the partial outputs when they were not finished. */
  discard(): void {
    for (const t of this.codes.values()) {
      try {
        fs.closeSync(t.spill);
      } catch {
        // already closed
      }
    }
    this.codes.clear();
    fs.rmSync(this.spillDir, { recursive: true, force: true });
    for (const f of [this.partial, this.jsonPartial]) if (f) fs.rmSync(f, { force: true });
  }
}

function placeRow(u: UnitScored, w: UnitWarning, displayPath: (file: string) => string): unknown[] {
  return [u.unit, displayPath(u.file), w.cell, SEVERITY_NAMES[w.severity], w.message];
}
