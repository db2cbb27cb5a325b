import { buildNarrative, type Paragraph } from '../../src/engine/narrative';
import { narrativeInputFromAnalysis } from '../../src/workbook/analyse/narrativeInput';
import { FileHost } from '../../src/hosts/file';
import type { Change, WorkbookSnapshot } from '../../src/workbook/port';
import { planReportSheet, REPORT_MARKER, REPORT_SHEET, REPORT_SHEET_ALTERNATE, reportSheetTarget } from '../../src/workbook/plan/reportSheet';
import { readSettings } from '../../src/workbook/read/settings';
import { exampleAnalysis, EXAMPLES } from './fixtures';
import * as path from 'path';

const cellsOf = (changes: Change[], sheet: string) => changes.filter((c): c is Extract<Change, { kind: 'cell' }> => c.kind === 'cell' && c.sheet === sheet);

describe('the 自评报告 sheet plan', () => {
  let paragraphs: Paragraph[];
  let snapshot: WorkbookSnapshot;
  beforeAll(async () => {
    const analysis = await exampleAnalysis('shenzhen-2024.xlsx');
    snapshot = analysis.snapshot;
    paragraphs = buildNarrative(narrativeInputFromAnalysis(analysis));
  });

  test('a new sheet: marker, title, bold numbered section headings, one wrapped paragraph a row, widths set', () => {
    const plan = planReportSheet(snapshot, paragraphs, '深圳市科技交流服务中心2024年度部门整体支出绩效自评报告');
    expect(plan.changes[0]).toEqual({ kind: 'add-sheet', sheet: REPORT_SHEET });
    const cells = cellsOf(plan.changes, REPORT_SHEET);
    const a = (addr: string) => cells.find((c) => c.address === addr)!;
    expect(a('A1').value).toBe(REPORT_MARKER);
    expect(a('A2').style?.bold).toBe(true);
    expect(a('A3')).toMatchObject({ value: '一、预算执行情况', style: { bold: true, wrap: true } });
    expect(a('A4').value).toBe(paragraphs[0].text);
    expect(a('A4').style).toEqual({ wrap: true });
    expect(a('B4').value).toBe(paragraphs[0].cells.join('、'));
    const sections = new Set(paragraphs.map((p) => p.section)).size;
    expect(cells.filter((c) => c.address.startsWith('A')).length).toBe(2 + sections + paragraphs.length);
    expect(plan.changes).toContainEqual({ kind: 'column-width', sheet: REPORT_SHEET, column: 0, width: 100 });
    // Recorded as ours in the settings sheet, so a later run replaces it and analysis ignores it.
    expect(plan.changes.some((c) => c.kind === 'cell' && c.sheet === '_perfscore' && c.value === REPORT_SHEET)).toBe(true);
  });

  test('a sheet PerfScore wrote before is replaced, with leftovers cleared and the old values kept for undo', async () => {
    const host = await FileHost.open(path.join(EXAMPLES, 'shenzhen-2024.xlsx'));
    await host.applyPlan(planReportSheet(snapshot, paragraphs));
    const written = await host.readSnapshot();
    expect(readSettings(written).ownedSheets).toContain(REPORT_SHEET);
    expect(reportSheetTarget(written)).toEqual({ name: REPORT_SHEET, replacing: true });

    const shorter = paragraphs.slice(0, 2);
    const plan = planReportSheet(written, shorter);
    expect(plan.changes.some((c) => c.kind === 'add-sheet')).toBe(false);
    const cells = cellsOf(plan.changes, REPORT_SHEET);
    const a5 = cells.find((c) => c.address === 'A5')!;
    expect(a5.value).toBe(shorter[1].text);
    const cleared = cells.filter((c) => c.value === null);
    expect(cleared.length).toBeGreaterThan(0);
    expect(cleared.every((c) => c.previous.value !== null)).toBe(true);
    expect(plan.title).toContain('更新自评报告');
  });

  test("a user's own 自评报告 sheet is never overwritten: the report goes to 自评报告(PerfScore)", () => {
    const own: WorkbookSnapshot = { ...snapshot, sheets: [...snapshot.sheets, { name: REPORT_SHEET, values: [['我们自己写的报告'], ['第二段']] }] };
    const plan = planReportSheet(own, paragraphs);
    expect(plan.changes.some((c) => 'sheet' in c && c.sheet === REPORT_SHEET)).toBe(false);
    expect(plan.changes[0]).toEqual({ kind: 'add-sheet', sheet: REPORT_SHEET_ALTERNATE });
    expect(plan.title).toContain('工作簿已有用户自己的“自评报告”工作表，未改动');
    expect(plan.title).toContain(REPORT_SHEET_ALTERNATE);

    const both: WorkbookSnapshot = { ...own, sheets: [...own.sheets, { name: REPORT_SHEET_ALTERNATE, values: [['也是用户的']] }] };
    expect(reportSheetTarget(both)).toEqual({ name: `${REPORT_SHEET_ALTERNATE}2`, replacing: false, avoided: REPORT_SHEET });
  });
});
