/**
 * The task pane's steps without the browser: ExcelPort over the strict fake, with the PERF.*
 * functions associated as the shared runtime does, and with Excel's #NAME? fault reproduced.
 */
import { FakeExcel } from '../fakes/office/excel';
import { FUNCTIONS } from '../../src/functions/register';
import { ExcelPort } from '../../src/hosts/excel';
import { detect, previewPlan, undoWrite, writeScores } from '../../src/taskpane/session';
import { cellValue, FakeWorkbookData } from '../fakes/office/model';
import { apiOf, exampleWorkbook } from './helpers';

async function setUp(options: { nameFault?: boolean; functions?: boolean } = {}) {
  const data: FakeWorkbookData = await exampleWorkbook('shenzhen-2024.xlsx');
  const original = JSON.parse(JSON.stringify(data)) as FakeWorkbookData;
  const host = new FakeExcel(data, { nameFault: options.nameFault });
  if (options.functions !== false) for (const { id, fn } of FUNCTIONS) host.associate(id, fn);
  return { host, port: new ExcelPort(apiOf(host)), original };
}

const valuesOnly = (d: FakeWorkbookData) =>
  d.sheets.map((s) => ({
    name: s.name,
    cells: Object.fromEntries(Object.entries(s.cells).filter(([, c]) => c.v !== undefined || c.f).map(([k, c]) => [k, [c.v ?? null, c.f ?? null]])),
  }));

describe('task pane session over the Excel host', () => {
  test('values: detect and write are 2 syncs; undo restores every value and removes the added sheets', async () => {
    const { host, port, original } = await setUp();
    const detection = await detect(port);
    expect(detection.analysis?.scored.total.toFixed(2)).toBe('96.88');
    const plan = previewPlan(detection.analysis!, false);
    const outcome = await writeScores(port, detection, plan, { ...detection.choices, formulas: false });
    expect(host.syncCount).toBe(2);
    expect(outcome.fallback).toEqual([]);
    expect(cellValue(host.data, '评分表', 'J29')).toBe(96.88);
    expect(cellValue(host.data, '评分表', 'J9')).toBe(1.89);
    expect(cellValue(host.data, '_perfscore', 'B3')).toBe('shenzhen-2024-department');
    await undoWrite(port, outcome.undo);
    expect(host.syncCount).toBe(3);
    expect(valuesOnly(host.data)).toEqual(valuesOnly(original));
  });

  test('live formulas with PERF.* associated: Excel calculates them, nothing falls back', async () => {
    const { host, port } = await setUp();
    const detection = await detect(port);
    const plan = previewPlan(detection.analysis!, true);
    const outcome = await writeScores(port, detection, plan, { ...detection.choices, formulas: true });
    expect(outcome.fallback).toEqual([]);
    expect(host.syncCount).toBe(3); // read, write, read back
    const sheet = host.sheetByName('评分表')!;
    expect(sheet.cells.J18.f).toMatch(/^=PERF\.SCORE_TIERS\(PERF\.RATE\(基础数据!B24,基础数据!B23\)/);
    expect(cellValue(host.data, '评分表', 'J18')).toBe(1);
    expect(sheet.cells.J29.f).toBe('=SUM(J5:J11,J15:J28)');
    expect(cellValue(host.data, '评分表', 'J29')).toBe(96.88);
  });

  test('the #NAME? fault: custom-function cells are rewritten as values, sums recalculate, undo still restores', async () => {
    const { host, port, original } = await setUp({ nameFault: true });
    const detection = await detect(port);
    const plan = previewPlan(detection.analysis!, true);
    const perfCells = plan.changes.filter((c) => c.kind === 'cell' && c.formula?.includes('PERF.')).map((c) => (c.kind === 'cell' ? `${c.sheet}!${c.address}` : ''));
    expect(perfCells.length).toBeGreaterThan(0);
    const outcome = await writeScores(port, detection, plan, { ...detection.choices, formulas: true });
    expect(outcome.fallback).toEqual(perfCells);
    expect(host.syncCount).toBe(4); // read, write, read back, rewrite
    const sheet = host.sheetByName('评分表')!;
    expect(sheet.cells.J18.f).toBeUndefined();
    expect(cellValue(host.data, '评分表', 'J18')).toBe(1);
    expect(sheet.cells.J29.f).toBe('=SUM(J5:J11,J15:J28)');
    expect(cellValue(host.data, '评分表', 'J29')).toBe(96.88);
    await undoWrite(port, outcome.undo);
    expect(valuesOnly(host.data)).toEqual(valuesOnly(original));
  });

  test('without the functions (not registered at all) Excel shows #NAME? too, and the same fallback applies', async () => {
    const { host, port } = await setUp({ functions: false });
    const detection = await detect(port);
    const outcome = await writeScores(port, detection, previewPlan(detection.analysis!, true), { ...detection.choices, formulas: true });
    expect(outcome.fallback.length).toBeGreaterThan(0);
    expect(cellValue(host.data, '评分表', 'J29')).toBe(96.88);
  });

  test('a saved choice is used on the next detection', async () => {
    const { port } = await setUp();
    const first = await detect(port);
    await writeScores(port, first, previewPlan(first.analysis!, true), { ...first.choices, formulas: true });
    const again = await detect(port);
    expect(again.choices).toMatchObject({ sheet: '评分表', framework: 'shenzhen-2024-department', formulas: true });
  });
});
