/**
 * Commands that write a copy of the workbook (score --out, template --out, report --out) say what the copy does not
 * keep (charts, chart sheets…), and report's "no table" message names the file as score's does.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/shared/io';
import { reportCommand } from '../../src/cli/commands/report/reportCommand';
import { buildShenzhen } from '../../scripts/make-examples';
import { withChartSheet, withParts } from '../file/packageParts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'perfscore-copy-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function capture(): { io: CliIo; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return { io: { stdout: (t) => void (out += t), stderr: (t) => void (err += t) }, out: () => out, err: () => err };
}

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const c = capture();
  const code = await main(argv, c.io);
  return { code, stdout: c.out(), stderr: c.err() };
}

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const WARNING = '注意：副本中未保留原工作簿的图表工作表“得分图”和数据透视表（1 个）；原文件未改动。\n';

describe('a workbook with a chart sheet and a pivot table', () => {
  let input: string;
  beforeAll(async () => {
    const seed = Buffer.from(await buildShenzhen().xlsx.writeBuffer());
    input = path.join(tmp, '含图表.xlsx');
    fs.writeFileSync(input, await withParts(await withChartSheet(seed, '得分图'), ['xl/pivotTables/pivotTable1.xml']));
  });

  test('template --out writes the copy, warns on stderr, exit 0, the input unchanged', async () => {
    const before = sha256(input);
    const out = path.join(tmp, 'template.xlsx');
    const r = await run('template', input, '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`已写出模板：${out}`);
    expect(r.stderr).toBe(WARNING);
    expect(sha256(input)).toBe(before);
    const names = Object.keys((await JSZip.loadAsync(fs.readFileSync(out))).files);
    expect(names.some((n) => n.startsWith('xl/chartsheets/'))).toBe(false);
  });

  test('report --out warns; report --docx / --json / text alone write no copy and do not', async () => {
    const before = sha256(input);
    const withCopy = capture();
    expect(await reportCommand({ input, out: path.join(tmp, 'report.xlsx') }, withCopy.io)).toBe(0);
    expect(withCopy.err()).toBe(WARNING);
    const noCopy = capture();
    expect(await reportCommand({ input, docx: path.join(tmp, 'report.docx'), json: path.join(tmp, 'report.json') }, noCopy.io)).toBe(0);
    expect(noCopy.err()).toBe('');
    const viaMain = await run('report', input);
    expect([viaMain.code, viaMain.stderr]).toEqual([0, '']);
    expect(sha256(input)).toBe(before);
  });

  test('score --out warns the same way, after its summary', async () => {
    const before = sha256(input);
    const out = path.join(tmp, 'scored.xlsx');
    const r = await run('score', input, '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`已写出评分副本：${out}`);
    expect(r.stderr).toBe(WARNING);
    expect(sha256(input)).toBe(before);
  });

  test('a workbook without such parts: no warning', async () => {
    const plain = path.join(tmp, 'plain.xlsx');
    await buildShenzhen().xlsx.writeFile(plain);
    const r = await run('template', plain, '--out', path.join(tmp, 'plain-template.xlsx'));
    expect([r.code, r.stderr]).toEqual([0, '']);
  });
});

describe('no indicator table: report names the file as score does', () => {
  test('the same one line on stderr, exit 2', async () => {
    const input = path.join(tmp, '无指标表.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('封面').getCell('A1').value = '2024年度部门整体支出绩效自评';
    wb.addWorksheet('说明').getCell('A1').value = '本表由单位填写';
    await wb.xlsx.writeFile(input);

    const report = capture();
    expect(await reportCommand({ input }, report.io)).toBe(2);
    expect(report.err()).toMatch(new RegExp(`^${input.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}：未找到指标评分表`));
    expect(report.err().split('\n')).toHaveLength(2);

    const viaMain = await run('report', input);
    const score = await run('score', input);
    const template = await run('template', input, '--out', path.join(tmp, 'x.xlsx'));
    expect(viaMain).toEqual({ code: 2, stdout: '', stderr: report.err() });
    expect(score).toEqual(viaMain);
    expect(template).toEqual(viaMain);
  });
});
