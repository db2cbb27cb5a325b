/**
 * The stray value at XFD1048576 in the Excel and WPS hosts, over the strict fakes loaded from the
 * same real .xlsx: the Office.js fake refuses a read over its payload limit as Excel on the web does,
 * the ET fake answers a whole used range as WPS does. Each host's snapshot keeps rows of content only
 * and still reads the far cell; the analysis gives the example's worked total, 96.88.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import { fakeWorkbookFromXlsx } from '../fakes/office/fromXlsx';
import type { FakeWorkbookData } from '../fakes/office/model';
import { portOver as excelPortOver } from '../excel/helpers';
import { portOver as wpsPortOver } from '../wps/helpers';
import type { WorkbookPort, WorkbookSnapshot } from '../../src/workbook/port';
import { analyse } from '../../src/workbook';
import { fixed } from '../../src/engine/decimal';
import { cellValue } from '../../src/workbook/read';
import { copyExample, tempFolder } from './tmpWorkspace';

const tmp = tempFolder('far-hosts');
let data: () => Promise<FakeWorkbookData>;

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(copyExample(path.join(tmp, 'seed.xlsx')));
  wb.getWorksheet('评分表')!.getCell('XFD1048576').value = '远处的一格';
  const file = path.join(tmp, 'far.xlsx');
  await wb.xlsx.writeFile(file);
  data = () => fakeWorkbookFromXlsx(file);
});

function expectBounded(snap: WorkbookSnapshot): void {
  const table = snap.sheets.find((s) => s.name === '评分表')!;
  const stored = table.values.filter(() => true);
  expect(stored.length).toBe(30);
  expect(stored.reduce((n, row) => n + row.length, 0)).toBeLessThan(29 * 9 + 16384 + 1);
  expect(cellValue(table, 1048575, 16383)).toBe('远处的一格');
  const result = analyse(snap, {});
  expect(result.ok).toBe(true);
  if (result.ok) expect(fixed(result.analysis.scored.total)).toBe('96.88');
}

async function read(port: WorkbookPort): Promise<WorkbookSnapshot> {
  return port.readSnapshot();
}

test('Excel (Office.js fake): the read is refused whole, then read where the content is', async () => {
  const { port, host } = excelPortOver(await data());
  expectBounded(await read(port));
  // the first read, the sizes, one round of halves, and the blocks read: a handful of trips, not thousands
  expect(host.syncCount).toBeLessThan(10);
});

test('WPS (ET fake): the used range is read where the content is', async () => {
  const { port } = wpsPortOver(await data());
  expectBounded(await read(port));
});
