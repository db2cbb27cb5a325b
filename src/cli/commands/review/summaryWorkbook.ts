import ExcelJS from 'exceljs';
import { fixed, toHostNumber, type Dec } from '../../../engine/decimal';
import type { Severity } from '../../../workbook/checks';
import { SEVERITY_ORDER } from '../../shared/severity';
import { SEVERITY_NAMES } from '../../../workbook';
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
  '审核后总分',
  '满分',
  '等级',
  '未解决异议',
  '错误',
  '警告',
  '提示',
  '失分最多的三项',
  '说明',
];
const UNIT_WIDTHS = [6, 28, 8, 40, 10, 18, 24, 10, 12, 12, 8, 6, 10, 6, 6, 6, 48, 60];

export function lossesText(unit: UnitScored): string {
  return unit.losses.map((l) => `${l.path[l.path.length - 1]} −${fixed(l.lost)}`).join('；');
}

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ], unique without regard to case. */
function sheetNameFor(code: string, taken: Set<string>): string {
  const base = code.replace(/[:\\/?*[\]]/g, '_').replace(/^'+|'+$/g, '').slice(0, 31) || '检查项';
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i += 1) name = `${base.slice(0, 31 - String(i).length - 1)}_${i}`;
  taken.add(name.toLowerCase());
  return name;
}

function styleHeader(ws: ExcelJS.Worksheet, widths: number[]): void {
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  });
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  ws.views = [{ state: 'frozen', ySplit: 1 }];
}

interface CodeGroup {
  code: string;
  severity: Severity;
  items: { unit: UnitScored; warning: UnitWarning }[];
}

export function groupByCode(units: UnitResult[]): CodeGroup[] {
  const groups = new Map<string, CodeGroup>();
  for (const unit of units) {
    if (unit.status !== 'scored') continue;
    for (const warning of unit.warnings) {
      const g = groups.get(warning.code) ?? { code: warning.code, severity: warning.severity, items: [] };
      g.items.push({ unit, warning });
      groups.set(warning.code, g);
    }
  }
  return [...groups.values()].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || a.code.localeCompare(b.code));
}

/**
 * The batch summary: one row per file found (scored, unreadable or skipped, with the reason), a
 * count of each warning code, and a sheet per code listing every place it occurs.
 */
export function summaryWorkbook(units: UnitResult[], displayPath: (file: string) => string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = '绩效评分助手';
  const main = wb.addWorksheet(UNITS_SHEET);
  main.addRow(UNIT_HEADERS);
  units.forEach((u, i) => {
    if (u.status === 'scored') {
      const notes: string[] = [];
      if (!u.complete) notes.push('部分指标没有得分，总分不完整');
      if (u.self === null) notes.push('有指标未填自评分');
      main.addRow([
        i + 1,
        u.unit ?? '',
        u.year ?? '',
        displayPath(u.file),
        STATUS_LABEL.scored,
        u.table,
        u.framework,
        toHostNumber(u.self),
        toHostNumber(u.computed),
        toHostNumber(u.reviewed),
        toHostNumber(u.max),
        u.grade,
        u.openDisputes,
        u.counts.error,
        u.counts.warning,
        u.counts.info,
        lossesText(u),
        notes.join('；'),
      ]);
    } else {
      main.addRow([i + 1, '', '', displayPath(u.file), STATUS_LABEL[u.status], '', '', null, null, null, null, '', null, null, null, null, '', u.reason]);
    }
  });
  for (const col of [8, 9, 10, 11]) main.getColumn(col).numFmt = '0.00';
  main.getColumn(18).alignment = { wrapText: true, vertical: 'top' };
  styleHeader(main, UNIT_WIDTHS);

  const groups = groupByCode(units);
  const codes = wb.addWorksheet(CODES_SHEET);
  codes.addRow(['检查项', '严重程度', '出现次数', '涉及单位数', '所在工作表', '示例']);
  const taken = new Set([UNITS_SHEET.toLowerCase(), CODES_SHEET.toLowerCase()]);
  const perCode: { group: CodeGroup; sheet: string }[] = groups.map((group) => ({ group, sheet: sheetNameFor(group.code, taken) }));
  for (const { group, sheet } of perCode) {
    const unitCount = new Set(group.items.map((x) => x.unit.file)).size;
    codes.addRow([group.code, SEVERITY_NAMES[group.severity], group.items.length, unitCount, sheet, group.items[0].warning.message]);
  }
  styleHeader(codes, [28, 10, 10, 12, 28, 80]);

  for (const { group, sheet } of perCode) {
    const ws = wb.addWorksheet(sheet);
    ws.addRow(['单位名称', '文件', '单元格', '严重程度', '说明']);
    for (const { unit, warning } of group.items) {
      ws.addRow([unit.unit ?? '', displayPath(unit.file), warning.cell, SEVERITY_NAMES[warning.severity], warning.message]);
    }
    ws.getColumn(5).alignment = { wrapText: true, vertical: 'top' };
    styleHeader(ws, [28, 40, 18, 10, 90]);
  }
  return wb;
}

/** The same summary as JSON: decimal strings with two places, as the score report gives them. */
export function summaryJson(units: UnitResult[], displayPath: (file: string) => string): unknown {
  const text = (d: Dec | null) => (d === null ? null : fixed(d));
  return {
    files: units.map((u) =>
      u.status === 'scored'
        ? {
            file: displayPath(u.file),
            status: u.status,
            unit: u.unit,
            year: u.year,
            table: u.table,
            framework: u.framework,
            total: { self: text(u.self), computed: text(u.computed), reviewed: text(u.reviewed), max: text(u.max), grade: u.grade },
            complete: u.complete,
            openDisputes: u.openDisputes,
            counts: u.counts,
            losses: u.losses.map((l) => ({ path: l.path, lost: fixed(l.lost) })),
            warnings: u.warnings,
          }
        : { file: displayPath(u.file), status: u.status, reason: u.reason },
    ),
    codes: groupByCode(units).map((g) => ({ code: g.code, severity: g.severity, count: g.items.length, units: new Set(g.items.map((x) => x.unit.file)).size })),
  };
}
