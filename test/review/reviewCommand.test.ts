import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { review } from '../../src/cli/commands/review';
import { reviewCommand } from '../../src/cli/commands/review/reviewCommand';
import type { CliIo } from '../../src/cli/shared/io';
import { D } from '../../src/engine/decimal';
import { FileHost } from '../../src/hosts/file';
import { analyse } from '../../src/workbook/analyse/analyse';
import { planReviewWrite } from '../../src/workbook/review';
import { EXAMPLES, sha256 } from './helpers';
import type { Analysis } from '../../src/workbook/analyse/analysis.types';
import type { FileHost as Host } from '../../src/hosts/file';
import { findingName, type FindingCode } from '../../src/workbook/checks';

function capture(): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout(text: string) {
      io.out += text;
    },
    stderr(text: string) {
      io.err += text;
    },
  };
  return io;
}

function rows(ws: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => {
    const values = row.values as unknown[];
    // empty cells at the end of a row are not stored: every row is read as wide as the sheet
    out.push(Array.from({ length: Math.max(values.length - 1, ws.columnCount, 0) }, (_, i) => values[i + 1] ?? null));
  });
  return out;
}

/** The scoring pipeline on a workbook already opened. */
async function analysedOf(host: Host): Promise<{ analysis: Analysis }> {
  const result = analyse(await host.readSnapshot());
  if (!result.ok) throw new Error(result.message);
  return { analysis: result.analysis };
}

let dir: string;
let inputs: Map<string, string>;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perfscore-review-'));
  for (const name of ['shenzhen-2024.xlsx', 'guangzhou-2023.xlsx', 'national-project.xlsx']) {
    fs.copyFileSync(path.join(EXAMPLES, name), path.join(dir, name));
  }
  // a copy whose procurement figure changed: actual above plan, so that part scores 0
  fs.mkdirSync(path.join(dir, '复核'));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(EXAMPLES, 'shenzhen-2024.xlsx'));
  wb.getWorksheet('基础数据')!.getCell('B21').value = 6;
  await wb.xlsx.writeFile(path.join(dir, '复核', 'shenzhen-changed.xlsx'));
  const good = fs.readFileSync(path.join(EXAMPLES, 'shenzhen-2024.xlsx'));
  fs.writeFileSync(path.join(dir, 'broken.xlsx'), good.subarray(0, 2000));
  fs.writeFileSync(path.join(dir, 'notes.txt'), '审核要点：先看基础数据。\n');
  inputs = new Map();
  const walk = (d: string) =>
    fs.readdirSync(d).forEach((n) => {
      const f = path.join(d, n);
      if (fs.statSync(f).isDirectory()) walk(f);
      else inputs.set(f, sha256(f));
    });
  walk(dir);
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('perfscore review over a folder', () => {
  let code: number;
  let io: ReturnType<typeof capture>;
  let summary: ExcelJS.Workbook;
  let out: string;
  let json: string;
  let outDir: string;

  beforeAll(async () => {
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'perfscore-review-out-'));
    out = path.join(outDir, '汇总.xlsx');
    json = path.join(outDir, '汇总.json');
    io = capture();
    code = await reviewCommand({ inputs: [dir], out, json, progress: false }, io);
    summary = new ExcelJS.Workbook();
    await summary.xlsx.readFile(out);
  });

  afterAll(() => {
    fs.rmSync(outDir, { recursive: true, force: true });
  });

  test('exits 0 and never modifies the inputs', () => {
    expect(code).toBe(0);
    expect(io.err).toBe('');
    expect(io.out).toContain('共 6 个文件：已评分 4 个，无法读取 1 个，跳过 1 个。');
    for (const [file, hash] of inputs) expect(sha256(file)).toBe(hash);
  });

  test('the summary lists all six files correctly', async () => {
    const all = rows(summary.getWorksheet('单位汇总')!);
    expect(all[0]).toEqual([
      '序号', '单位名称', '年度', '文件', '状态', '指标表', '评分框架', '自评总分', '系统计算总分', '自评−系统', '审核后总分',
      '满分', '等级', '未解决异议', '错误', '警告', '提示', '风险分', '风险信号', '失分最多的三项', '说明', '处理建议',
    ]);
    const byFile = new Map(all.slice(1).map((r) => [path.basename(String(r[3])), r]));
    expect([...byFile.keys()].sort()).toEqual(['broken.xlsx', 'guangzhou-2023.xlsx', 'national-project.xlsx', 'notes.txt', 'shenzhen-2024.xlsx', 'shenzhen-changed.xlsx']);

    const shenzhen = byFile.get('shenzhen-2024.xlsx')!;
    expect(shenzhen.slice(1, 3)).toEqual(['深圳市科技交流服务中心', '2024']);
    expect(shenzhen.slice(4, 14)).toEqual(['已评分', '评分表!A2:I29', 'shenzhen-2024-department', 96.88, 96.88, 0, null, 100, '优', 0]);
    expect(shenzhen[19]).toBe('编外人员控制率 −1.00；公用经费控制率 −1.00；社会效益、经济效益、生态效益及持续影响等 −1.00');
    expect(shenzhen.slice(14, 16)).toEqual([0, 0]);

    // the changed figure: the same self-scores, now contradicted by the data. 政府采购执行情况's typed
    // 1.89 is impossible once the rate part is 0 (at most 0 + 1 for the policy part): it counts as 1.00,
    // so the computed total is 96.88 − 0.89 = 95.99 (domain.md §2: a leaf never scores above what its rule allows),
    // and the unit's claimed total is 0.89 above it
    const changed = byFile.get('shenzhen-changed.xlsx')!;
    expect(String(changed[3])).toBe(path.join(dir, '复核', 'shenzhen-changed.xlsx'));
    expect(changed.slice(4, 14)).toEqual(['已评分', '评分表!A2:I29', 'shenzhen-2024-department', 96.88, 95.99, 0.89, null, 100, '优', 0]);
    expect(Number(changed[14])).toBeGreaterThanOrEqual(1);

    const guangzhou = byFile.get('guangzhou-2023.xlsx')!;
    expect(guangzhou.slice(4, 14)).toEqual(['已评分', '表5!A2:E32', 'guangzhou-department', 95.82, 95.82, 0, null, 100, '优', 0]);
    expect(guangzhou[19]).toBe('采购合同签订时效性 −1.00；合同备案时效性 −1.00；部门预算资金支出率 −0.62');
    // seed 003's 合计 row (100 against 95.82) is an error
    expect(Number(guangzhou[14])).toBeGreaterThanOrEqual(1);

    // every scored row agrees with the scoring pipeline run on the same file
    for (const [name, row] of byFile) {
      if (row[4] !== '已评分') continue;
      const { analysis } = await analysedOf(await FileHost.open(String(row[3])));
      const count = (sev: string) => analysis.warnings.filter((w) => w.severity === sev).length;
      expect([row[5], row[8], row[12], row[14], row[15], row[16]]).toEqual([
        `${analysis.table.sheet}!${analysis.table.range}`,
        Number(analysis.scored.total.toFixed(2)),
        analysis.scored.grade,
        count('error'),
        count('warning'),
        count('info'),
      ]);
      expect(name).toBe(path.basename(String(row[3])));
    }

    const broken = byFile.get('broken.xlsx')!;
    expect(broken[4]).toBe('无法读取');
    expect(String(broken[20])).toContain('已损坏或不是有效的 .xlsx 工作簿');
    expect(broken[21]).toBe('请向单位索取完好的 .xlsx 文件，或在 Excel/WPS 中打开并另存为 .xlsx 后重新审核');
    const notes = byFile.get('notes.txt')!;
    expect(notes[4]).toBe('已跳过');
    expect(notes[20]).toBe('不是 .xlsx 工作簿（扩展名为“.txt”），已跳过');
  });

  test('units are ranked by the signs reviewers look for, and the sample drawn from the top', () => {
    const ranking = rows(summary.getWorksheet('抽评建议')!);
    expect(ranking[0]).toEqual(['风险排名', '是否抽取', '序号', '单位名称', '文件', '风险分', '风险信号及位置']);
    const ranked = ranking.slice(1, 5);
    const byFile = new Map(ranked.map((r) => [path.basename(String(r[4])), r]));
    expect([...byFile.keys()].sort()).toEqual(['guangzhou-2023.xlsx', 'national-project.xlsx', 'shenzhen-2024.xlsx', 'shenzhen-changed.xlsx']);
    // the changed copy's 政府采购执行情况 is typed 1.89 where at most 1.00 can be had: self above computed (weight 3)
    expect(String(byFile.get('shenzhen-changed.xlsx')![6])).toContain('自评得分高于计算得分（权重 3）');
    // seed 003's 合计 row says 100 where its parts give 95.82: totals against their parts (weight 3)
    expect(String(byFile.get('guangzhou-2023.xlsx')![6])).toContain('合计与明细不符（权重 3）');
    // heaviest first; 4 units, all drawn under the default sample of 10
    const risks = ranked.map((r) => Number(r[5]));
    expect([...risks].sort((a, b) => b - a)).toEqual(risks);
    expect(ranked.map((r) => r[0])).toEqual([1, 2, 3, 4]);
    expect(ranked.every((r) => r[1] === '抽取')).toBe(true);
    // the 单位汇总 row carries the same risk
    const units = rows(summary.getWorksheet('单位汇总')!);
    for (const r of ranked) expect(units.find((u) => u[3] === r[4])![17]).toBe(r[5]);
    // the weights are listed under the ranking
    expect(ranking.some((r) => r[0] === '满意度为 100%' && r[1] === 1)).toBe(true);
    expect(io.out).toContain('按风险抽取 4 个单位复核：');
    const report = JSON.parse(fs.readFileSync(json, 'utf8')) as { riskSample: { size: number; ranking: { file: string; risk: number }[] } };
    expect(report.riskSample.size).toBe(10);
    expect(report.riskSample.ranking.map((r) => r.risk)).toEqual(risks);
  });

  test('a sheet per warning code lists where it occurs', async () => {
    const expected = new Map<string, { file: string; cell: string; severity: string }[]>();
    for (const file of ['shenzhen-2024.xlsx', 'guangzhou-2023.xlsx', 'national-project.xlsx', path.join('复核', 'shenzhen-changed.xlsx')]) {
      const { analysis } = await analysedOf(await FileHost.open(path.join(dir, file)));
      for (const w of analysis.warnings) {
        const list = expected.get(w.code) ?? [];
        list.push({ file: path.basename(file), cell: w.address ? `${w.sheet}!${w.address}` : w.sheet, severity: w.severity });
        expected.set(w.code, list);
      }
    }
    const codes = rows(summary.getWorksheet('检查项统计')!);
    expect(codes[0]).toEqual(['检查项', '代码', '严重程度', '出现次数', '涉及单位数', '所在工作表', '示例']);
    expect(codes.slice(1).map((r) => r[1]).sort()).toEqual([...expected.keys()].sort());
    // findings are named in Chinese, in the list and as their sheets' names; the code stays beside the name
    for (const r of codes.slice(1)) {
      expect(r[0]).toBe(findingName(r[1] as FindingCode));
      expect(r[5]).toBe(findingName(r[1] as FindingCode));
    }
    const sheetOf = new Map(codes.slice(1).map((r) => [String(r[1]), String(r[5])]));
    const label: Record<string, string> = { error: '错误', warning: '警告', info: '提示' };
    for (const [code, list] of expected) {
      const sheet = rows(summary.getWorksheet(sheetOf.get(code)!)!);
      expect(sheet[0]).toEqual(['单位名称', '文件', '单元格', '严重程度', '说明']);
      const listed = sheet.slice(1).map((r) => ({ file: path.basename(String(r[1])), cell: r[2], severity: r[3] }));
      const want = list.map((x) => ({ ...x, severity: label[x.severity] }));
      const key = (x: { file: string; cell: unknown }) => `${x.file}|${x.cell}`;
      expect(listed.sort((a, b) => key(a).localeCompare(key(b)))).toEqual(want.sort((a, b) => key(a).localeCompare(key(b))));
    }
    expect(summary.getWorksheet('SUM_MISMATCH')).toBeUndefined();
    const sum = rows(summary.getWorksheet('合计与明细不符')!);
    expect(sum.slice(1).map((r) => [path.basename(String(r[1])), r[2], r[3]])).toEqual([['guangzhou-2023.xlsx', '表5!E32', '错误']]);
    expect(String(sum[1][4])).toContain('95.82');
  });

  test('the JSON holds the same, with decimal strings', () => {
    const data = JSON.parse(fs.readFileSync(json, 'utf8'));
    expect(data.files).toHaveLength(6);
    const shenzhen = data.files.find((f: { file: string }) => f.file.endsWith('shenzhen-2024.xlsx'));
    expect(shenzhen.total).toEqual({ self: '96.88', computed: '96.88', selfMinusComputed: '0.00', reviewed: null, max: '100.00', grade: '优' });
    expect(shenzhen.losses[0]).toEqual({ path: ['部门管理', '人员管理', '编外人员控制率'], lost: '1.00' });
    const broken = data.files.find((f: { file: string }) => f.file.endsWith('broken.xlsx'));
    expect(broken.status).toBe('failed');
  });
});

describe('perfscore review, other cases', () => {
  test('a reviewed workbook shows its reviewed total and open disputes', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'perfscore-reviewed-'));
    try {
      const host = await FileHost.open(path.join(EXAMPLES, 'shenzhen-2024.xlsx'));
      const result = analyse(await host.readSnapshot());
      if (!result.ok) throw new Error(result.message);
      await host.applyPlan(
        planReviewWrite(result.analysis, {
          reviewer: '王审核',
          date: '2025-03-01',
          entries: [
            { path: ['部门管理', '资金管理', '政府采购执行情况'], status: '已审', reviewedScore: new D('1.5'), reason: '佐证不全' },
            { path: ['部门绩效', '效果性', '社会效益、经济效益、生态效益及持续影响等'], status: '有异议', reason: '待补充材料' },
          ],
        }),
      );
      await host.saveAs(path.join(folder, 'reviewed.xlsx'));
      const out = path.join(folder, 'out.xlsx');
      const io = capture();
      expect(await reviewCommand({ inputs: [path.join(folder, 'reviewed.xlsx')], out, progress: false }, io)).toBe(0);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      const row = rows(wb.getWorksheet('单位汇总')!)[1];
      expect(row.slice(7, 14)).toEqual([96.88, 96.88, 0, 96.49, 100, '优', 1]);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  test('bad arguments exit 2 with one Chinese line; --help prints usage', async () => {
    let io = capture();
    expect(await reviewCommand({ inputs: [], out: '/tmp/x.xlsx' }, io)).toBe(2);
    expect(io.err).toBe('请给出要审核的工作簿或文件夹（perfscore review --help 查看用法）\n');
    io = capture();
    expect(await review.run([dir], io)).toBe(2);
    expect(io.err).toBe('缺少 --out <汇总.xlsx>：请指定汇总工作簿的保存位置\n');
    io = capture();
    expect(await review.run([dir, '--out', path.join(dir, 'no-such-folder', 'x.xlsx')], io)).toBe(2);
    expect(io.err).toContain('不存在');
    io = capture();
    expect(await review.run([dir, '--out', 'x.csv'], io)).toBe(2);
    expect(io.err).toBe('--out 应为 .xlsx 文件：x.csv\n');
    io = capture();
    expect(await review.run([dir, '--bogus'], io)).toBe(2);
    io = capture();
    expect(await review.run([dir, '--out', path.join(os.tmpdir(), 'x.xlsx'), '--framework', 'nowhere'], io)).toBe(2);
    expect(io.err).toContain('未知的评分框架“nowhere”');
    io = capture();
    expect(await review.run([path.join(dir, 'shenzhen-2024.xlsx'), '--out', path.join(dir, 'shenzhen-2024.xlsx')], io)).toBe(2);
    expect(io.err).toContain('不能是输入文件本身');
    io = capture();
    expect(await review.run(['--help'], io)).toBe(0);
    expect(io.out).toContain('用法：perfscore review');
    for (const [file, hash] of inputs) expect(sha256(file)).toBe(hash);
  });

  test('a missing input is listed, the batch still runs, and progress shows when asked', async () => {
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'perfscore-review-out-'));
    try {
      const out = path.join(outDir, 'x.xlsx');
      const io = capture();
      const code = await review.run([path.join(dir, 'shenzhen-2024.xlsx'), path.join(dir, 'gone.xlsx'), '--out', out, '--progress'], io);
      expect(code).toBe(0);
      expect(io.err).toContain('\r审核中 1/1：shenzhen-2024.xlsx');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      const all = rows(wb.getWorksheet('单位汇总')!);
      expect(all.slice(1).map((r) => [r[4], r[20], r[21]])).toEqual([
        ['已评分', null, null],
        ['无法读取', `找不到文件或文件夹：${path.join(dir, 'gone.xlsx')}`, '请检查路径是否写对'],
      ]);
    } finally {
      fs.rmSync(outDir, { recursive: true, force: true });
    }
  });
});
