import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { writeUnitWorkbooks } from '../../bench/unitWorkbooks';
import { Progress, timeText } from '../../src/cli/commands/review/progress';
import { reviewCommand } from '../../src/cli/commands/review/reviewCommand';
import { workerScript } from '../../src/cli/commands/review/reviewPool';
import type { CliIo } from '../../src/cli/shared/io';
import { EXAMPLES } from './helpers';

const quiet: CliIo = { stdout: () => undefined, stderr: () => undefined };

/** Every sheet of a workbook as rows of values, by sheet name, in the workbook's order. */
async function sheetsOf(file: string): Promise<[string, unknown[][]][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((ws) => {
    const rows: unknown[][] = [];
    ws.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
    return [ws.name, rows];
  });
}

let dir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perfscore-batch-'));
  // 30 generated unit forms (their figures differ, so their scores and findings differ), split over two folders
  await writeUnitWorkbooks(path.join(dir, 'a'), 18);
  const b = await writeUnitWorkbooks(path.join(dir, 'b-tmp'), 30);
  fs.mkdirSync(path.join(dir, 'b'));
  for (const file of b.slice(18)) fs.renameSync(file, path.join(dir, 'b', path.basename(file)));
  fs.rmSync(path.join(dir, 'b-tmp'), { recursive: true });
  // one file that cannot be read among them, an old .xls, and a note
  fs.writeFileSync(path.join(dir, 'a', 'unit-005b.xlsx'), fs.readFileSync(path.join(EXAMPLES, 'shenzhen-2024.xlsx')).subarray(0, 3000));
  fs.writeFileSync(path.join(dir, 'b', '旧表.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
  fs.writeFileSync(path.join(dir, 'b', '说明.txt'), '先看基础数据。\n');
  // a unit named only in its title: 基础数据 has no 单位名称, the 评分表's title names the unit
  const titled = new ExcelJS.Workbook();
  await titled.xlsx.readFile(path.join(EXAMPLES, 'shenzhen-2024.xlsx'));
  titled.getWorksheet('基础数据')!.getCell('B2').value = null;
  titled.getWorksheet('评分表')!.getCell('A1').value = '深圳市南山区科技服务中心部门整体支出绩效自评表';
  await titled.xlsx.writeFile(path.join(dir, 'b', 'titled.xlsx'));
  fs.copyFileSync(path.join(EXAMPLES, 'guangzhou-2023.xlsx'), path.join(dir, 'b', 'guangzhou-2023.xlsx'));
}, 120_000);

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('perfscore review over many forms', () => {
  test('gives the same summary, in the same order, with 1 worker and with 2', async () => {
    // the 2-worker run must really use worker threads: their script is the compiled one (npm run build:cli)
    expect(workerScript()).not.toBeNull();
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'perfscore-batch-out-'));
    try {
      for (const jobs of [1, 2]) {
        expect(await reviewCommand({ inputs: [dir], out: path.join(out, `${jobs}.xlsx`), json: path.join(out, `${jobs}.json`), progress: false, jobs }, quiet)).toBe(0);
      }
      const one = fs.readFileSync(path.join(out, '1.json'), 'utf8');
      expect(fs.readFileSync(path.join(out, '2.json'), 'utf8')).toBe(one);
      expect(await sheetsOf(path.join(out, '2.xlsx'))).toEqual(await sheetsOf(path.join(out, '1.xlsx')));

      // files are listed folder by folder in name order, the unread ones in their places
      const files = (JSON.parse(one) as { files: { file: string; status: string }[] }).files;
      const names = files.map((f) => path.relative(dir, path.resolve(f.file)));
      expect(names.slice(0, 6)).toEqual(['a/unit-001.xlsx', 'a/unit-002.xlsx', 'a/unit-003.xlsx', 'a/unit-004.xlsx', 'a/unit-005.xlsx', 'a/unit-005b.xlsx']);
      const inOrder = (sub: string) => fs.readdirSync(path.join(dir, sub)).sort((x, y) => x.localeCompare(y, 'zh-CN')).map((n) => `${sub}/${n}`);
      expect(names).toEqual([...inOrder('a'), ...inOrder('b')]);
      expect(files).toHaveLength(35);
      expect(files.filter((f) => f.status === 'scored')).toHaveLength(32);
      expect(files.filter((f) => f.status === 'failed').map((f) => path.basename(f.file)).sort()).toEqual(['unit-005b.xlsx', '旧表.xls']);
      expect(files.filter((f) => f.status === 'skipped').map((f) => path.basename(f.file))).toEqual(['说明.txt']);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  }, 180_000);

  test('a summary a person can read: names, the claimed total beside ours, and what to do with unread files', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'perfscore-batch-out-'));
    try {
      expect(await reviewCommand({ inputs: [path.join(dir, 'b')], out: path.join(out, 's.xlsx'), progress: false, jobs: 2 }, quiet)).toBe(0);
      const [[unitsName, units], [riskName], [codesName, codes], ...perFinding] = await sheetsOf(path.join(out, 's.xlsx'));
      expect([unitsName, riskName, codesName]).toEqual(['单位汇总', '抽评建议', '检查项统计']);
      const header = units[0] as string[];
      const col = (name: string) => header.indexOf(name);
      const byFile = new Map(units.slice(1).map((r) => [path.basename(String(r[col('文件')])), r]));

      // named by the title when nothing else names the unit; the title itself when it names none (“我会”)
      expect(byFile.get('titled.xlsx')![col('单位名称')]).toBe('深圳市南山区科技服务中心');
      expect(byFile.get('guangzhou-2023.xlsx')![col('单位名称')]).toBe('2023年我会部门整体绩效自评指标得分表');
      // generated units carry their 基础数据 name
      expect(byFile.get('unit-019.xlsx')![col('单位名称')]).toBe('示例单位019');

      // 自评−系统 is the claimed total minus the computed one, for every scored form
      for (const row of units.slice(1)) {
        if (row[col('状态')] !== '已评分') continue;
        const self = row[col('自评总分')] as number;
        const computed = row[col('系统计算总分')] as number;
        expect(Math.round((self - computed) * 100)).toBe(Math.round((row[col('自评−系统')] as number) * 100));
      }
      // seed 002 unchanged (titled.xlsx): the unit's 96.88 is what we compute
      expect(byFile.get('titled.xlsx')!.slice(col('自评总分'), col('自评−系统') + 1)).toEqual([96.88, 96.88, 0]);

      const xls = byFile.get('旧表.xls')!;
      expect(xls[col('状态')]).toBe('无法读取');
      expect(xls[col('说明')]).toBe('旧版 .xls 工作簿（Excel 97-2003 格式），无法直接读取');
      expect(xls[col('处理建议')]).toBe('请在 Excel 或 WPS 中打开，另存为 .xlsx（Excel 工作簿）后再试');

      // findings are named in Chinese; no sheet is named by a code
      expect(codes[0]).toEqual(['检查项', '代码', '严重程度', '出现次数', '涉及单位数', '所在工作表', '示例']);
      for (const [name] of perFinding) expect(name).not.toMatch(/^[A-Z_]+$/);
      expect(perFinding.map(([name]) => name)).toEqual(codes.slice(1).map((r) => r[5]));
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('progress of a batch', () => {
  test('states the time left at the pace so far', () => {
    const lines: string[] = [];
    let now = 1_000_000;
    const clock = jest.spyOn(Date, 'now').mockImplementation(() => now);
    try {
      const progress = new Progress(4, (t) => lines.push(t), () => lines.push('end'));
      now += 1500;
      progress.update(1, 'a.xlsx'); // 1.5 s for one form, three left: 4.5 s → 5 秒
      now += 50;
      progress.update(2, 'b.xlsx'); // within 100 ms of the last line: not drawn
      now += 1450;
      progress.update(3, 'c.xlsx'); // 3 s for three, one left: 1 秒
      progress.update(4, 'd.xlsx'); // the last is always drawn, with nothing left
      progress.finish();
    } finally {
      clock.mockRestore();
    }
    expect(lines).toEqual(['审核中 1/4：a.xlsx，预计还需 5 秒', '审核中 3/4：c.xlsx，预计还需 1 秒', '审核中 4/4：d.xlsx', 'end']);
  });

  test('reads times as people say them', () => {
    expect(timeText(8_000)).toBe('8 秒');
    expect(timeText(125_000)).toBe('2 分 05 秒');
    expect(timeText(3_780_000)).toBe('1 小时 03 分');
  });
});
