/**
 * `perfscore template` as written to disk, read back with ExcelJS: the drop-down lists on the value
 * cells of the rows it adds, the widths of a sheet it creates, and every cell the unit wrote as it was.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { figureDefsFor } from '../../src/frameworks/commonFigures';
import { shenzhen2024Department } from '../../src/frameworks/shenzhen-2024-department';
import { SHENZHEN_XLSX } from '../contract/portContract';
import { runCli } from './runCli';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'perfscore-template-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const defs = Object.values(figureDefsFor(shenzhen2024Department.figures));
const choicesByLabel = new Map(defs.flatMap((d) => (d.kind === 'flag' ? [[d.label, ['是', '否']]] : d.kind === 'category' && d.options ? [[d.label, d.options]] : [])));

async function read(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Every cell that holds something, with its value and number format, keyed "sheet!A1". */
function cellsOf(wb: ExcelJS.Workbook): Map<string, string> {
  const out = new Map<string, string>();
  for (const ws of wb.worksheets)
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => out.set(`${ws.name}!${cell.address}`, JSON.stringify([cell.value, cell.numFmt ?? null, cell.font?.bold ?? null]))),
    );
  return out;
}

/** The drop-down choices of a cell written as a typed list, else null. */
function listAt(ws: ExcelJS.Worksheet, address: string): string[] | null {
  const rule = ws.getCell(address).dataValidation;
  if (!rule) return null;
  expect(rule).toMatchObject({ type: 'list', allowBlank: true });
  return String(rule.formulae?.[0]).replace(/^"|"$/g, '').split(',');
}

/** Rows of a 基础数据 sheet whose label is a figure with choices, and the rows without. */
function checkLists(ws: ExcelJS.Worksheet, labelCol: number, valueCol: number, fromRow: number): number {
  let listed = 0;
  for (let r = fromRow; r <= ws.rowCount; r++) {
    const label = String(ws.getRow(r).getCell(labelCol).value ?? '');
    const address = ws.getRow(r).getCell(valueCol).address;
    const expected = choicesByLabel.get(label) ?? null;
    expect([label, listAt(ws, address)]).toEqual([label, expected]);
    expect([label, ws.getCell(address).value]).toEqual([label, null]);
    if (expected) listed += 1;
  }
  return listed;
}

describe('perfscore template, read back from the file', () => {
  test('a unit\'s 基础数据 sheet: rows appended with lists under its value header, every cell it wrote unchanged', async () => {
    const input = path.join(tmp, 'sz.xlsx');
    fs.copyFileSync(SHENZHEN_XLSX, input);
    const out = path.join(tmp, 'sz-template.xlsx');
    const r = await runCli('template', input, '--out', out);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const before = await read(input);
    const after = await read(out);
    const old = cellsOf(before);
    const now = cellsOf(after);
    for (const [key, content] of old) expect([key, now.get(key)]).toEqual([key, content]);
    const ws = after.getWorksheet('基础数据')!;
    const firstNew = before.getWorksheet('基础数据')!.rowCount + 1;
    expect(ws.rowCount).toBeGreaterThan(firstNew);
    // nothing added above the unit's last row, and no list on the unit's own rows
    for (const key of now.keys()) if (!old.has(key)) expect(Number(/\d+$/.exec(key)![0])).toBeGreaterThanOrEqual(firstNew);
    for (let row = 1; row < firstNew; row++) expect(listAt(ws, `B${row}`)).toBeNull();
    expect(checkLists(ws, 1, 2, firstNew)).toBeGreaterThan(0);
    // the unit's column widths are theirs
    for (let c = 1; c <= 4; c++) expect(ws.getColumn(c).width).toBe(before.getWorksheet('基础数据')!.getColumn(c).width);
  });

  test('a new 基础数据 sheet: readable widths, the label column as wide as its longest label', async () => {
    const wb = await read(SHENZHEN_XLSX);
    wb.removeWorksheet(wb.getWorksheet('基础数据')!.id);
    const input = path.join(tmp, 'sz-no-data.xlsx');
    await wb.xlsx.writeFile(input);
    const out = path.join(tmp, 'sz-new-template.xlsx');
    expect((await runCli('template', input, '--out', out)).code).toBe(0);
    const ws = (await read(out)).getWorksheet('基础数据')!;
    expect(checkLists(ws, 1, 2, 2)).toBeGreaterThan(10);
    const labels: string[] = [];
    ws.getColumn(1).eachCell((cell) => void labels.push(String(cell.value)));
    const longest = Math.max(...labels.map((l) => [...l].length));
    expect(longest).toBeGreaterThan(10);
    expect(ws.getColumn(1).width).toBeGreaterThanOrEqual(longest * 2);
    expect(ws.getColumn(2).width).toBeGreaterThanOrEqual(14);
    expect(ws.getColumn(4).width).toBeGreaterThanOrEqual(40);
  });
});
