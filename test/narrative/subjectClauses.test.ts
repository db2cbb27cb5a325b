/**
 * Every clause of 预算执行情况 names its subject, even when a figure next to it is missing or cannot be
 * read as an amount (QA: 日常公用经费调整预算数 = "无" left "…；实际支出数为61.23万元。" with no subject).
 * Why the rate is not stated is for the clerk: it goes to the 检查说明, not into the report.
 */
import type ExcelJS from 'exceljs';
import { buildCheckNotes, buildNarrative, type Paragraph } from '../../src/engine/narrative';
import { FileHost } from '../../src/hosts/file';
import { analyse } from '../../src/workbook/analyse/analyse';
import { narrativeInputFromAnalysis } from '../../src/workbook/analyse/narrativeInput';
import { buildShenzhen } from '../../scripts/make-examples';

type Edit = (figures: ExcelJS.Worksheet) => void;

function rowOf(ws: ExcelJS.Worksheet, label: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(`A${r}`).value === label) return r;
  throw new Error(`no row ${label}`);
}

const setValue = (label: string, value: ExcelJS.CellValue): Edit => (ws) => {
  const cell = ws.getCell(`B${rowOf(ws, label)}`);
  cell.value = value;
  cell.numFmt = 'General';
};
const removeRow = (label: string): Edit => (ws) => void ws.spliceRows(rowOf(ws, label), 1);

/** Seed 002's example workbook with its 基础数据 edited, read back through the file host as the CLI does. */
async function paragraphsOf(...edits: Edit[]): Promise<Paragraph[]> {
  const wb = buildShenzhen();
  for (const edit of edits) edit(wb.getWorksheet('基础数据')!);
  const host = await FileHost.fromBuffer(Buffer.from(await wb.xlsx.writeBuffer()), 'edited.xlsx');
  const result = analyse(await host.readSnapshot());
  if (!result.ok) throw new Error(result.message);
  const input = narrativeInputFromAnalysis(result.analysis);
  return [...buildNarrative(input), ...buildCheckNotes(input)];
}

const notes = (ps: Paragraph[]) => ps.filter((p) => p.section === '检查说明').map((p) => p.text);

const funds = (ps: Paragraph[]) => ps.find((p) => p.heading === '公用经费控制情况')!;
const spending = (ps: Paragraph[]) => ps.find((p) => p.heading === '资金支出情况')!;

/** The clauses of the 公用经费 paragraph after its "2024年度，" lead. */
function fundClauses(p: Paragraph): string[] {
  return p.text.replace(/^\d{4}年度，|^本年度，/, '').replace(/。$/, '').split('；');
}

describe('公用经费控制情况: each clause names its fund', () => {
  test('both figures readable: unchanged seed wording with the control rates', async () => {
    const p = funds(await paragraphsOf());
    expect(p.text).toBe(
      '2024年度，“三公”经费全年预算数为5.31万元，实际支出3.10万元，“三公”经费控制率为58.38%；日常公用经费调整后预算数为67.32万元，实际支出数为61.23万元，日常公用经费控制率为90.95%。',
    );
  });

  test('日常公用经费调整预算数 written as “无”: the actual is stated with its subject; why no rate is given is a 检查说明', async () => {
    const ps = await paragraphsOf(setValue('日常公用经费调整预算数', '无'));
    const p = funds(ps);
    expect(p.text).toBe('2024年度，“三公”经费全年预算数为5.31万元，实际支出3.10万元，“三公”经费控制率为58.38%；日常公用经费实际支出数为61.23万元。');
    for (const clause of fundClauses(p)) expect(clause).toMatch(/^(“三公”经费|日常公用经费)/);
    expect(notes(ps)).toContain('日常公用经费调整后预算数未填报或无法识别，报告只写了实际支出数，未写控制率。');
  });

  test('a budget row absent from the workbook: the same wording', async () => {
    const ps = await paragraphsOf(removeRow('日常公用经费调整预算数'));
    expect(funds(ps).text).toContain('；日常公用经费实际支出数为61.23万元。');
    expect(notes(ps)).toContain('日常公用经费调整后预算数未填报或无法识别，报告只写了实际支出数，未写控制率。');
  });

  test('only the budget readable: the budget is stated with its subject', async () => {
    const ps = await paragraphsOf(setValue('“三公”经费实际支出数', '—'), removeRow('日常公用经费决算数'));
    expect(fundClauses(funds(ps))).toEqual(['“三公”经费全年预算数为5.31万元', '日常公用经费调整后预算数为67.32万元']);
    expect(notes(ps)).toEqual(
      expect.arrayContaining(['“三公”经费实际支出数未填报或无法识别，报告只写了全年预算数，未写控制率。', '日常公用经费实际支出数未填报或无法识别，报告只写了调整后预算数，未写控制率。']),
    );
  });

  test('only the 日常公用经费 actual, no “三公” figures at all: one clause, with its subject', async () => {
    const p = funds(await paragraphsOf(removeRow('“三公”经费实际支出数'), removeRow('“三公”经费预算数'), setValue('日常公用经费调整预算数', '/')));
    expect(p.text).toBe('2024年度，日常公用经费实际支出数为61.23万元。');
  });
});

test('a figure held as text (not an amount) reads 无法识别为金额', async () => {
  const wb = buildShenzhen();
  const host = await FileHost.fromBuffer(Buffer.from(await wb.xlsx.writeBuffer()), 'seed.xlsx');
  const result = analyse(await host.readSnapshot());
  if (!result.ok) throw new Error(result.message);
  const input = narrativeInputFromAnalysis(result.analysis);
  const figures = new Map(input.figures);
  figures.set('dailyPublic.budget', { ...figures.get('dailyPublic.budget')!, value: '无' });
  const p = funds(buildNarrative({ ...input, figures }));
  expect(p.text).toContain('；日常公用经费实际支出数为61.23万元。');
  expect(buildCheckNotes({ ...input, figures }).map((n) => n.text)).toContain('日常公用经费调整后预算数无法识别为金额，报告只写了实际支出数，未写控制率。');
});

describe('资金支出情况: the first sentence names the year and the unit', () => {
  test('no 年初预算: the 调整后预算 sentence opens with “2024年度，我中心”', async () => {
    const p = spending(await paragraphsOf(setValue('年初预算', '无')));
    expect(p.text.startsWith('2024年度，我中心调整后年度预算1,912.37万元')).toBe(true);
  });
});
