/**
 * WpsPort's handling of the ET model's quirks, and the fake's refusals that keep it honest.
 */
import { member } from '../../src/hosts/wps/et';
import { bgrToHex, hexToBgr } from '../../src/hosts/wps/colour';
import { cellFormula, cellValue, toGrid } from '../../src/hosts/wps/values';
import { cellInput } from '../../src/hosts/shared/cellInput';
import { workbookFromRows, cellValue as fakeValue } from '../fakes/office/model';
import type { FakeEtRange, FakeEtWorksheet } from '../fakes/wps/et';
import { portOver } from './helpers';
import { shenzhenSnapshot } from '../workbook/fixtures';
import { analysed, found } from '../workbook/helpers';

const none = { value: null, formula: null };

function book() {
  return workbookFromRows('单位.xlsx', [
    { name: '评分表', rows: [[], [], [], [null, null, '名称', '得分'], [null, null, '预算执行率', 5.99], [null, null, '合计', '=SUM(D5:D5)']] },
    { name: '基础数据', rows: [['年度', 2024]] },
  ]);
}

describe('reading', () => {
  test('member() calls a method and reads a property alike', () => {
    expect(member({ Count: () => 3 } as unknown as { Count: number }, 'Count')).toBe(3);
    expect(member({ Count: 4 }, 'Count')).toBe(4);
  });

  test('Value2 shapes: a scalar for one cell, flat rows or columns, and wrong shapes refused', () => {
    expect(toGrid(7, 1, 1)).toEqual([[7]]);
    expect(toGrid([1, 2, 3], 1, 3)).toEqual([[1, 2, 3]]);
    expect(toGrid([1, 2], 2, 1)).toEqual([[1], [2]]);
    expect(toGrid([[1, 2]], 1, 2)).toEqual([[1, 2]]);
    expect(() => toGrid([1, 2], 1, 3)).toThrow(/1 行 3 列/);
    expect(() => toGrid([[1], [2, 3]], 2, 1)).toThrow(/形状不符/);
    expect(() => toGrid(5, 2, 2)).toThrow(/不是数组/);
  });

  test('cells: empty is null, a Date some builds pass becomes its serial number, text typed as =… is not a formula', () => {
    expect([cellValue(undefined), cellValue(''), cellValue(null)]).toEqual([null, null, null]);
    expect(cellValue(new Date(2024, 0, 1))).toBe(45292);
    expect(cellValue(new Date(2024, 0, 1, 12))).toBe(45292.5);
    expect(cellFormula('=SUM(A1:A2)', 3)).toBe('=SUM(A1:A2)');
    expect(cellFormula('=100%', '=100%')).toBeNull();
    expect(cellFormula('98.70%', '98.70%')).toBeNull();
  });

  test('a used range that starts at C4 is placed from A1, in both member styles', async () => {
    for (const memberStyle of ['method', 'property'] as const) {
      const { port } = portOver(book(), { memberStyle });
      const snap = await port.readSnapshot();
      expect(snap.name).toBe('单位.xlsx');
      const s = snap.sheets[0];
      expect(s.values.length).toBe(6);
      expect(s.values[0]).toEqual([null, null, null, null]);
      expect(s.values[4]).toEqual([null, null, '预算执行率', 5.99]);
      expect(s.values[5][3]).toBe(5.99);
      expect(s.formulas?.[5][3]).toBe('=SUM(D5:D5)');
      expect(snap.sheets[1].values).toEqual([['年度', 2024]]);
    }
  });

  test('a hidden sheet reads as hidden, an empty sheet as no rows', async () => {
    const data = book();
    data.sheets.push({ name: '空表', visibility: 'Hidden', cells: {}, comments: {}, notes: {}, columnWidths: {} });
    const snap = await portOver(data).port.readSnapshot();
    expect(snap.sheets[2]).toEqual({ name: '空表', values: [], formulas: [], hidden: true });
  });
});

describe('number formats', () => {
  function formatted() {
    const data = workbookFromRows('格式.xlsx', [
      { name: '基础数据', rows: [[null, null, null], [null, '政府采购执行率', 0.89], [null, '年初预算基本支出', 1402], [null, '备注', null]] },
    ]);
    data.sheets[0].cells.C2.nf = '0.00%';
    data.sheets[0].cells.C3.nf = '#,##0.00';
    return data;
  }

  test('a build that answers NumberFormat as a block fills numberFormats from A1, in one read per sheet', async () => {
    for (const oneRow of ['1d', '2d'] as const) {
      const { port, wps } = portOver(formatted(), { numberFormats: 'grid', oneRow });
      const snap = await port.readSnapshot();
      expect(snap.sheets[0].numberFormats).toEqual([
        [null, null, null],
        [null, 'General', '0.00%'],
        [null, 'General', '#,##0.00'],
        [null, 'General', null],
      ]);
      expect(wps.host.stats.numberFormatReads).toBe(1);
    }
  });

  test('a build that answers null for mixed formats leaves numberFormats undefined', async () => {
    const { port, wps } = portOver(formatted());
    const snap = await port.readSnapshot();
    expect(snap.sheets[0].numberFormats).toBeUndefined();
    expect(snap.sheets[0].values[1]).toEqual([null, '政府采购执行率', 0.89]);
    expect(wps.host.stats.numberFormatReads).toBe(1);
  });

  test('a rate whose % format this build could not read is reported as 无法读取格式, never as a missing % format', async () => {
    // 满意度 typed as 0.986 in a cell formatted 0.0%: WPS shows 98.6%, but the block of mixed formats answers null
    const snapshot = shenzhenSnapshot({}, { 满意度: 0.986 });
    const data = workbookFromRows('格式.xlsx', snapshot.sheets.map((s) => ({ name: s.name, rows: s.values as (string | number | boolean | null)[][] })));
    const rowOf = snapshot.sheets[1].values.findIndex((row) => row[0] === '满意度') + 1;
    data.sheets[1].cells[`B${rowOf}`].nf = '0.0%';
    const snap = await portOver(data).port.readSnapshot();
    expect(snap.sheets[1].numberFormats).toBeUndefined();
    const notes = found(analysed(snap), 'RATE_SCALE_ASSUMED').map((w) => w.message);
    expect(notes).toEqual([
      `工作表“基础数据”B${rowOf} 的“满意度”是数值 0.986，单元格格式无法读取（无法读取格式），已按 98.60% 读取（也可能是指 0.986%）；请设为百分比格式或写成“98.60%”以确认`,
    ]);
    expect(notes.join('')).not.toContain('没有百分比格式');
  });

  test('one format shared by the whole used range is every value cell’s format', async () => {
    const data = workbookFromRows('同一格式.xlsx', [{ name: '基础数据', rows: [[null, null], [null, 0.89], [null, 0.9]] }]);
    data.sheets[0].cells.B2.nf = '0.00%';
    data.sheets[0].cells.B3.nf = '0.00%';
    const snap = await portOver(data).port.readSnapshot();
    expect(snap.sheets[0].numberFormats).toEqual([[null, null], [null, '0.00%'], [null, '0.00%']]);
  });
});

describe('writing', () => {
  test('text that WPS would turn into a number, a date or a formula lands as typed', async () => {
    expect([cellInput('0012'), cellInput('98.70%'), cellInput('2024-01'), cellInput('=A1'), cellInput('评分'), cellInput(null), cellInput(3)]).toEqual([
      "'0012",
      "'98.70%",
      "'2024-01",
      "'=A1",
      '评分',
      '',
      3,
    ]);
    const { port, wps } = portOver(book());
    await port.applyPlan({
      title: 't',
      changes: ['0012', '98.70%', '=A1', '1,936.12'].map((value, i) => ({ kind: 'cell' as const, sheet: '基础数据', address: `A${i + 3}`, value, previous: none })),
    });
    expect([3, 4, 5, 6].map((r) => fakeValue(wps.host.data, '基础数据', `A${r}`))).toEqual(['0012', '98.70%', '=A1', '1,936.12']);
    expect(wps.host.sheet('基础数据')!.cells.A5.f).toBeUndefined();
  });

  test('fills go out as BGR integers; styles, widths and comments land; screen updating and alerts are restored', async () => {
    expect(hexToBgr('#FF0000')).toBe(0x0000ff);
    expect(hexToBgr('#FFF2CC')).toBe(0xccf2ff);
    expect(bgrToHex(0xccf2ff)).toBe('#FFF2CC');
    const { port, wps } = portOver(book());
    const app = wps.root;
    await port.applyPlan({
      title: 't',
      changes: [
        { kind: 'cell', sheet: '评分表', address: 'E4', value: '系统评分', style: { bold: true, fill: '#FF0000', wrap: true }, previous: none },
        { kind: 'cell', sheet: '评分表', address: 'E5', value: 5.99, style: { numberFormat: '0.00', fill: '#FF0000' }, previous: none },
        { kind: 'comment', sheet: '评分表', address: 'D5', text: '依据：序时进度', author: '绩效评分助手', previous: null },
        { kind: 'comment', sheet: '评分表', address: 'D5', text: '依据：序时进度（改）', author: '绩效评分助手', previous: '依据：序时进度' },
        { kind: 'column-width', sheet: '评分表', column: 4, width: 12 },
      ],
    });
    const ws = app.Worksheets.Item('评分表');
    const e4 = ws.Range('E4');
    expect(e4.Interior.Color).toBe(255);
    expect(ws.Range('E4:E5').Interior.Color).toBe(255);
    expect([e4.Font.Bold, e4.WrapText, ws.Range('E5').NumberFormat]).toEqual([true, true, '0.00']);
    expect(wps.host.sheet('评分表')!.notes.D5.content).toBe('绩效评分助手:\n依据：序时进度（改）');
    expect(ws.Columns.Item(5).ColumnWidth).toBe(12);
    expect([app.ScreenUpdating, app.DisplayAlerts]).toEqual([true, true]);
  });

  test('adding a sheet keeps the user on their sheet; deleting one turns alerts off only meanwhile', async () => {
    const { port, wps } = portOver(book());
    wps.host.data.activeSheet = '基础数据';
    await port.applyPlan({ title: 't', changes: [{ kind: 'add-sheet', sheet: '检查结果' }, { kind: 'add-sheet', sheet: '_perfscore', hidden: true }] });
    expect(wps.host.data.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ['评分表', 'Visible'],
      ['基础数据', 'Visible'],
      ['检查结果', 'Visible'],
      ['_perfscore', 'Hidden'],
    ]);
    expect(wps.host.data.activeSheet).toBe('基础数据');
    await port.applyPlan({ title: 't', changes: [{ kind: 'delete-sheet', sheet: '检查结果' }, { kind: 'add-sheet', sheet: '检查结果' }] });
    expect(wps.host.data.sheets.map((s) => s.name)).toEqual(['评分表', '基础数据', '_perfscore', '检查结果']);
    expect(wps.root.DisplayAlerts).toBe(true);
  });

  test('a plan that would fail is refused before anything is written', async () => {
    const { port, wps } = portOver(book());
    const before = JSON.stringify(wps.host.data);
    await expect(
      port.applyPlan({
        title: 't',
        changes: [
          { kind: 'cell', sheet: '评分表', address: 'E5', value: 1, previous: none },
          { kind: 'cell', sheet: '评分表', address: 'E6', value: 1, style: { fill: 'red' }, previous: none },
        ],
      }),
    ).rejects.toThrow(/#RRGGBB/);
    await expect(port.applyPlan({ title: 't', changes: [{ kind: 'add-sheet', sheet: '评分表' }] })).rejects.toThrow(/已存在/);
    await expect(port.applyPlan({ title: 't', changes: [{ kind: 'cell', sheet: '评分表', address: 'E5:E6', value: 1, previous: none }] })).rejects.toThrow(/地址/);
    expect(JSON.stringify(wps.host.data)).toBe(before);
  });

  test('selectCell activates the sheet first; a hidden sheet cannot be shown', async () => {
    const data = book();
    data.sheets[1].visibility = 'Hidden';
    const { port, wps } = portOver(data);
    wps.host.data.activeSheet = '评分表';
    await port.selectCell('评分表', 'D5');
    expect(wps.host.data.selection).toBe('评分表!D5');
    await expect(port.selectCell('基础数据', 'B1')).rejects.toThrow(/基础数据/);
  });

  test('getSelection answers the active sheet and the top-left cell of Application.Selection', async () => {
    for (const memberStyle of ['method', 'property'] as const) {
      const { port, wps } = portOver(book(), { memberStyle });
      wps.host.data.activeSheet = '基础数据';
      wps.host.data.selection = '基础数据!B3:C4';
      await expect(port.getSelection()).resolves.toEqual({ sheet: '基础数据', address: 'B3' });
      // selected on the sheet before: WPS answers the active sheet's own selection, here none yet (A1)
      wps.host.data.activeSheet = '评分表';
      await expect(port.getSelection()).resolves.toEqual({ sheet: '评分表', address: 'A1' });
    }
  });
});

describe('the fake refuses what WPS refuses', () => {
  const fake = () => portOver(book()).wps;

  test('Item is 1-based and bounded', () => {
    const { root } = fake();
    const sheets = root.Worksheets;
    expect(sheets.Item(1).Name).toBe('评分表');
    expect(() => sheets.Item(0)).toThrow(/下标越界/);
    expect(() => sheets.Item(3)).toThrow(/下标越界/);
    expect(() => sheets.Item('没有')).toThrow(/下标越界/);
    expect(() => sheets.Item(1).Columns.Item(0)).toThrow(/下标越界/);
  });

  test('Value2 takes an array of exactly the range shape', () => {
    const ws = fake().root.Worksheets.Item(1) as FakeEtWorksheet;
    expect(() => {
      ws.Range('A1:B2').Value2 = [[1, 2]];
    }).toThrow(/形状不符/);
    expect(() => {
      ws.Range('A1:B1').Value2 = [1, 2, 3];
    }).toThrow(/形状不符/);
    expect(() => {
      ws.Range('A1').Value2 = [[{}]];
    }).toThrow(/类型不匹配/);
    ws.Range('A1:B1').Value2 = [1, 2];
    expect(ws.Range('A1:B1').Value2).toEqual([1, 2]);
    expect(ws.Range('A1').Value2).toBe(1);
  });

  test('comments, colours, selection and deletion follow the ET rules', () => {
    const { root } = fake();
    const ws = root.Worksheets.Item(1) as FakeEtWorksheet;
    const a1: FakeEtRange = ws.Range('A1');
    a1.AddComment('x');
    expect(() => a1.AddComment('y')).toThrow(/已有批注/);
    expect(() => ws.Range('A1:A2').AddComment('y')).toThrow(/单个单元格/);
    expect(() => {
      a1.Interior.Color = '#FF0000' as unknown as number;
    }).toThrow(/BGR/);
    root.Worksheets.Item(2).Activate();
    expect(() => a1.Select()).toThrow(/活动工作表/);
    expect(() => ws.Delete()).toThrow(/DisplayAlerts/);
    root.DisplayAlerts = false;
    ws.Delete();
    expect(() => root.Worksheets.Item(1).Delete()).toThrow(/唯一可见/);
    expect(() => a1.Value2).toThrow(/已被删除/);
  });
});
