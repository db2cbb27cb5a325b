import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { reportCommand } from '../../src/cli/commands/report/reportCommand';
import { FileHost } from '../../src/hosts/file';
import { REPORT_MARKER, REPORT_SHEET } from '../../src/workbook/plan/reportSheet';
import { EXAMPLES } from './fixtures';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t) }, out, err };
}

describe('perfscore report', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perfscore-report-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('writes the Word document, the workbook copy with its 自评报告 sheet and the JSON; exit 0', async () => {
    const input = path.join(EXAMPLES, 'shenzhen-2024.xlsx');
    const before = fs.readFileSync(input);
    const c = capture();
    const docx = path.join(dir, 'report.docx');
    const out = path.join(dir, 'out.xlsx');
    const json = path.join(dir, 'report.json');
    const code = await reportCommand({ input, docx, out, json }, c.io);
    expect(c.err).toEqual([]);
    expect(code).toBe(0);
    const summary = c.out.join('');
    expect(summary).toContain('总分：96.88 / 100.00，等级：优');
    expect(summary).toContain('扣分情况 5 段');
    expect(summary).toContain(`已写出 Word 文档：${docx}`);

    const xml = await (await JSZip.loadAsync(fs.readFileSync(docx))).file('word/document.xml')!.async('string');
    expect(xml).toContain('一、基本情况');
    expect(xml).toContain('1,936.12万元');

    const sheet = (await (await FileHost.open(out)).readSnapshot()).sheets.find((s) => s.name === REPORT_SHEET)!;
    expect(sheet.values[0][0]).toBe(REPORT_MARKER);
    expect(sheet.values[2][0]).toBe('一、预算执行情况');

    const report = JSON.parse(fs.readFileSync(json, 'utf8'));
    expect(report.total).toBe('96.88');
    expect(report.narrative[0].cells).toContain('基础数据!B4');
    expect(fs.readFileSync(input).equals(before)).toBe(true);
  });

  test('with no output given, prints the report text', async () => {
    const c = capture();
    expect(await reportCommand({ input: path.join(EXAMPLES, 'national-project.xlsx') }, c.io)).toBe(0);
    expect(c.out.join('')).toContain('【偏差原因】');
  });

  test('bad input gives exit 2 with one Chinese line', async () => {
    const missing = capture();
    expect(await reportCommand({ input: path.join(dir, 'nope.xlsx'), docx: path.join(dir, 'x.docx') }, missing.io)).toBe(2);
    expect(missing.err.join('')).toMatch(/nope\.xlsx/);
    const wrongExt = capture();
    expect(await reportCommand({ input: path.join(EXAMPLES, 'shenzhen-2024.xlsx'), docx: path.join(dir, 'x.pdf') }, wrongExt.io)).toBe(2);
    expect(wrongExt.err.join('')).toContain('--docx 应为 .docx 文件');
    const same = capture();
    const input = path.join(EXAMPLES, 'shenzhen-2024.xlsx');
    expect(await reportCommand({ input, out: input }, same.io)).toBe(2);
    const framework = capture();
    expect(await reportCommand({ input, framework: 'nowhere' }, framework.io)).toBe(2);
    expect(framework.err.join('')).toContain('未知的评分框架');
  });
});
