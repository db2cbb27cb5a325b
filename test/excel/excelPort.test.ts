/**
 * ExcelPort over the strict fake: it reads what the file host reads from the same .xlsx, in one
 * round trip, and writes plans in one round trip that undo exactly.
 */
import * as path from 'path';
import { FileHost } from '../../src/hosts/file';
import type { Change, WritePlan } from '../../src/workbook/port';
import { cellValue, workbookFromRows } from '../fakes/office/model';
import { EXAMPLES, exampleWorkbook, portOver } from './helpers';

const EXAMPLE_FILES = ['shenzhen-2024.xlsx', 'guangzhou-2023.xlsx', 'national-project.xlsx'];

describe('ExcelPort.readSnapshot', () => {
  test.each(EXAMPLE_FILES)('%s: one sync, and the same snapshot as the file host', async (file) => {
    const { port, host } = portOver(await exampleWorkbook(file));
    const snapshot = await port.readSnapshot();
    expect(host.syncCount).toBe(1);
    const reference = await (await FileHost.open(path.join(EXAMPLES, file))).readSnapshot();
    expect(snapshot.sheets.map((s) => s.name)).toEqual(reference.sheets.map((s) => s.name));
    expect(snapshot).toEqual(reference);
  });

  test('pads from A1 when the used range starts further in, and reads hidden and empty sheets', async () => {
    const data = workbookFromRows('pad.xlsx', [
      { name: 'Data', rows: [[null, null, null], [null, null, null], [null, null, 'x', 5]] },
      { name: 'Empty', rows: [] },
      { name: '_perfscore', rows: [['framework', 'shenzhen']], hidden: true },
    ]);
    const { port, host } = portOver(data);
    const snap = await port.readSnapshot();
    expect(host.syncCount).toBe(1);
    expect(snap.sheets[0].values).toEqual([[null, null, null, null], [null, null, null, null], [null, null, 'x', 5]]);
    expect(snap.sheets[0].values[2][3]).toBe(5);
    expect(snap.sheets[0].numberFormats).toEqual([[null, null, null, null], [null, null, null, null], [null, null, 'General', 'General']]);
    expect(snap.sheets[1]).toEqual({ name: 'Empty', values: [], formulas: [], numberFormats: [] });
    expect(snap.sheets[2]).toEqual({
      name: '_perfscore',
      values: [['framework', 'shenzhen']],
      formulas: [[null, null]],
      numberFormats: [['General', 'General']],
      hidden: true,
    });
  });

  test('number formats come in the same single sync as values and formulas, in the same shape', async () => {
    const data = workbookFromRows('fmt.xlsx', [{ name: '基础数据', rows: [['政府采购执行率', 0.89, '%'], ['年初预算基本支出', 1402, '万元'], ['一季度', null, null]] }]);
    data.sheets[0].cells.B1.nf = '0.00%';
    data.sheets[0].cells.B2.nf = '#,##0.00';
    data.sheets[0].cells.C3 = { nf: '0.00' }; // formatted but empty: not part of the used range's figures
    const { port, host } = portOver(data);
    const snap = await port.readSnapshot();
    expect(host.syncCount).toBe(1);
    expect(snap.sheets[0].numberFormats).toEqual([
      ['General', '0.00%', 'General'],
      ['General', '#,##0.00', 'General'],
      ['General', null, null],
    ]);
  });

  test('the example workbooks keep their % and 2-decimal formats (shenzhen-2024.xlsx 基础数据)', async () => {
    const { port } = portOver(await exampleWorkbook('shenzhen-2024.xlsx'));
    const data = (await port.readSnapshot()).sheets.find((s) => s.name === '基础数据')!;
    expect(data.values[21][1]).toBe(0.8871);
    expect(data.numberFormats?.[21][1]).toBe('0.00%');
    expect(data.values[4][1]).toBe(1401.66);
    expect(data.numberFormats?.[4][1]).toBe('#,##0.00');
    expect(data.numberFormats?.[3][1]).toBe('General'); // "1,936.12万元" is text
  });

  test('more sheets than one trip queues are still all read', async () => {
    const sheets = Array.from({ length: 70 }, (_, i) => ({ name: `S${i + 1}`, rows: [[i + 1]] }));
    const { port, host } = portOver(workbookFromRows('many.xlsx', sheets));
    const snap = await port.readSnapshot();
    expect(snap.sheets).toHaveLength(70);
    expect(snap.sheets[69].values).toEqual([[70]]);
    expect(host.syncCount).toBe(2);
  });

  test('a workbook too large for one 5 MB response is read in bands', async () => {
    const rows = Array.from({ length: 4000 }, (_, i) => [`第${i + 1}行`, 'x'.repeat(1500), i]);
    const { port, host } = portOver(workbookFromRows('big.xlsx', [{ name: 'Big', rows }]));
    const snap = await port.readSnapshot();
    expect(snap.sheets[0].values).toHaveLength(4000);
    expect(snap.sheets[0].values[3999]).toEqual(['第4000行', 'x'.repeat(1500), 3999]);
    expect(snap.sheets[0].numberFormats?.[3999]).toEqual(['General', 'General', 'General']);
    expect(host.syncCount).toBeGreaterThan(2);
  });
});

function cell(sheet: string, address: string, value: Change extends infer C ? unknown : never, previous: unknown = null, extra: object = {}): Change {
  return { kind: 'cell', sheet, address, value, previous: { value: previous, formula: null }, ...extra } as Change;
}

describe('ExcelPort.applyPlan', () => {
  const base = () =>
    workbookFromRows('w.xlsx', [
      { name: '评分表', rows: [['指标', '分值', '得分'], ['甲', 2, 1], ['乙', 3, 1], ['丙', 5, null], ['合计', 10, '=SUM(C2:C4)']] },
    ]);

  test('writes values, formulas, styles, a new hidden sheet and a note in one sync with calculation suspended, after one look at the note cell', async () => {
    const { port, host } = portOver(base());
    const plan: WritePlan = {
      title: '写入评分结果',
      changes: [
        { kind: 'add-sheet', sheet: '_perfscore', hidden: true },
        cell('_perfscore', 'A1', 'framework'),
        cell('_perfscore', 'B1', 'shenzhen-2024-department'),
        cell('评分表', 'C2', 1.89, 1, { style: { fill: '#FFF2CC', numberFormat: '0.00' } }),
        cell('评分表', 'C3', 3, 1, { style: { fill: '#FFF2CC', numberFormat: '0.00' } }),
        cell('评分表', 'C4', 4.5, null, { style: { fill: '#FFF2CC', numberFormat: '0.00' } }),
        { kind: 'cell', sheet: '评分表', address: 'C5', value: 9.39, formula: '=SUM(C2:C4)', style: { bold: true }, previous: { value: 2, formula: '=SUM(C2:C4)' } },
        { kind: 'comment', sheet: '评分表', address: 'C2', text: '政府采购执行率 88.58%', author: '绩效评分助手', previous: null },
        { kind: 'column-width', sheet: '评分表', column: 2, width: 12 },
      ],
    };
    const result = await port.applyPlan(plan);
    // one trip looks at what C2 holds (a note or a threaded comment), then one writes everything
    expect(host.syncCount).toBe(2);
    expect(host.suspendedSyncs).toBe(1);
    expect(result).toEqual({ applied: 9, skipped: [], syncs: 2 });
    const d = host.data;
    expect(cellValue(d, '评分表', 'C2')).toBe(1.89);
    expect(cellValue(d, '评分表', 'C4')).toBe(4.5);
    expect(cellValue(d, '评分表', 'C5')).toBe(9.39);
    expect(d.sheets[0].cells.C3).toMatchObject({ fill: '#FFF2CC', nf: '0.00' });
    expect(d.sheets[0].cells.C5.bold).toBe(true);
    expect(d.sheets[0].notes.C2.content).toBe('绩效评分助手:\n政府采购执行率 88.58%');
    expect(d.sheets[0].comments).toEqual({});
    expect(d.sheets[0].columnWidths['2']).toBeGreaterThan(60);
    const settings = d.sheets.find((s) => s.name === '_perfscore')!;
    expect(settings.visibility).toBe('Hidden');
    expect(cellValue(d, '_perfscore', 'B1')).toBe('shenzhen-2024-department');
  });

  test('the inverse plan restores every cell, removes the comment and the sheet', async () => {
    const { port, host } = portOver(base());
    const before = JSON.parse(JSON.stringify(host.data.sheets[0].cells));
    await port.applyPlan({
      title: '写入',
      changes: [
        { kind: 'add-sheet', sheet: '评分说明' },
        cell('评分说明', 'A1', '说明'),
        cell('评分表', 'C2', 1.89, 1),
        cell('评分表', 'C4', 4.5, null),
        { kind: 'comment', sheet: '评分表', address: 'C2', text: '说明', author: 'x', previous: null },
      ],
    });
    await port.applyPlan({
      title: '撤销',
      changes: [
        cell('评分表', 'C2', 1, 1.89),
        cell('评分表', 'C4', null, 4.5),
        { kind: 'comment', sheet: '评分表', address: 'C2', text: '', author: 'x', previous: '说明' },
        { kind: 'delete-sheet', sheet: '评分说明' },
      ],
    });
    expect(host.syncCount).toBe(4); // each plan: a look at C2, then the write
    expect(host.data.sheets.map((s) => s.name)).toEqual(['评分表']);
    expect(host.data.sheets[0].notes).toEqual({});
    expect(host.data.sheets[0].comments).toEqual({});
    expect(host.data.sheets[0].cells).toEqual(before);
  });

  test('text that looks like a formula is written as text', async () => {
    const { port, host } = portOver(base());
    await port.applyPlan({ title: 't', changes: [cell('评分表', 'A2', '=不是公式'), cell('评分表', 'A3', '-')] });
    expect(cellValue(host.data, '评分表', 'A2')).toBe('=不是公式');
    expect(host.data.sheets[0].cells.A2.f).toBeUndefined();
    expect(cellValue(host.data, '评分表', 'A3')).toBe('-');
  });

  test('remarks are skipped with a Chinese note where notes are missing (before ExcelApi 1.18), never written as threaded comments; the rest is written', async () => {
    // 1.17 has threaded comments (1.10) but no notes
    const { port, host } = portOver(base(), { apiVersion: '1.17' });
    const result = await port.applyPlan({
      title: 't',
      changes: [cell('评分表', 'C2', 2, 1), { kind: 'comment', sheet: '评分表', address: 'C2', text: '说明', author: 'x', previous: null }],
    });
    expect(cellValue(host.data, '评分表', 'C2')).toBe(2);
    expect(result.skipped).toHaveLength(1);
    expect(result.skipped[0]).toMatch(/^1 条批注未写入.*ExcelApi 1\.18/);
    expect(result.applied).toBe(1); // the cell; the remark is the one skipped
    expect(host.data.sheets[0].comments).toEqual({});
    expect(host.data.sheets[0].notes).toEqual({});
    expect(host.syncCount).toBe(1); // nothing to look at: the cell's write only
  });

  test('a plan for a sheet that is not there fails in Chinese naming the sheet', async () => {
    const { port } = portOver(base());
    await expect(port.applyPlan({ title: '写入评分结果', changes: [cell('不存在的表', 'B2', 1)] })).rejects.toThrow(
      /写入「写入评分结果」失败：工作表「不存在的表」：找不到指定的工作表/,
    );
  });

  test('an address with row 0 is refused in Chinese before anything is sent', async () => {
    const { port, host } = portOver(base());
    await expect(port.applyPlan({ title: 't', changes: [cell('评分表', 'C2', 2, 1), cell('评分表', 'C0', 5)] })).rejects.toThrow(
      '写入计划中的地址无效：工作表「评分表」单元格 C0',
    );
    expect(host.syncCount).toBe(0);
    expect(cellValue(host.data, '评分表', 'C2')).toBe(1);
  });

  test('a plan larger than one request is split into as few syncs as fit', async () => {
    const { port, host } = portOver(base());
    const changes: Change[] = Array.from({ length: 3000 }, (_, i) => cell('评分表', `E${i + 1}`, '很长的说明'.repeat(200)));
    await port.applyPlan({ title: 't', changes });
    expect(host.syncCount).toBeGreaterThanOrEqual(2);
    expect(host.syncCount).toBeLessThanOrEqual(3);
    expect(host.largestRequest).toBeLessThanOrEqual(5 * 1024 * 1024);
    expect(cellValue(host.data, '评分表', 'E3000')).toBe('很长的说明'.repeat(200));
  });

  test('selectCell activates the sheet and selects the cell in one sync', async () => {
    const { port, host } = portOver(base());
    await port.selectCell('评分表', 'C4');
    expect(host.data.selection).toBe('评分表!C4');
    expect(host.syncCount).toBe(1);
    await expect(port.selectCell('无此表', 'A1')).rejects.toThrow(/定位单元格失败：工作表「无此表」 单元格 A1/);
  });

  test('getSelection answers the selected cell (a range by its top-left cell) in one sync', async () => {
    const data = base();
    data.sheets.push({ ...data.sheets[0], name: "基础 数据's", cells: {} });
    const { port, host } = portOver(data);
    host.data.selection = '评分表!C4';
    await expect(port.getSelection()).resolves.toEqual({ sheet: '评分表', address: 'C4' });
    expect(host.syncCount).toBe(1);
    // Excel quotes this name and doubles its quote in the address: read back as the sheet's own name
    host.data.selection = "基础 数据's!B5:C6";
    await expect(port.getSelection()).resolves.toEqual({ sheet: "基础 数据's", address: 'B5' });
    host.data.selection = '无此表!A1';
    await expect(port.getSelection()).rejects.toThrow(/读取选中的单元格失败：找不到指定的工作表/);
  });
});
