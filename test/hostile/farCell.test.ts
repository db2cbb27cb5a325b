/**
 * One stray value at XFD1048576, the sheet's last cell: the snapshot stays as small as the content
 * (rows without content are not stored, no row is padded to 16,384 columns), so score, report,
 * template and review finish as they do without it, and one such file never stops a review batch.
 * Results are compared with the example's worked total (96.88, 优), not with timings.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { FileHost } from '../../src/hosts/file';
import { cellValue } from '../../src/workbook/read';
import { applyToSnapshot } from '../../src/workbook/plan';
import { runCli } from '../cli/runCli';
import { copyExample, sha256, tempFolder } from './tmpWorkspace';

const tmp = tempFolder('far');
const units = path.join(tmp, 'units');
let far: string;

beforeAll(async () => {
  fs.mkdirSync(units);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(copyExample(path.join(tmp, 'seed.xlsx')));
  wb.getWorksheet('评分表')!.getCell('XFD1048576').value = '远处的一格';
  wb.getWorksheet('基础数据')!.getCell('XFD1').value = 7;
  far = path.join(units, '乙-远处单元格.xlsx');
  await wb.xlsx.writeFile(far);
  copyExample(path.join(units, '甲.xlsx'));
  fs.writeFileSync(path.join(units, '丙-损坏.xlsx'), 'PK\u0003\u0004 not a workbook');
});

test('the file host snapshot stores only rows with content, and the far cell is still read', async () => {
  const snap = await (await FileHost.open(far)).readSnapshot();
  const table = snap.sheets.find((s) => s.name === '评分表')!;
  const stored = table.values.filter(() => true);
  // 29 rows of the table and the last row of the sheet
  expect(stored.length).toBe(30);
  expect(stored.reduce((n, row) => n + row.length, 0)).toBeLessThan(29 * 9 + 16384 + 1);
  expect(cellValue(table, 1048575, 16383)).toBe('远处的一格');
  expect(cellValue(table, 4, 4)).toBe('预算编制合理性');
  const data = snap.sheets.find((s) => s.name === '基础数据')!;
  expect(cellValue(data, 0, 16383)).toBe(7);
});

test('score --out --json: the total and grade of the example, the far cell kept in the copy', async () => {
  const before = sha256(far);
  const out = path.join(tmp, '副本.xlsx');
  const json = path.join(tmp, '报告.json');
  const r = await runCli('score', far, '--out', out, '--json', json);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('总分：96.88 / 100.00，等级：优');
  expect(JSON.parse(fs.readFileSync(json, 'utf8')).total.score).toBe('96.88');
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.readFile(out);
  expect(copy.getWorksheet('评分表')!.getCell('XFD1048576').value).toBe('远处的一格');
  expect(sha256(far)).toBe(before);
});

test('report --docx and template --out finish', async () => {
  const report = await runCli('report', far, '--docx', path.join(tmp, '报告.docx'));
  expect(report.code).toBe(0);
  expect(report.stdout).toContain('总分：96.88 / 100.00，等级：优');
  const template = await runCli('template', far, '--out', path.join(tmp, '模板.xlsx'));
  expect(template.code).toBe(0);
  expect(template.stdout).toContain('已写出模板');
});

test('review lists every file: the far one scored, the broken one with its reason', async () => {
  const json = path.join(tmp, '汇总.json');
  const r = await runCli('review', units, '--out', path.join(tmp, '汇总.xlsx'), '--json', json);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('共 3 个文件：已评分 2 个，无法读取 1 个');
  const text = fs.readFileSync(json, 'utf8');
  expect(text).toContain('乙-远处单元格.xlsx');
  expect(text).toContain('丙-损坏.xlsx');
});

test('a plan applied to the far snapshot in memory (the pane after a write) keeps it bounded', async () => {
  const snap = await (await FileHost.open(far)).readSnapshot();
  const after = applyToSnapshot(snap, {
    title: '写入',
    changes: [
      { kind: 'cell', sheet: '评分表', address: 'J5', value: 4.5, previous: { value: null, formula: null } },
      { kind: 'cell', sheet: '评分表', address: 'B500000', value: '空行中', previous: { value: null, formula: null } },
    ],
  });
  const table = after.sheets.find((s) => s.name === '评分表')!;
  expect(table.values.filter(() => true).length).toBe(31);
  expect(cellValue(table, 4, 9)).toBe(4.5);
  expect(cellValue(table, 499999, 1)).toBe('空行中');
  expect(cellValue(table, 1048575, 16383)).toBe('远处的一格');
});
