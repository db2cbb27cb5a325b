/**
 * The task pane's steps without the browser: ExcelPort over the strict fake, with the PERF.*
 * functions associated as the shared runtime does, and with Excel's #NAME? fault reproduced.
 */
import { FakeExcel } from '../fakes/office/excel';
import { FUNCTIONS } from '../../src/functions/register';
import { ExcelPort } from '../../src/hosts/excel';
import { chooseRule, detect, previewPlan, undoWrite, writeScores, type WriteOutcome, type WriteRefused } from '../../src/taskpane/session';
import { previewReport, reportOf, writeReport, type ReportWritten } from '../../src/taskpane/reportSession';
import { readSettings } from '../../src/workbook/read/settings';
import { REPORT_MARKER } from '../../src/workbook/plan/reportSheet';
import { cellValue, FakeWorkbookData } from '../fakes/office/model';
import { apiOf, exampleWorkbook } from './helpers';

async function setUp(options: { nameFault?: boolean; functions?: boolean } = {}) {
  const data: FakeWorkbookData = await exampleWorkbook('shenzhen-2024.xlsx');
  const original = JSON.parse(JSON.stringify(data)) as FakeWorkbookData;
  const host = new FakeExcel(data, { nameFault: options.nameFault });
  if (options.functions !== false) for (const { id, fn } of FUNCTIONS) host.associate(id, fn);
  return { host, port: new ExcelPort(apiOf(host)), original };
}

/** The outcome of a write that went through (fails the test when it was refused). */
function done(result: WriteOutcome | WriteRefused): WriteOutcome {
  if ('refused' in result) throw new Error(`write refused: ${JSON.stringify(result.conflicts)}`);
  return result;
}

const valuesOnly = (d: FakeWorkbookData) =>
  d.sheets.map((s) => ({
    name: s.name,
    cells: Object.fromEntries(Object.entries(s.cells).filter(([, c]) => c.v !== undefined || c.f).map(([k, c]) => [k, [c.v ?? null, c.f ?? null]])),
  }));

describe('task pane session over the Excel host', () => {
  test('values: detect is 1 sync, a guarded write 2 (read, write); undo (read, write) restores every value and removes the added sheets', async () => {
    const { host, port, original } = await setUp();
    const detection = await detect(port);
    expect(host.syncCount).toBe(1);
    expect(detection.analysis?.scored.total.toFixed(2)).toBe('96.88');
    const plan = previewPlan(detection.analysis!, false);
    const outcome = done(await writeScores(port, plan, { ...detection.choices, formulas: false }));
    expect(host.syncCount).toBe(3);
    expect(outcome.fallback).toEqual([]);
    // 11 leaves are the unit's judgements: our total says 不完整, our checked 政府采购执行情况 1.89
    expect(cellValue(host.data, '评分表', 'J29')).toBe('不完整');
    expect(cellValue(host.data, '评分表', 'J9')).toBe(1.89);
    expect(cellValue(host.data, '_perfscore', 'B3')).toBe('shenzhen-2024-department');
    const undone = await undoWrite(port, outcome.written);
    expect(undone.kept).toEqual([]);
    expect(undone.restored).toBeGreaterThan(21);
    expect(host.syncCount).toBe(5);
    expect(valuesOnly(host.data)).toEqual(valuesOnly(original));
  });

  test('a cell typed into after the preview: the write is refused, the cell named, nothing changes', async () => {
    const { host, port } = await setUp();
    const detection = await detect(port);
    const plan = previewPlan(detection.analysis!, false);
    // the preview puts 1.89 into the empty J9 and the total into J29; the user types into both first
    expect(plan.changes).toContainEqual(expect.objectContaining({ kind: 'cell', sheet: '评分表', address: 'J9', value: 1.89, previous: { value: null, formula: null } }));
    host.sheetByName('评分表')!.cells.J9 = { v: '待核实' };
    host.sheetByName('评分表')!.cells.J29 = { v: 90, f: '=SUM(I5:I28)-6.88' };
    const typed = JSON.parse(JSON.stringify(host.data)) as FakeWorkbookData;
    const result = await writeScores(port, plan, { ...detection.choices, formulas: false });
    expect(result).toEqual({
      refused: true,
      conflicts: [
        { kind: 'cell', sheet: '评分表', address: 'J9', expected: { value: null, formula: null }, found: { value: '待核实', formula: null } },
        { kind: 'cell', sheet: '评分表', address: 'J29', expected: { value: null, formula: null }, found: { value: 90, formula: '=SUM(I5:I28)-6.88' } },
      ],
    });
    expect(host.data).toEqual(typed);
    expect(host.syncCount).toBe(2); // the detection and the check; no write
    expect(host.sheetByName('检查结果')).toBeUndefined();
  });

  test('a 基础数据 figure changed after the preview: the pane’s write is refused, the figure named, nothing changes', async () => {
    const { host, port } = await setUp();
    const detection = await detect(port);
    const preview = previewPlan(detection.analysis!, false);
    // with and without its settings rows (the pane adds them at write time): both keep what they were computed from
    for (const plan of [preview, { ...preview, changes: preview.changes.filter((c) => c.sheet !== '_perfscore') }]) {
      expect(host.sheetByName('基础数据')!.cells.A20.v).toBe('政府采购计划金额');
      host.sheetByName('基础数据')!.cells.B20 = { v: 20 };
      const edited = JSON.parse(JSON.stringify(host.data)) as FakeWorkbookData;
      const result = await writeScores(port, plan, { ...detection.choices, formulas: false });
      expect('refused' in result && result.conflicts.map((c) => (c.kind === 'basis' ? c.message : c.kind))).toEqual(['基础数据“政府采购计划金额”（基础数据!B20）由 5.34 改为 20']);
      expect(host.data).toEqual(edited);
    }
  });

  test('undo after the user edited one written cell: the others are restored, the edited one is kept and named', async () => {
    const { host, port, original } = await setUp();
    const detection = await detect(port);
    const outcome = done(await writeScores(port, previewPlan(detection.analysis!, false), { ...detection.choices, formulas: false }));
    expect(cellValue(host.data, '评分表', 'J9')).toBe(1.89);
    host.sheetByName('评分表')!.cells.J9 = { v: 1.5 };
    const undone = await undoWrite(port, outcome.written);
    expect(undone.kept).toEqual([{ kind: 'cell', sheet: '评分表', address: 'J9', expected: { value: 1.89, formula: null }, found: { value: 1.5, formula: null } }]);
    expect(cellValue(host.data, '评分表', 'J9')).toBe(1.5);
    // everything else is as it was before the write: J9 aside, the two states are the same
    const expected = valuesOnly(original);
    expected.find((s) => s.name === '评分表')!.cells.J9 = [1.5, null];
    expect(valuesOnly(host.data)).toEqual(expected);
    expect(cellValue(host.data, '评分表', 'J29')).toBeNull();
  });

  test('undo keeps a sheet the write added once the user has written on it, and clears only our cells there', async () => {
    const { host, port, original } = await setUp();
    const detection = await detect(port);
    const outcome = done(await writeScores(port, previewPlan(detection.analysis!, false), { ...detection.choices, formulas: false }));
    const results = host.sheetByName('检查结果')!;
    expect(results.cells.A1.v).toMatch(/^检查结果/);
    results.cells.G2 = { v: '已复核，问题已转单位整改' };
    const undone = await undoWrite(port, outcome.written);
    expect(undone.kept).toEqual([
      { kind: 'cell', sheet: '检查结果', address: 'G2', expected: { value: null, formula: null }, found: { value: '已复核，问题已转单位整改', formula: null } },
    ]);
    const kept = host.sheetByName('检查结果')!;
    expect(Object.entries(kept.cells).filter(([, c]) => c.v !== undefined).map(([k, c]) => [k, c.v])).toEqual([['G2', '已复核，问题已转单位整改']]);
    // the rest of the workbook is as before the write
    expect(valuesOnly(host.data).filter((s) => s.name !== '检查结果')).toEqual(valuesOnly(original));
  });

  test('write, undo, write again: the same preview goes through once the undo has put everything back', async () => {
    const { host, port } = await setUp();
    const detection = await detect(port);
    const plan = previewPlan(detection.analysis!, false);
    const first = done(await writeScores(port, plan, { ...detection.choices, formulas: false }));
    await undoWrite(port, first.written);
    done(await writeScores(port, plan, { ...detection.choices, formulas: false }));
    expect(cellValue(host.data, '评分表', 'J9')).toBe(1.89);
    expect(cellValue(host.data, '评分表', 'J29')).toBe('不完整');
  });

  test('live formulas with PERF.* associated: Excel calculates them, nothing falls back', async () => {
    const { host, port } = await setUp();
    const detection = await detect(port);
    const plan = previewPlan(detection.analysis!, true);
    const outcome = done(await writeScores(port, plan, { ...detection.choices, formulas: true }));
    expect(outcome.fallback).toEqual([]);
    expect(host.syncCount).toBe(4); // detect, check, write, read back
    const sheet = host.sheetByName('评分表')!;
    expect(sheet.cells.J18.f).toMatch(/^=PERF\.SCORE_TIERS\(PERF\.RATE\(基础数据!B24,基础数据!B23\)/);
    expect(cellValue(host.data, '评分表', 'J18')).toBe(1);
    // no sum of ours over the unit's judgements
    expect(sheet.cells.J29.f).toBeUndefined();
    expect(cellValue(host.data, '评分表', 'J29')).toBe('不完整');
  });

  test('the #NAME? fault: custom-function cells are rewritten as values, sums recalculate, undo still restores', async () => {
    const { host, port, original } = await setUp({ nameFault: true });
    const detection = await detect(port);
    const plan = previewPlan(detection.analysis!, true);
    const perfCells = plan.changes.filter((c) => c.kind === 'cell' && c.formula?.includes('PERF.')).map((c) => (c.kind === 'cell' ? `${c.sheet}!${c.address}` : ''));
    expect(perfCells.length).toBeGreaterThan(0);
    const outcome = done(await writeScores(port, plan, { ...detection.choices, formulas: true }));
    expect(outcome.fallback).toEqual(perfCells);
    expect(host.syncCount).toBe(5); // detect, check, write, read back, rewrite
    const sheet = host.sheetByName('评分表')!;
    expect(sheet.cells.J18.f).toBeUndefined();
    expect(cellValue(host.data, '评分表', 'J18')).toBe(1);
    // no sum of ours over the unit's judgements
    expect(sheet.cells.J29.f).toBeUndefined();
    expect(cellValue(host.data, '评分表', 'J29')).toBe('不完整');
    // the cells rewritten as values are what the undo expects to find: all of them are restored
    const undone = await undoWrite(port, outcome.written);
    expect(undone.kept).toEqual([]);
    expect(valuesOnly(host.data)).toEqual(valuesOnly(original));
  });

  test('without the functions (not registered at all) Excel shows #NAME? too, and the same fallback applies', async () => {
    const { host, port } = await setUp({ functions: false });
    const detection = await detect(port);
    const outcome = done(await writeScores(port, previewPlan(detection.analysis!, true), { ...detection.choices, formulas: true }));
    expect(outcome.fallback.length).toBeGreaterThan(0);
    expect(cellValue(host.data, '评分表', 'J18')).toBe(1);
  });

  test('a saved choice is used on the next detection', async () => {
    const { port } = await setUp();
    const first = await detect(port);
    done(await writeScores(port, previewPlan(first.analysis!, true), { ...first.choices, formulas: true }));
    const again = await detect(port);
    expect(again.choices).toMatchObject({ sheet: '评分表', framework: 'shenzhen-2024-department', formulas: true });
  });

  test('a rule chosen in 识别: the leaf is scored by it at once, and the write saves it with the other choices', async () => {
    const { host, port } = await setUp();
    const detection = await detect(port);
    const key = '部门管理/资产管理/固定资产利用率';
    const ref = '评分表!I18';
    expect(detection.rules?.leaves[ref]).toEqual({ key, current: 'fixed-asset-utilisation', overridden: false, natural: 'fixed-asset-utilisation' });
    expect(detection.rules?.groups.map((g) => g.name)).toEqual(['部门决策', '部门管理', '部门绩效']);
    expect(detection.rules?.groups.flatMap((g) => g.options)).toHaveLength(21);

    const judged = chooseRule(detection, key, 'none');
    expect(judged.choices.overrides).toEqual({ [key]: 'none' });
    expect(judged.rules?.leaves[ref]).toEqual({ key, current: 'none', overridden: true, natural: 'fixed-asset-utilisation' });
    expect(judged.analysis?.matches.find((m) => m.path.join('/') === key)?.ruleId).toBeNull();

    const other = chooseRule(judged, key, 'contract-staff-control');
    expect(other.analysis?.scored.total.toFixed(2)).toBe('95.88');
    // back to what the name matches: nothing is left to save
    expect(chooseRule(other, key, 'fixed-asset-utilisation').choices.overrides).toEqual({});
    expect(host.syncCount).toBe(1); // choosing a rule reads nothing

    const plan = previewPlan(other.analysis!, false, other.choices.overrides);
    done(await writeScores(port, plan, { ...other.choices, formulas: false }));
    expect(cellValue(host.data, '评分表', 'J18')).toBe(0);
    // the engine's total is 95.88 (checked above); our column gives no total over the unit's judgements
    expect(cellValue(host.data, '评分表', 'J29')).toBe('不完整');
    const again = await detect(port);
    expect(again.analysis?.settings.overrides).toEqual({ [key]: 'contract-staff-control' });
    expect(again.rules?.leaves[ref]).toEqual({ key, current: 'contract-staff-control', overridden: true, natural: 'contract-staff-control' });
    expect(again.analysis?.scored.total.toFixed(2)).toBe('95.88');
  });

  test('a plan without the settings rows gets them, overrides included, in the same batch', async () => {
    const { port } = await setUp();
    const detection = await detect(port);
    const overrides = { '部门管理/资产管理/固定资产利用率': 'none' };
    const plan = previewPlan(chooseRule(detection, '部门管理/资产管理/固定资产利用率', 'none').analysis!, false, overrides);
    const bare = { title: plan.title, changes: plan.changes.filter((c) => c.sheet !== '_perfscore') };
    done(await writeScores(port, bare, { ...detection.choices, formulas: false, overrides }));
    expect(readSettings(await port.readSnapshot()).overrides).toEqual(overrides);
  });

  test('报告: the sheet write is previewed from one read, refused when a previewed cell changed, undone around edits since', async () => {
    const { host, port } = await setUp();
    host.data.sheets.push({ name: '自评报告', visibility: 'Visible', cells: { A1: { v: REPORT_MARKER }, A3: { v: '旧段落' } }, comments: {}, notes: {}, columnWidths: {} });
    const detection = await detect(port);
    const report = reportOf(detection.analysis!);
    expect(report.fileName).toBe('深圳市科技交流服务中心2024年度自评报告.docx');
    expect(report.title).toBe('深圳市科技交流服务中心2024年度部门整体支出绩效自评报告');
    const plan = await previewReport(port, report);
    expect(host.syncCount).toBe(2);
    host.sheetByName('自评报告')!.cells.A3 = { v: '我改过的段落' };
    const refused = await writeReport(port, plan);
    expect(refused).toEqual({
      refused: true,
      conflicts: [{ kind: 'cell', sheet: '自评报告', address: 'A3', expected: { value: '旧段落', formula: null }, found: { value: '我改过的段落', formula: null } }],
    });
    expect(host.syncCount).toBe(3); // the check only
    expect(cellValue(host.data, '自评报告', 'A2')).toBeNull();

    const fresh = await previewReport(port, report);
    const written = (await writeReport(port, fresh)) as ReportWritten;
    expect(written.sheet).toBe('自评报告');
    expect(host.syncCount).toBe(6); // preview read, check read, write
    expect(cellValue(host.data, '自评报告', 'A2')).toBe(report.title);
    expect(String(cellValue(host.data, '自评报告', 'A4'))).toContain('1,936.12万元');
    host.sheetByName('自评报告')!.cells.A4 = { v: '用户补充' };
    const undone = await undoWrite(port, written.written);
    expect(undone.kept.map((c) => `${c.sheet}!${c.address}`)).toEqual(['自评报告!A4']);
    expect(cellValue(host.data, '自评报告', 'A4')).toBe('用户补充');
    expect(cellValue(host.data, '自评报告', 'A3')).toBe('我改过的段落');
    expect(cellValue(host.data, '自评报告', 'A2')).toBeNull();
  });
});
