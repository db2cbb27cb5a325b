import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { FileHost, FileHostError } from '../../src/hosts/file';
import { runPortContract, SHENZHEN_XLSX, valueAt, formulaAt } from '../contract/portContract';
import type { WorkbookPort } from '../../src/workbook/port';
import { analyse } from '../../src/workbook/analyse/analyse';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'perfscore-filehost-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const asFile = (port: WorkbookPort) => port as FileHost;
let saved = 0;

runPortContract('file (ExcelJS over .xlsx)', (xlsx) => FileHost.open(xlsx), {
  probe: {
    comment: async (port, sheet, address) => asFile(port).getComment(sheet, address),
    style: async (port, sheet, address) => asFile(port).getStyle(sheet, address),
    columnWidth: async (port, sheet, column) => asFile(port).getColumnWidth(sheet, column),
    list: async (port, sheet, address) => asFile(port).getList(sheet, address),
  },
  reopen: async (port) => {
    saved += 1;
    const out = path.join(tmp, `reopen-${saved}.xlsx`);
    await asFile(port).saveAs(out);
    return FileHost.open(out);
  },
});

async function writeXlsx(file: string, build: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  await wb.xlsx.writeFile(file);
}

describe('FileHost.open: clear Chinese errors', () => {
  test('a missing file', async () => {
    const file = path.join(tmp, '没有这个文件.xlsx');
    await expect(FileHost.open(file)).rejects.toMatchObject({ code: 'missing', message: `找不到文件：${file}` });
  });

  test('a folder', async () => {
    await expect(FileHost.open(tmp)).rejects.toMatchObject({ code: 'not-a-file' });
  });

  test('a text file renamed .xlsx', async () => {
    const file = path.join(tmp, 'notes.xlsx');
    fs.writeFileSync(file, '项目,数值\n年初预算,1936.12\n');
    const err = await FileHost.open(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FileHostError);
    expect(err).toMatchObject({ code: 'not-xlsx' });
    expect((err as Error).message).toContain(file);
    expect((err as Error).message).toContain('不是 .xlsx 工作簿');
  });

  test('an empty file', async () => {
    const file = path.join(tmp, 'empty.xlsx');
    fs.writeFileSync(file, '');
    await expect(FileHost.open(file)).rejects.toMatchObject({ code: 'not-xlsx' });
  });

  test('an old .xls (OLE compound file)', async () => {
    const file = path.join(tmp, 'old.xls');
    fs.writeFileSync(file, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
    const err = await FileHost.open(file).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'legacy-xls' });
    expect((err as Error).message).toContain('另存为 .xlsx');
  });

  test('a truncated (corrupt) workbook', async () => {
    const file = path.join(tmp, 'broken.xlsx');
    const bytes = fs.readFileSync(SHENZHEN_XLSX);
    fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const err = await FileHost.open(file).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'corrupt' });
    expect((err as Error).message).toContain(file);
    expect((err as Error).message).toContain('已损坏');
  });
});

describe('FileHost.readSnapshot: cell kinds', () => {
  let file: string;
  beforeAll(async () => {
    file = path.join(tmp, 'kinds.xlsx');
    await writeXlsx(file, (wb) => {
      const ws = wb.addWorksheet('数据');
      ws.getCell('B2').value = { richText: [{ text: '年初', font: { bold: true } }, { text: '预算' }] };
      ws.getCell('C2').value = new Date(Date.UTC(2024, 11, 31));
      ws.getCell('D2').value = { formula: 'C2+1', result: new Date(Date.UTC(2025, 0, 1)) };
      ws.getCell('E2').value = { formula: '1/0', result: { error: '#DIV/0!' } };
      ws.getCell('F2').value = { text: '链接', hyperlink: 'https://example.org' };
      ws.getCell('G2').value = false;
      ws.getCell('A4').value = { formula: 'B4*2', result: 4 };
      ws.getCell('B4').value = 2;
      ws.getCell('A5').value = { sharedFormula: 'A4', result: 6 } as unknown as ExcelJS.CellValue;
      ws.mergeCells('A7:C8');
      ws.getCell('A7').value = '合并';
      ws.getCell('J20').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } };
      const hidden = wb.addWorksheet('设置', { state: 'hidden' });
      hidden.getCell('A1').value = 'x';
    });
  });

  test('rich text flattened, dates as serial numbers, formulas with cached results, merged slaves empty', async () => {
    const snap = await (await FileHost.open(file)).readSnapshot();
    expect(snap.name).toBe('kinds.xlsx');
    expect(valueAt(snap, '数据', 'A1')).toBeNull();
    expect(valueAt(snap, '数据', 'B2')).toBe('年初预算');
    expect(valueAt(snap, '数据', 'C2')).toBe(45657); // 2024-12-31
    expect(valueAt(snap, '数据', 'D2')).toBe(45658);
    expect(formulaAt(snap, '数据', 'D2')).toBe('=C2+1');
    expect(valueAt(snap, '数据', 'E2')).toBe('#DIV/0!');
    expect(valueAt(snap, '数据', 'F2')).toBe('链接');
    expect(valueAt(snap, '数据', 'G2')).toBe(false);
    expect([valueAt(snap, '数据', 'A4'), formulaAt(snap, '数据', 'A4')]).toEqual([4, '=B4*2']);
    expect([valueAt(snap, '数据', 'A5'), formulaAt(snap, '数据', 'A5')]).toEqual([6, '=B5*2']);
    expect([valueAt(snap, '数据', 'A7'), valueAt(snap, '数据', 'B7'), valueAt(snap, '数据', 'A8')]).toEqual(['合并', null, null]);
    // a styled but empty cell (J20) and the blank part of a merge (C8) do not widen the used range
    const sheet = snap.sheets.find((s) => s.name === '数据')!;
    expect([sheet.values.length, sheet.values[0].length]).toEqual([7, 7]);
    expect(snap.sheets.find((s) => s.name === '设置')?.hidden).toBe(true);
  });

  test('a shared formula survives a plan that rewrites its master', async () => {
    const host = await FileHost.open(file);
    await host.applyPlan({
      title: 't',
      changes: [{ kind: 'cell', sheet: '数据', address: 'A4', value: 9, previous: { value: 4, formula: '=B4*2' } }],
    });
    const out = path.join(tmp, 'kinds-out.xlsx');
    await host.saveAs(out);
    const snap = await (await FileHost.open(out)).readSnapshot();
    expect([valueAt(snap, '数据', 'A4'), formulaAt(snap, '数据', 'A4')]).toEqual([9, null]);
    expect([valueAt(snap, '数据', 'A5'), formulaAt(snap, '数据', 'A5')]).toEqual([6, '=B5*2']);
  });
});

describe('FileHost.readSnapshot: number formats', () => {
  test('each value cell carries its numFmt (General when it has none); empty cells have none', async () => {
    const file = path.join(tmp, 'formats.xlsx');
    await writeXlsx(file, (wb) => {
      const ws = wb.addWorksheet('基础数据');
      ws.getCell('A1').value = '政府采购执行率';
      ws.getCell('B1').value = 0.89;
      ws.getCell('B1').numFmt = '0.00%';
      ws.getCell('A2').value = '年初预算基本支出';
      ws.getCell('B2').value = 1402;
      ws.getCell('B2').numFmt = '#,##0.00';
      ws.getCell('C3').value = 5;
      ws.getCell('B3').numFmt = '0.00'; // formatted, but empty
    });
    const sheet = (await (await FileHost.open(file)).readSnapshot()).sheets[0];
    expect(sheet.numberFormats).toEqual([
      ['General', '0.00%', null],
      ['General', '#,##0.00', null],
      [null, null, 'General'],
    ]);
  });

  async function shenzhenWith(edit: (ws: ExcelJS.Worksheet) => void): Promise<string> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SHENZHEN_XLSX);
    edit(wb.getWorksheet('基础数据')!);
    saved += 1;
    const out = path.join(tmp, `shenzhen-${saved}.xlsx`);
    await wb.xlsx.writeFile(out);
    return out;
  }

  async function warningsOf(file: string) {
    const r = analyse(await (await FileHost.open(file)).readSnapshot());
    if (!r.ok) throw new Error(r.message);
    return r.analysis.warnings;
  }

  test.each([0.89, 0.9])('shenzhen-2024.xlsx with 政府采购执行率 stored as %s under 0.00%% is outside 88.40%%–88.75%%', async (stored) => {
    const file = await shenzhenWith((ws) => {
      ws.getCell('B22').value = stored;
    });
    const found = (await warningsOf(file)).filter((w) => w.code === 'RATE_INCONSISTENT');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', sheet: '基础数据', address: 'B22' });
    expect(found[0].message).toContain('88.40%–88.75%');
  });

  test('shenzhen-2024.xlsx as shipped: 88.71% (0.8871 under 0.00%) is clean, and no scale is assumed', async () => {
    const warnings = await warningsOf(SHENZHEN_XLSX);
    expect(warnings.filter((w) => w.code === 'RATE_INCONSISTENT' || w.code === 'RATE_SCALE_ASSUMED')).toEqual([]);
  });

  test('shenzhen-2024.xlsx with 年初预算基本支出 stored as 1402 under #,##0.00: beyond rounding, a warning', async () => {
    const file = await shenzhenWith((ws) => {
      ws.getCell('B5').value = 1402;
    });
    const found = (await warningsOf(file)).filter((w) => w.code === 'PARTS_SUM_MISMATCH');
    // both relations it belongs to now miss by more than three roundings of ±0.005 allow
    expect(found.map((w) => [w.severity, w.address])).toEqual([
      ['warning', 'B4'],
      ['warning', 'B5'],
    ]);
    expect(found[1].message).toContain('1,401.67万元');
    expect(found[1].message).toContain('相差 0.33万元');
    expect(found[0].message).toContain('相差 0.34万元');
  });
});

describe('FileHost.applyPlan and saveAs: refusals', () => {
  test('a merged cell other than its master is left out and named; the rest of the plan is written', async () => {
    const host = await FileHost.open(SHENZHEN_XLSX);
    const empty = { value: null, formula: null };
    const result = await host.applyPlan({
      title: 't',
      changes: [
        { kind: 'cell', sheet: '评分表', address: 'A6', value: 'x', previous: empty },
        { kind: 'cell', sheet: '评分表', address: 'J6', value: 5, previous: empty },
      ],
    });
    expect(result.applied).toBe(1);
    expect(result.skipped).toHaveLength(1);
    expect(result.skipped[0]).toMatch(/评分表!A6.*合并区域 A5:A8/);
    const snap = await host.readSnapshot();
    const table = snap.sheets.find((s) => s.name === '评分表')!;
    expect(table.values[5][0]).toBeNull();
    expect(table.values[4][0]).toBe('部门决策');
    expect(table.values[5][9]).toBe(5);
  });

  test('a bad address, a duplicate or illegal sheet name, and deleting every sheet are refused', async () => {
    const host = await FileHost.open(SHENZHEN_XLSX);
    const cell = (address: string) => ({ kind: 'cell' as const, sheet: '评分表', address, value: 1, previous: { value: null, formula: null } });
    await expect(host.applyPlan({ title: 't', changes: [cell('J0')] })).rejects.toThrow(/J0/);
    await expect(host.applyPlan({ title: 't', changes: [{ kind: 'add-sheet', sheet: '评分表' }] })).rejects.toThrow(/已存在/);
    await expect(host.applyPlan({ title: 't', changes: [{ kind: 'add-sheet', sheet: '检查[结果]' }] })).rejects.toThrow(/不允许的字符/);
    await expect(
      host.applyPlan({ title: 't', changes: [{ kind: 'delete-sheet', sheet: '评分表' }, { kind: 'delete-sheet', sheet: '基础数据' }] }),
    ).rejects.toThrow(/没有任何工作表/);
    const snap = await host.readSnapshot();
    expect(snap.sheets.map((s) => s.name)).toEqual(['评分表', '基础数据']);
  });

  test('saveAs refuses the input path (also through another spelling of it) and leaves it unchanged', async () => {
    const copy = path.join(tmp, 'input.xlsx');
    fs.copyFileSync(SHENZHEN_XLSX, copy);
    const bytes = fs.readFileSync(copy);
    const host = await FileHost.open(copy);
    await host.applyPlan({ title: 't', changes: [{ kind: 'cell', sheet: '评分表', address: 'J5', value: 5, previous: { value: null, formula: null } }] });
    await expect(host.saveAs(copy)).rejects.toMatchObject({ code: 'same-path' });
    await expect(host.saveAs(path.join(tmp, '.', 'sub', '..', 'input.xlsx'))).rejects.toMatchObject({ code: 'same-path' });
    const link = path.join(tmp, 'link.xlsx');
    fs.symlinkSync(copy, link);
    await expect(host.saveAs(link)).rejects.toMatchObject({ code: 'same-path' });
    expect(fs.readFileSync(copy).equals(bytes)).toBe(true);
  });

  test('saveAs into a missing folder says which folder', async () => {
    const host = await FileHost.open(SHENZHEN_XLSX);
    await expect(host.saveAs(path.join(tmp, 'no-such-dir', 'out.xlsx'))).rejects.toThrow(/文件夹 .*no-such-dir.* 不存在/);
  });

  test('fromBuffer reads the same snapshot as open', async () => {
    const a = await (await FileHost.open(SHENZHEN_XLSX)).readSnapshot();
    const b = await (await FileHost.fromBuffer(fs.readFileSync(SHENZHEN_XLSX), 'shenzhen-2024.xlsx')).readSnapshot();
    expect(b).toEqual(a);
  });
});
