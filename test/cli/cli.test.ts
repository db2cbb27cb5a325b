/**
 * CLI goldens: the example workbooks scored end to end through `main()` (in-process), plus one spawn
 * of `node bin/perfscore.js` to prove the installed command works.
 */
import { execFileSync, spawnSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { COMMANDS } from '../../src/cli/commands';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/shared/io';
import { FileHost } from '../../src/hosts/file';
import { NATIONAL_EXPECTED_TOTAL } from '../../scripts/make-examples';
import { GUANGZHOU_XLSX, NATIONAL_XLSX, SHENZHEN_XLSX, sheetOf, valueAt } from '../contract/portContract';
import type { WorkbookSnapshot } from '../../src/workbook/port';

const ROOT = path.resolve(__dirname, '..', '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'perfscore-cli-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(...argv: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

interface Report {
  framework: string;
  sheet: string;
  range: string;
  total: { score: string; max: string; grade: string };
  level1: { name: string; score: string; max: string }[];
  indicators: { path: string[]; cell: string; max: string; score: string | null; selfScore: string | null; rule: string | null; status: string; missing: string[] }[];
  warnings: { code: string; severity: string; cell: string; message: string }[];
  narrative: { section: string; text: string }[];
}

async function scoreToJson(xlsx: string, name: string, ...extra: string[]): Promise<{ run: Run; report: Report }> {
  const json = path.join(tmp, `${name}.json`);
  const r = await run('score', xlsx, '--json', json, ...extra);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return { run: r, report: JSON.parse(fs.readFileSync(json, 'utf8')) as Report };
}

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const leafName = (i: Report['indicators'][number]) => i.path[i.path.length - 1];

/**
 * Every leaf of seed 002's table: score cell, points and score. The scores are domain.md §3's
 * "seed 002 inputs → score" column, which is seed 002's 评分 column (附件 评分表); the computed ones
 * are worked in domain.md §3 from seed 002's raw figures (e.g. 政府采购执行情况 0.8871 + 1 = 1.89,
 * 预算执行率 1+1+1+0.987 + min(1.0207×2, 2) = 5.987 → 5.99, 编外人员控制率 4/27 = 14.81% → 0).
 */
const SHENZHEN_LEAVES: [name: string, cell: string, max: string, score: string, computed: boolean][] = [
  ['预算编制合理性', 'I5', '5.00', '5.00', false],
  ['预算编制规范性', 'I6', '5.00', '5.00', false],
  ['绩效目标完整性', 'I7', '3.00', '3.00', false],
  ['绩效指标明确性', 'I8', '7.00', '7.00', false],
  ['政府采购执行情况', 'I9', '2.00', '1.89', true],
  ['财务规范性', 'I10', '3.00', '3.00', true],
  ['预决算信息公开', 'I11', '3.00', '3.00', false],
  ['项目实施程序', 'I15', '2.00', '2.00', false],
  ['项目监管', 'I16', '2.00', '2.00', false],
  ['资产管理安全性', 'I17', '2.00', '2.00', false],
  ['固定资产利用率', 'I18', '1.00', '1.00', true], // 58.53 / 64.37 = 90.93% ≥ 90%
  ['财政供养人员控制率', 'I19', '1.00', '1.00', true], // 23 / 25 = 92% ≤ 100%
  ['编外人员控制率', 'I20', '1.00', '0.00', true], // 4 / 27 = 14.81% > 10%
  ['管理制度健全性', 'I21', '3.00', '3.00', false],
  ['公用经费控制率', 'I22', '6.00', '5.00', true], // 三公 3.10/5.31 = 58.38% → 3; 日常 61.23/67.32 = 90.95% → 2
  ['预算执行率', 'I23', '6.00', '5.99', true],
  ['重点工作完成情况', 'I24', '8.00', '8.00', false],
  ['项目完成及时性', 'I25', '6.00', '6.00', true], // 8 / 8 × 6
  ['社会效益、经济效益、生态效益及持续影响等', 'I26', '25.00', '24.00', false],
  ['群众信访办理情况', 'I27', '3.00', '3.00', true],
  ['公众或服务对象满意度', 'I28', '6.00', '6.00', true], // 98.6% ≥ 95%
];

describe('perfscore score examples/shenzhen-2024.xlsx (seed 002, domain.md §3)', () => {
  let result: { run: Run; report: Report };
  beforeAll(async () => {
    result = await scoreToJson(SHENZHEN_XLSX, 'shenzhen');
  });

  test('total 96.88, grade 优; level-1 sums 20.00 / 18.89 / 57.99 (domain.md §3 totals, seed 002 总分)', () => {
    const { report } = result;
    expect(report.framework).toBe('shenzhen-2024-department');
    expect(report.sheet).toBe('评分表');
    // the unit's 合计 row says 96.88 and its leaves sum to it (seed 002 总分)
    expect(report.total).toEqual({ score: '96.88', max: '100.00', grade: '优', complete: true, claimed: { stated: '96.88', sumOfLeaves: '96.88', blankLeaves: 0 } });
    expect(report.level1).toEqual([
      { name: '部门决策', score: '20.00', max: '20.00' },
      { name: '部门管理', score: '18.89', max: '20.00' },
      { name: '部门绩效', score: '57.99', max: '60.00' },
    ]);
  });

  test('every leaf as in domain.md §3, at its score cell, computed from 基础数据 where seed 002 gives the figures', () => {
    const { indicators } = result.report;
    expect(indicators.map(leafName)).toEqual(SHENZHEN_LEAVES.map((l) => l[0]));
    SHENZHEN_LEAVES.forEach(([name, cell, max, score, computed], i) => {
      const ind = indicators[i];
      expect({ name, cell: ind.cell, max: ind.max, score: ind.score, selfScore: ind.selfScore }).toEqual({
        name,
        cell: `评分表!${cell}`,
        max,
        score,
        selfScore: score,
      });
      expect(ind.rule).not.toBeNull();
      if (computed) expect(ind.status).toBe('scored');
      else expect(ind.status).toBe('judgement');
    });
    expect(indicators.find((i) => leafName(i) === '政府采购执行情况')?.path).toEqual(['部门管理', '资金管理', '政府采购执行情况']);
  });

  test('no error or warning: the scores agree with the figures and the 合计 row agrees with its leaves', () => {
    const { warnings } = result.report;
    expect(warnings.filter((w) => w.severity !== 'info')).toEqual([]);
    expect(warnings.some((w) => w.code === 'SUM_MISMATCH')).toBe(false);
    // 人员经费 1,330.19 + 公用经费 71.48 = 1,401.67 vs 基本支出 1,401.66: within rounding, at most a note (domain.md §6)
    const parts = warnings.find((w) => w.code === 'PARTS_SUM_MISMATCH');
    if (parts) expect(parts).toMatchObject({ severity: 'info', cell: '基础数据!B5' });
  });

  test('the printed summary names the table, framework, counts, total and grade', () => {
    const out = result.run.stdout;
    expect(out).toContain('指标表：评分表!A2:I29');
    expect(out).toContain('shenzhen-2024-department');
    // 计算: the 7 leaves scored from figures alone; 自评核验: 政府采购执行情况, 财务规范性, 群众信访办理情况 (a judged part beside computed ones)
    expect(out).toContain('三级指标：共 21 项，计算 7 项，自评核验 3 项，判断（采用自评分，未核验）11 项，缺数据 0 项');
    expect(out).toContain('单位自评总分：96.88');
    expect(out).toContain('一级指标：部门决策 20.00/20.00；部门管理 18.89/20.00；部门绩效 57.99/60.00');
    expect(out).toContain('总分：96.88 / 100.00，等级：优');
    expect(out).toContain('检查：错误 0 条，警告 0 条');
    expect(out).toContain('深圳市科技交流服务中心');
  });

  test('every 基础数据 row accounted for: 33 used, 2 info, each row not read by its own words alone listed last', () => {
    const lines = result.run.stdout.trimEnd().split('\n');
    const at = lines.indexOf('基础数据：共 35 行，采用 33 行，单位名称、年度 2 行，未识别 0 行');
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1)).toEqual([
      '  采用 基础数据!B13 “基本支出” → 基本支出（spending.basic），按上一行确定',
      '  采用 基础数据!B14 “项目支出” → 项目支出（spending.project），按上一行确定',
      '  采用 基础数据!B23 “固定资产原值” → 固定资产原值（assets.total），排除法确定',
      expect.stringMatching(/^已写出 JSON 报告：/),
    ]);
  });
});

describe('perfscore score examples/guangzhou-2023.xlsx (seed 003 表5)', () => {
  let report: Report;
  let stdout: string;
  beforeAll(async () => {
    const result = await scoreToJson(GUANGZHOU_XLSX, 'guangzhou');
    report = result.report;
    stdout = result.run.stdout;
  });

  test('the summary says the unit is not named rather than printing the year where the name goes', () => {
    expect(stdout.split('\n')[1]).toBe('单位：（工作簿未注明），2023年度');
  });

  test('a workbook without a 基础数据 sheet prints no 基础数据 lines', () => {
    expect(stdout).toContain('总分：95.82');
    expect(stdout).not.toContain('基础数据：');
  });

  test('total 95.82 (履职效能 48.82 + 管理效率 47, seed 003 自评结论), not the 100 the 合计 row shows', () => {
    expect(report.framework).toBe('guangzhou-department');
    // the unit's 合计 row claims 100 while its leaves sum to 95.82 (seed 003 表5)
    expect(report.total).toEqual({ score: '95.82', max: '100.00', grade: '优', complete: true, claimed: { stated: '100.00', sumOfLeaves: '95.82', blankLeaves: 0 } });
    expect(report.level1).toEqual([
      { name: '履职效能', score: '48.82', max: '50.00' },
      { name: '管理效率', score: '47.00', max: '50.00' },
    ]);
    expect(report.indicators).toHaveLength(28);
    expect(report.indicators.find((i) => leafName(i) === '合同备案时效性')).toMatchObject({ cell: '表5!E22', max: '1.00', score: '0.00' });
  });

  test('the 合计 row draws SUM_MISMATCH at 表5!E32 stating 100 against 95.82 (domain.md §6)', () => {
    const sum = report.warnings.filter((w) => w.code === 'SUM_MISMATCH');
    expect(sum).toHaveLength(1);
    expect(sum[0].cell).toBe('表5!E32');
    expect(sum[0].severity).toBe('error');
    expect(sum[0].message).toContain('100');
    expect(sum[0].message).toContain('95.82');
  });
});

describe('perfscore score examples/national-project.xlsx (hand-worked in scripts/make-examples.ts)', () => {
  let report: Report;
  beforeAll(async () => {
    report = (await scoreToJson(NATIONAL_XLSX, 'national')).report;
  });

  /**
   * Worked by hand with domain.md §4's rules:
   *   预算执行率 111.00 / 120.00 = 92.50% × 10 = 9.25
   *   产出 50: 22场 ≥ 20场 → 10; 480/500 × 10 = 9.60; =100% met → 10; ≤30天 at 33天: (1 − 3/30) × 10 = 9.00;
   *            4.8万元 ≤ 5万元 → 10                                          = 48.60
   *   效益 30: 基本达成 (部分达成, [9, 12)) typed 11.25; 达成 typed 15           = 26.25
   *   满意度 10: 88% / 90% × 10 = 9.777… → 9.78
   *   total 9.25 + 48.60 + 26.25 + 9.78 = 93.88, 优
   */
  test(`total ${NATIONAL_EXPECTED_TOTAL}, every row as worked by hand`, () => {
    expect(NATIONAL_EXPECTED_TOTAL).toBe('93.88');
    expect(report.framework).toBe('national-project-self-eval');
    expect(report.total).toEqual({ score: '93.88', max: '100.00', grade: '优', complete: true, claimed: { stated: '93.88', sumOfLeaves: '93.88', blankLeaves: 0 } });
    const scores = Object.fromEntries(report.indicators.map((i) => [leafName(i), [i.score, i.max, i.status]]));
    expect(scores).toEqual({
      预算执行率: ['9.25', '10.00', 'scored'],
      举办科普活动场次: ['10.00', '10.00', 'scored'],
      培训参与人次: ['9.60', '10.00', 'scored'],
      活动验收合格率: ['10.00', '10.00', 'scored'],
      项目完成时限: ['9.00', '10.00', 'scored'],
      单场活动平均成本: ['10.00', '10.00', 'scored'],
      青少年科学素养: ['11.25', '15.00', 'judgement'],
      科普工作长效机制: ['15.00', '15.00', 'judgement'],
      参与学生满意度: ['9.78', '10.00', 'scored'],
    });
    const level1 = Object.fromEntries(report.level1.map((l) => [l.name, l.score]));
    expect(level1).toMatchObject({ 产出指标: '48.60', 效益指标: '26.25', 满意度指标: '9.78' });
  });

  test('the row below full marks without a 偏差原因 is flagged; the rows with one are not', () => {
    const missing = report.warnings.filter((w) => w.code === 'REASON_MISSING');
    expect(missing.map((w) => w.cell)).toEqual(['项目支出绩效自评表!H16']);
    expect(missing[0].message).toContain('项目完成时限');
    expect(report.warnings.filter((w) => w.severity === 'error')).toEqual([]);
  });
});

describe('perfscore score --out', () => {
  test('writes a copy whose cells hold the scores; the input file is unchanged', async () => {
    const input = path.join(tmp, 'sz-input.xlsx');
    fs.copyFileSync(SHENZHEN_XLSX, input);
    const before = sha256(input);
    const out = path.join(tmp, 'sz-scored.xlsx');
    const r = await run('score', input, '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`已写出评分副本：${out}`);
    expect(sha256(input)).toBe(before);

    const snap: WorkbookSnapshot = await (await FileHost.open(out)).readSnapshot();
    // the unit typed its own scores in column I, so computed scores go to a 系统评分 column beside them
    const table = sheetOf(snap, '评分表');
    const headerRow = table.values.findIndex((row) => row.includes('系统评分'));
    expect(headerRow).toBeGreaterThanOrEqual(1);
    const col = table.values[headerRow].indexOf('系统评分');
    expect(col).toBeGreaterThan(8);
    expect(table.values[headerRow][col + 1]).toBe('得分说明');
    for (const [, cell, , score, computed] of SHENZHEN_LEAVES) {
      const row = Number(cell.slice(1)) - 1;
      // a judgement is the unit's own score: 系统评分 says 未核验, never a copy of it
      expect([cell, table.values[row][col]]).toEqual([cell, computed ? Number(score) : '未核验']);
      // the unit's own score is untouched
      expect(valueAt(snap, '评分表', cell)).toBe(Number(score));
    }
    expect(snap.sheets.map((s) => s.name)).toContain('检查结果');
  });

  test('--formulas writes formulas whose cached results are the scores', async () => {
    const out = path.join(tmp, 'sz-formulas.xlsx');
    const r = await run('score', SHENZHEN_XLSX, '--out', out, '--formulas');
    expect(r.code).toBe(0);
    const snap = await (await FileHost.open(out)).readSnapshot();
    const table = sheetOf(snap, '评分表');
    const headerRow = table.values.findIndex((row) => row.includes('系统评分'));
    const col = table.values[headerRow].indexOf('系统评分');
    const formulas = SHENZHEN_LEAVES.map(([, cell]) => table.formulas?.[Number(cell.slice(1)) - 1][col] ?? null);
    expect(formulas.some((f) => f !== null && f.startsWith('='))).toBe(true);
    SHENZHEN_LEAVES.forEach(([, cell, , score, computed]) => expect(table.values[Number(cell.slice(1)) - 1][col]).toBe(computed ? Number(score) : '未核验'));
  });

  test('--out not ending in .xlsx is refused with exit 2 before scoring, and nothing is written', async () => {
    const out = path.join(tmp, 'scored.txt');
    const r = await run('score', SHENZHEN_XLSX, '--out', out);
    expect(r).toEqual({ code: 2, stdout: '', stderr: `--out 应为 .xlsx 文件：${out}\n` });
    expect(fs.existsSync(out)).toBe(false);
  });

  test('--json into a folder that does not exist is refused with exit 2 before scoring, in Chinese', async () => {
    const json = path.join(tmp, '没有这个文件夹', 'r.json');
    const r = await run('score', SHENZHEN_XLSX, '--json', json);
    expect(r).toEqual({ code: 2, stdout: '', stderr: `无法写入 ${json}：文件夹 ${path.dirname(json)} 不存在\n` });
  });

  test('--json under a path that is a file is refused with exit 2 before scoring', async () => {
    const file = path.join(tmp, 'plain-file');
    fs.writeFileSync(file, 'x');
    const json = path.join(file, 'r.json');
    const r = await run('score', SHENZHEN_XLSX, '--json', json);
    expect(r).toEqual({ code: 2, stdout: '', stderr: `无法写入 ${json}：${file} 不是文件夹\n` });
  });

  test('--out naming the input is refused with exit 2 and the input untouched', async () => {
    const input = path.join(tmp, 'same.xlsx');
    fs.copyFileSync(SHENZHEN_XLSX, input);
    const before = sha256(input);
    const r = await run('score', input, '--out', input);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('不能是输入文件本身');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(sha256(input)).toBe(before);
  });
});

describe('perfscore template', () => {
  test('writes a copy with a 基础数据 sheet listing the figures the leaves need, with units', async () => {
    // the Shenzhen table without its 基础数据 sheet, as a unit would start
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SHENZHEN_XLSX);
    wb.removeWorksheet(wb.getWorksheet('基础数据')!.id);
    const input = path.join(tmp, 'sz-no-data.xlsx');
    await wb.xlsx.writeFile(input);
    const before = sha256(input);
    const out = path.join(tmp, 'sz-template.xlsx');
    const r = await run('template', input, '--out', out);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(sha256(input)).toBe(before);
    const snap = await (await FileHost.open(out)).readSnapshot();
    const data = sheetOf(snap, '基础数据');
    const cells = data.values.flat().filter((v): v is string => typeof v === 'string');
    for (const label of ['政府采购计划金额', '实际采购金额', '固定资产原值', '在用固定资产原值', '核定编制数', '在编人数', '编外人数', '四季度支出进度', '满意度']) {
      expect(cells).toContain(label);
    }
    expect(cells).toContain('万元');
    expect(cells).toContain('%');
    // scoring the template (values still empty) reports the figures as missing rather than failing
    const scored = await run('score', out);
    expect(scored.code).toBe(0);
  });

  test('template --out not ending in .xlsx is refused with exit 2, and nothing is written', async () => {
    const out = path.join(tmp, 'template.txt');
    const r = await run('template', SHENZHEN_XLSX, '--out', out);
    expect(r).toEqual({ code: 2, stdout: '', stderr: `--out 应为 .xlsx 文件：${out}\n` });
    expect(fs.existsSync(out)).toBe(false);
  });

  test('template without --out is refused with exit 2', async () => {
    const r = await run('template', SHENZHEN_XLSX);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--out');
  });
});

describe('exit codes and messages', () => {
  test('a missing file: 2, one Chinese line naming it', async () => {
    const file = path.join(tmp, '不存在.xlsx');
    const r = await run('score', file);
    expect(r).toEqual({ code: 2, stdout: '', stderr: `找不到文件：${file}\n` });
  });

  test('a file that is not an xlsx: 2', async () => {
    const file = path.join(tmp, 'report.xlsx');
    fs.writeFileSync(file, '这不是工作簿');
    const r = await run('score', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('不是 .xlsx 工作簿');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  test('a workbook with no indicator table: 2, saying what was looked for', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('通讯录');
    ws.addRow(['姓名', '电话']);
    ws.addRow(['张三', '12345']);
    const file = path.join(tmp, 'no-table.xlsx');
    await wb.xlsx.writeFile(file);
    const r = await run('score', file);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(file);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  test('an unknown option, an unknown framework, a missing input: 2', async () => {
    expect((await run('score', SHENZHEN_XLSX, '--bogus')).code).toBe(2);
    const fw = await run('score', SHENZHEN_XLSX, '--framework', 'beijing');
    expect(fw.code).toBe(2);
    expect(fw.stderr).toContain('shenzhen-2024-department');
    expect((await run('score')).code).toBe(2);
    expect((await run('frobnicate')).code).toBe(2);
  });

  test('--sheet naming a sheet without a table: 2', async () => {
    const r = await run('score', SHENZHEN_XLSX, '--sheet', '基础数据');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('基础数据');
  });

  test('--help and --version: 0', async () => {
    const help = await run('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('perfscore score <输入.xlsx>');
    expect(help.stdout).toContain('  perfscore template <输入.xlsx> --out <输出.xlsx> [--framework <框架>] [--sheet <工作表>]\n');
    expect(help.stdout).toContain('退出码');
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(await run('--version')).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    expect((await run('score', '--help')).stdout).toContain('--formulas');
  });
});

describe('main() dispatches the report and review commands', () => {
  test('report --json writes the 自评报告 paragraphs; review --help prints its usage', async () => {
    const json = path.join(tmp, 'report.json');
    const r = await run('report', SHENZHEN_XLSX, '--json', json);
    expect(r.code).toBe(0);
    const report = JSON.parse(fs.readFileSync(json, 'utf8')) as { total: string; narrative: { section: string }[] };
    expect(report.total).toBe('96.88');
    expect(report.narrative.map((p) => p.section)).toContain('自评结论');
    const review = await run('review', '--help');
    expect(review.code).toBe(0);
    expect(review.stdout).toContain('perfscore review');
    expect((await run('report', SHENZHEN_XLSX, '--bogus')).code).toBe(2);
  });
});

// `perfscore help <command>` and `perfscore <command> --help` print the same text, the command's own
describe.each(COMMANDS.map((c) => [c.name, c] as const))('perfscore %s has its own help', (name, command) => {
  test('help <command> and <command> --help print it, exit 0', async () => {
    expect(await run('help', name)).toEqual({ code: 0, stdout: command.help(), stderr: '' });
    expect(await run(name, '--help')).toEqual({ code: 0, stdout: command.help(), stderr: '' });
    expect(command.help()).toMatch(new RegExp(`^用法：perfscore ${name} `));
  });

  test('perfscore --help lists its usage and summary', async () => {
    const { stdout } = await run('--help');
    expect(stdout).toContain(`\n  ${command.usage}\n`);
    expect(stdout).toContain(`\n  ${name.padEnd(11)}${command.summary}\n`);
  });
});

test('perfscore help names one known command, else exit 2 with one line', async () => {
  expect(await run('help', 'nope')).toEqual({ code: 2, stdout: '', stderr: '未知命令“nope”，可用命令：score、rules、template、report、review、monitor、targets（perfscore --help 查看用法）\n' });
  expect(await run('help', 'score', 'report')).toEqual({ code: 2, stdout: '', stderr: 'perfscore help 只接受一个命令名，收到 2 个：score、report\n' });
  expect(await run('help')).toEqual(await run('--help'));
});

describe('node bin/perfscore.js (the installed command)', () => {
  beforeAll(() => {
    const built = path.join(ROOT, 'lib', 'src', 'cli', 'main.js');
    const sources = ['src/cli', 'src/workbook', 'src/hosts/file', 'src/engine', 'src/frameworks'].flatMap((d) =>
      fs.readdirSync(path.join(ROOT, d), { recursive: true }).map((f) => path.join(ROOT, d, String(f))),
    );
    const stale = !fs.existsSync(built) || sources.some((f) => f.endsWith('.ts') && fs.statSync(f).mtimeMs > fs.statSync(built).mtimeMs);
    if (stale) {
      try {
        execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'pipe' });
      } catch {
        // type errors elsewhere still emit JavaScript; the spawn below shows whether the command works
      }
    }
  }, 120_000);

  test('scores the Shenzhen example: exit 0 and the total in the summary', () => {
    const r = spawnSync(process.execPath, ['bin/perfscore.js', 'score', 'examples/shenzhen-2024.xlsx'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('总分：96.88 / 100.00，等级：优');
  });

  test('a missing file gives exit 2 and one line on stderr', () => {
    const r = spawnSync(process.execPath, ['bin/perfscore.js', 'score', 'examples/none.xlsx'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('找不到文件：examples/none.xlsx\n');
  });
});
