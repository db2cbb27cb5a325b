/**
 * Scoring options of the command line that set a setting for one run: `--over-achievement <ratio>`.
 * The workbook is built here (a national form like QA's w07: 30场 against ≥20场 with no 偏差原因).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { runSettings } from '../../src/cli/shared/args';
import { score } from '../../src/cli/commands/score';
import { runCli } from './runCli';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'perfscore-options-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const run = runCli;

async function nationalWorkbook(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('项目支出绩效自评表');
  const rows: (string | number | null)[][] = [
    ['项目支出绩效自评表'],
    ['（2024年度）'],
    ['项目名称', '科普活动项目'],
    ['项目资金（万元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['年度资金总额', null, 200, 200, 150, 10, '75.00%', 7.5],
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
    ['产出指标', '数量指标', '举办科普活动场次', '≥20场', '30场', 40, 40, null],
    ['产出指标', '数量指标', '培训参与人次', '≥500人次', '520人次', 10, 10, null],
    ['效益指标', '社会效益指标', '社会知晓率', '≥95%', '98%', 30, 30, null],
    ['满意度指标', '服务对象满意度指标', '参与学生满意度', '≥90%', '92%', 10, 10, null],
    ['总分', null, null, null, null, 100, 97.5, null],
  ];
  for (const r of rows) ws.addRow(r);
  const file = path.join(tmp, 'national.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

interface Report {
  warnings: { code: string; severity: string; cell: string; message: string }[];
}

describe('perfscore score --over-achievement', () => {
  test('off by default; with 1.3 the 150% row without a 偏差原因 draws OVER_ACHIEVEMENT', async () => {
    const file = await nationalWorkbook();
    const plainJson = path.join(tmp, 'plain.json');
    const plain = await run('score', file, '--json', plainJson);
    expect([plain.code, plain.stderr]).toEqual([0, '']);
    const without = JSON.parse(fs.readFileSync(plainJson, 'utf8')) as Report;
    expect(without.warnings.filter((w) => w.code === 'OVER_ACHIEVEMENT')).toEqual([]);

    const onJson = path.join(tmp, 'on.json');
    const on = await run('score', file, '--json', onJson, '--over-achievement', '1.3');
    expect([on.code, on.stderr]).toEqual([0, '']);
    const over = (JSON.parse(fs.readFileSync(onJson, 'utf8')) as Report).warnings.filter((w) => w.code === 'OVER_ACHIEVEMENT');
    expect(over).toHaveLength(1); // 520/500 = 104% is below 130%
    expect(over[0].message).toContain('举办科普活动场次');
    expect(over[0].message).toContain('150.00%');
    // the same through --name=value and as a percentage
    const pct = await run('score', file, '--over-achievement=130%');
    expect(pct.code).toBe(0);
  });

  test('a ratio that is no number, or not above 1, is bad input (exit 2, one Chinese line)', async () => {
    const file = await nationalWorkbook();
    for (const bad of ['abc', '0.5', '1', '-2']) {
      const r = await run('score', file, '--over-achievement', bad);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--over-achievement');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect((await run('score', file, '--over-achievement')).code).toBe(2);
  });

  test('runSettings reads the option into the run settings; the help names it', () => {
    expect(runSettings({ 'over-achievement': '1.3' })).toEqual({ settings: { overAchievementThreshold: '1.3' } });
    expect(runSettings({ 'over-achievement': '150%' })).toEqual({ settings: { overAchievementThreshold: '1.5' } });
    expect(runSettings({})).toEqual({});
    expect(score.help()).toContain('--over-achievement');
  });
});

describe('report and review take the same run setting', () => {
  test('report --json lists the over-achievement reason only with the option', async () => {
    const file = await nationalWorkbook();
    const off = path.join(tmp, 'report-off.json');
    const on = path.join(tmp, 'report-on.json');
    expect((await run('report', file, '--json', off)).code).toBe(0);
    expect((await run('report', file, '--json', on, '--over-achievement', '1.3')).code).toBe(0);
    expect((await run('report', file, '--over-achievement', '0.9')).code).toBe(2);
    const text = (f: string) => fs.readFileSync(f, 'utf8');
    // the setting reaches the analysis: the 1.3 run's steps mention the too-low target, the default run's do not
    expect(text(off)).not.toContain('目标设置可能偏低');
    expect(text(on)).toContain('目标设置可能偏低');
  });

  test('review counts the finding per unit only with the option', async () => {
    const file = await nationalWorkbook();
    const dir = path.join(tmp, 'units');
    fs.mkdirSync(dir, { recursive: true });
    fs.copyFileSync(file, path.join(dir, 'national.xlsx'));
    const offJson = path.join(tmp, 'review-off.json');
    const onJson = path.join(tmp, 'review-on.json');
    expect((await run('review', dir, '--out', path.join(tmp, 'review-off.xlsx'), '--json', offJson)).code).toBe(0);
    expect((await run('review', dir, '--out', path.join(tmp, 'review-on.xlsx'), '--json', onJson, '--over-achievement', '1.3')).code).toBe(0);
    expect(fs.readFileSync(offJson, 'utf8')).not.toContain('OVER_ACHIEVEMENT');
    expect(fs.readFileSync(onJson, 'utf8')).toContain('OVER_ACHIEVEMENT');
  });
});

describe('--grade-bands', () => {
  const shenzhen = path.resolve(__dirname, '../../examples/shenzhen-2024.xlsx');

  test('grades the run by the bands given and says so (96.88 is 良 when 优 starts at 97)', async () => {
    const r = await run('score', shenzhen, '--grade-bands', '97/90/60');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('总分：96.88 / 100.00，等级：良（等级标准 97/90/60）');
  });

  test('the national bands are not announced', async () => {
    const r = await run('score', shenzhen);
    expect(r.stdout).toContain('总分：96.88 / 100.00，等级：优\n');
  });

  test('bands that do not fall from 100 are bad input (exit 2, one Chinese line)', async () => {
    for (const bad of ['60/70/80', '90/80', 'a/b/c', '120/80/60']) {
      const r = await run('score', shenzhen, '--grade-bands', bad);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`选项 --grade-bands 应为三个递减的分数`);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  test('runSettings reads it into the run settings; every scoring command’s help names it', () => {
    expect(runSettings({ 'grade-bands': '80/70/60' })).toEqual({ gradeBands: { 优: '80', 良: '70', 中: '60' } });
    expect(score.help()).toContain('--grade-bands');
  });
});
