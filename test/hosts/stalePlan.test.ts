/**
 * A stale plan is refused over the Excel and the WPS fakes: after the preview, a 基础数据 figure changes
 * (政府采购计划金额 5.34 → 20, which makes 1.89 wrong) or a row is inserted (scores would land beside
 * the wrong indicators). The guarded write reads the workbook again, writes nothing, and names what
 * changed. Untouched, the same plan goes through.
 */
import type { WorkbookPort } from '../../src/workbook/port';
import { planScoreWrite } from '../../src/workbook/plan';
import { detect } from '../../src/taskpane/session';
import { guardedApply } from '../../src/taskpane/write/guardedWrite';
import { ExcelPort } from '../../src/hosts/excel';
import { WpsPort, type EtApplication } from '../../src/hosts/wps';
import { FakeExcel } from '../fakes/office/excel';
import { makeWps } from '../fakes/wps/install';
import type { FakeSheet, FakeWorkbookData } from '../fakes/office/model';
import { apiOf, exampleWorkbook } from '../excel/helpers';

type Host = { port: WorkbookPort; data: FakeWorkbookData };
const HOSTS: Record<string, (data: FakeWorkbookData) => Host> = {
  Excel: (data) => ({ port: new ExcelPort(apiOf(new FakeExcel(data))), data }),
  WPS: (data) => ({ port: new WpsPort(makeWps(data).root as unknown as EtApplication), data }),
};

const sheet = (data: FakeWorkbookData, name: string): FakeSheet => data.sheets.find((s) => s.name === name)!;

/** The workbook as a write would change it: a formula's cached value is left out (a fake recalculates on read). */
const content = (data: FakeWorkbookData) =>
  JSON.stringify(data.sheets.map((s) => [s.name, Object.entries(s.cells).map(([k, c]) => [k, c.f ?? null, c.f ? null : (c.v ?? null)]), s.comments]));

/** What inserting `count` rows above 1-based row `at` does to a sheet: every cell from there moves down. */
function insertRows(s: FakeSheet, at: number, count: number): void {
  const moved: FakeSheet['cells'] = {};
  for (const [key, cell] of Object.entries(s.cells)) {
    const [, col, row] = /^([A-Z]+)(\d+)$/.exec(key)!;
    moved[Number(row) >= at ? `${col}${Number(row) + count}` : key] = cell;
  }
  s.cells = moved;
}

async function preview(make: (d: FakeWorkbookData) => Host) {
  const host = make(await exampleWorkbook('shenzhen-2024.xlsx'));
  const { analysis } = await detect(host.port);
  const plan = planScoreWrite(analysis!, { formulas: false });
  const before = JSON.stringify(host.data);
  return { ...host, plan, unchanged: () => JSON.stringify(host.data) === before };
}

const messages = (r: Awaited<ReturnType<typeof guardedApply>>) => ('refused' in r ? r.conflicts.filter((c) => c.kind === 'basis').map((c) => (c.kind === 'basis' ? c.message : '')) : []);

describe.each(Object.keys(HOSTS))('a stale plan over the %s fake', (name) => {
  const make = HOSTS[name];

  test('a changed 基础数据 figure: refused, the figure named with its old and new value, nothing written', async () => {
    const { port, data, plan, unchanged } = await preview(make);
    expect(plan.changes).toContainEqual(expect.objectContaining({ sheet: '评分表', address: 'J9', value: 1.89 }));
    expect(sheet(data, '基础数据').cells.A20.v).toBe('政府采购计划金额');
    sheet(data, '基础数据').cells.B20 = { v: 20 };
    const snapshot = content(data);
    const result = await guardedApply(port, plan);
    expect('refused' in result).toBe(true);
    expect(messages(result)).toEqual(['基础数据“政府采购计划金额”（基础数据!B20）由 5.34 改为 20']);
    expect(content(data)).toBe(snapshot);
    expect(unchanged()).toBe(false); // only the user's edit
  });

  test('a row inserted inside the table: refused, the row named', async () => {
    const { port, data, plan } = await preview(make);
    insertRows(sheet(data, '评分表'), 10, 1);
    const snapshot = content(data);
    const result = await guardedApply(port, plan);
    expect(messages(result)).toEqual(['评分表“评分表”在第 10 行处插入了 1 行，此后各行的指标与得分已错位']);
    expect(content(data)).toBe(snapshot);
  });

  test('rows inserted above the table: refused, the table’s new place named', async () => {
    const { port, data, plan } = await preview(make);
    insertRows(sheet(data, '评分表'), 1, 2);
    const result = await guardedApply(port, plan);
    expect(messages(result)).toEqual(['评分表“评分表”已从 A2:I29 移到 A4:I31（表格上方插入了 2 行），得分会写到错误的行']);
  });

  test('a table cell edited (a self-score typed over): refused, the cell named', async () => {
    const { port, data, plan } = await preview(make);
    sheet(data, '评分表').cells.C9 = { v: '资金使用' };
    const result = await guardedApply(port, plan);
    expect(messages(result)).toEqual(['评分表 评分表!C9 由 “资金管理” 改为 “资金使用”']);
  });

  test('nothing changed: the same plan is written', async () => {
    const { port, data, plan } = await preview(make);
    const result = await guardedApply(port, plan);
    expect('refused' in result).toBe(false);
    expect(sheet(data, '评分表').cells.J9.v).toBe(1.89);
  });
});
