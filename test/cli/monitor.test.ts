/**
 * `perfscore monitor` end to end over examples/monitoring-2025.xlsx. Every figure below was worked by
 * hand from the example's cells (scripts/monitoringExample.ts lists the working), never copied from a run.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { runCli } from './runCli';

const EXAMPLE = path.resolve(__dirname, '../../examples/monitoring-2025.xlsx');
const SHENZHEN = path.resolve(__dirname, '../../examples/shenzhen-2024.xlsx');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'perfscore-monitor-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const S = '绩效运行监控表';

/** Month 7: 序时进度 7/12 = 58.33%. */
const MONTH_7 = [
  `${EXAMPLE}：社区科普惠民服务项目（工作表“${S}”，1-7月，月份取自表头）`,
  // 96 ÷ 240 = 40.00%; 40% ÷ 58.33% = 68.57% → yellow
  '  资金执行  黄灯  全年预算数240.00万元，1-7月执行96.00万元，执行率40.00%，序时进度58.33%，为序时进度的68.57%',
  // 24 ÷ 12 × 7 = 14; 15 ÷ 14 = 107.14%
  '  绿灯  举办科普讲座场次（≥24场）：1-7月完成15场，序时目标为年度指标值的7/12即14场，完成序时目标的107.14%',
  // 1200 ÷ 12 × 7 = 700; 420 ÷ 700 = 60.00%, not below 60%
  '  黄灯  科普培训参与人次（≥1200人次）：1-7月完成420人次，序时目标为年度指标值的7/12即700人次，完成序时目标的60.00%',
  // 100% ÷ 58.33% = 171.43%
  '  蓝灯  活动验收合格率（=100%）：1-7月完成100.00%，序时目标为年度指标值的7/12即58.33%，完成序时目标的171.43%',
  '  红灯  问题整改完成时限（≤15天）：1-7月为18天，超过年度指标值15天',
  '  绿灯  单场讲座平均成本（≤2万元）：1-7月为1.80万元，未超过年度指标值2.00万元',
  '  黄灯  居民科学素养（有效提升）：1-7月执行情况为“部分达成”（部分达成）',
  '  无法判断  参与居民满意度（≥90%）：1-7月执行情况“年底开展调查”不是数值，无法与年度指标值“≥90%”比较',
  '  项目预警灯：红灯（按最差指标）',
  '  检查提示（6）：',
  `    [错误] ${S}!G8：“上年结转资金”全年预计执行数22.00万元超过预算数20.00万元（为预算的110.00%），全年执行不能超过预算`,
  `    [警告] ${S}!L16：指标“活动验收合格率”偏离序时目标71.43%，达到15.00%的提醒线（1-7月完成100.00%，序时目标为年度指标值的7/12即58.33%，完成序时目标的171.43%），未填写偏差原因`,
  `    [错误] ${S}!L17：指标“问题整改完成时限”亮红灯（1-7月为18天，超过年度指标值15天），未填写偏差原因`,
  `    [警告] ${S}!M19：指标“居民科学素养”全年预计完成“达成”可达到年度指标值“有效提升”，完成目标可能性却选“完全不可能”`,
  `    [警告] ${S}!E20：指标“参与居民满意度”1-7月执行情况“年底开展调查”不是数值，无法与年度指标值“≥90%”比较，无法判断预警灯`,
  `    [提示] ${S}!M20：指标“参与居民满意度”未选择完成目标可能性（确定能、有可能、完全不可能）`,
  '',
].join('\n');

describe('perfscore monitor', () => {
  test('one form: the month from its headers, every light and finding worked by hand', async () => {
    const r = await runCli('monitor', EXAMPLE);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe(MONTH_7);
  });

  test('--month 6 re-times the lights (序时进度 50%) and says the form named 1-7月', async () => {
    const r = await runCli('monitor', EXAMPLE, '--month', '6');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(`${EXAMPLE}：社区科普惠民服务项目（工作表“${S}”，1-6月，月份由 --month 指定）`);
    expect(lines[1]).toBe('  说明：表中所列为 1-7月，按指定的 1-6月计算');
    // 40% ÷ 50% = 80.00% → green from 80%
    expect(lines[2]).toBe('  资金执行  绿灯  全年预算数240.00万元，1-6月执行96.00万元，执行率40.00%，序时进度50.00%，为序时进度的80.00%');
    // 15 ÷ 12 = 125.00% → blue; 420 ÷ 600 = 70.00% → yellow; 100% ÷ 50% = 200.00% → blue
    expect(lines[3]).toBe('  蓝灯  举办科普讲座场次（≥24场）：1-6月完成15场，序时目标为年度指标值的6/12即12场，完成序时目标的125.00%');
    expect(lines[4]).toBe('  黄灯  科普培训参与人次（≥1200人次）：1-6月完成420人次，序时目标为年度指标值的6/12即600人次，完成序时目标的70.00%');
    expect(lines[5]).toBe('  蓝灯  活动验收合格率（=100%）：1-6月完成100.00%，序时目标为年度指标值的6/12即50.00%，完成序时目标的200.00%');
  });

  test('--json: amounts and percents as 2-place strings, lights by code and name, findings with their cells', async () => {
    const json = path.join(tmp, 'm.json');
    expect((await runCli('monitor', EXAMPLE, '--json', json)).code).toBe(0);
    const data = JSON.parse(fs.readFileSync(json, 'utf8'));
    expect(data.version).toBe(1);
    const f = data.files[0];
    expect([f.ok, f.month, f.monthSource, f.year, f.range]).toEqual([true, 7, 'form', '2025', 'A5:P20']);
    expect(f.funds).toMatchObject({ budget: '240.00', executed: '96.00', forecast: '234.00', executionRatePercent: '40.00', elapsedPercent: '58.33', ratioPercent: '68.57', light: { code: 'yellow', name: '黄灯' } });
    expect(f.indicators.map((i: { light: { name: string } | null }) => i.light?.name ?? null)).toEqual(['绿灯', '黄灯', '蓝灯', '红灯', '绿灯', '黄灯', null]);
    expect(f.indicators.map((i: { ratioPercent: string | null }) => i.ratioPercent)).toEqual(['107.14', '60.00', '171.43', null, null, null, null]);
    expect(f.indicators[1]).toMatchObject({ causeCategories: ['经费保障'], likelihood: '有可能', deviates: true, forecastMeetsTarget: false });
    expect(f.projectLight).toEqual({ code: 'red', name: '红灯' });
    expect(f.findings.map((x: { code: string; address: string }) => `${x.code} ${x.address}`)).toEqual([
      'MONITOR_FORECAST_OVER_BUDGET G8',
      'MONITOR_DEVIATION_WITHOUT_CAUSE L16',
      'MONITOR_RED_WITHOUT_CAUSE L17',
      'MONITOR_LIKELIHOOD_CONTRADICTS M19',
      'MONITOR_UNREADABLE E20',
      'MONITOR_LIKELIHOOD_MISSING M20',
    ]);
  });

  test('--out: a copy with the lights as words and fills, the 监控报告 sheet, the input untouched', async () => {
    const before = fs.readFileSync(EXAMPLE);
    const out = path.join(tmp, 'written.xlsx');
    const r = await runCli('monitor', EXAMPLE, '--out', out);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain(`  已写出：${out}（写入运行监控结果（预警灯与监控提示写入${S}!Q、R列；写入监控报告（新建“监控报告”工作表）））`);
    expect(fs.readFileSync(EXAMPLE).equals(before)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet(S)!;
    const fill = (a: string) => (ws.getCell(a).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb ?? null;
    expect([ws.getCell('Q12').value, ws.getCell('Q17').value, fill('Q17'), ws.getCell('Q6').value, fill('Q6')]).toEqual(['预警灯', '红灯', 'FFF8CBAD', '黄灯', 'FFFFE699']);
    expect(ws.getCell('C17').value).toBe('问题整改完成时限');
    expect(wb.getWorksheet('监控报告')!.getCell('A2').value).toBe('社区科普惠民服务项目2025年1-7月绩效运行监控报告');
  });

  test('--carry-forward: the year-end 自评表 on a new sheet of the copy', async () => {
    const out = path.join(tmp, 'carried.xlsx');
    const r = await runCli('monitor', EXAMPLE, '--carry-forward', '--out', out);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('项目支出绩效自评表')!;
    expect([ws.getCell('A1').value, ws.getCell('C13').value, ws.getCell('D13').value, ws.getCell('E13').value]).toEqual(['项目支出绩效自评表', '举办科普讲座场次', '≥24场', null]);
    // carry forward writes no lights
    expect(wb.getWorksheet(S)!.getCell('Q17').value).toBeNull();
  });

  test('a folder: each form in turn, files that are not forms said on stderr, a tally of project lights, copies in the --out folder', async () => {
    const dir = path.join(tmp, 'units');
    fs.mkdirSync(dir);
    fs.copyFileSync(EXAMPLE, path.join(dir, 'a.xlsx'));
    fs.copyFileSync(SHENZHEN, path.join(dir, 'b.xlsx'));
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'x');
    const outDir = path.join(tmp, 'units-out');
    const r = await runCli('monitor', dir, '--out', outDir);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`${path.join(dir, 'b.xlsx')}：工作簿中没有绩效运行监控表`);
    expect(r.stderr).toContain(`跳过 ${path.join(dir, 'notes.txt')}：不是 .xlsx 工作簿`);
    expect(r.stdout.trimEnd().split('\n').pop()).toBe('共 2 个工作簿，项目预警灯：红灯 1、未能读取 1');
    expect(fs.existsSync(path.join(outDir, 'a.xlsx'))).toBe(true);
    expect(fs.existsSync(path.join(outDir, 'b.xlsx'))).toBe(false);
  });

  test('bad input: exit 2 with one Chinese line', async () => {
    expect(await runCli('monitor', EXAMPLE, '--month', '13')).toMatchObject({ code: 2, stderr: '--month 应为 1 到 12 的整数，收到“13”\n' });
    expect(await runCli('monitor', EXAMPLE, '--carry-forward')).toMatchObject({ code: 2, stderr: '--carry-forward 需要 --out：年终自评表写入副本，从不改写输入文件\n' });
    const plain = await runCli('monitor', SHENZHEN);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toMatch(/^.*shenzhen-2024\.xlsx：工作簿中没有绩效运行监控表/);
    expect((await runCli('monitor', EXAMPLE, '--out', EXAMPLE)).code).toBe(2);
  });

  test('its own help, and a line in perfscore --help', async () => {
    const help = await runCli('monitor', '--help');
    expect(help.stdout).toContain('(执行数 ÷ 预算数) ÷ (月 ÷ 12)，低于 60% 红灯');
    expect((await runCli('--help')).stdout).toContain('perfscore monitor <工作簿或文件夹>');
  });
});
