import type { CellValue, WorkbookSnapshot } from '../../../src/workbook/port';
import { isMonitorWorkbook, monitorWorkbook, readMonitorForm } from '../../../src/workbook/monitor';

/**
 * Monitoring forms as units lay them out: one header row with a single 偏差原因 column and a typed
 * 完成可能性 (a provincial variant), the month in the headers or nowhere. Truth worked by hand.
 */

function sheet(name: string, rows: CellValue[][]): WorkbookSnapshot {
  return { sheets: [{ name, values: rows }] };
}

/** One header row; 1至6月; 调整后预算数; a total row called 合计; cause and likelihood as text. */
const VARIANT: CellValue[][] = [
  ['2024年项目绩效运行监控表', null, null, null, null, null, null, null, null],
  ['项目名称', '乡村文化站运维', null, null, null, null, null, null, null],
  [null, '资金', '年初预算数', '调整后预算数', '1至6月执行数', '全年预计执行数', null, null, null],
  [null, '合计', 100, 120, '30', '118', null, null, null],
  [null, '其中：财政拨款', 100, 120, 30, 118, null, null, null],
  [null, null, null, null, null, null, null, null, null],
  ['一级指标', '二级指标', '三级指标', '年度指标值', '1至6月执行情况', '全年预计完成情况', '偏差原因', '完成可能性', '备注'],
  ['产出指标', '数量指标', '开放天数', '≥300天', '100天', '300天', '人员保障：管理员空缺两个月', '有可能', null],
  [null, null, '设备完好率', '≥95%', '96%', '95%', null, '确定能', null],
  [null, '成本指标', '运维成本', '≤40万元', '45万元', '48万元', null, '确定能', null],
  ['效益指标', '社会效益指标', '群众文化生活', '明显改善', '未达成', '基本达成', null, '完全不可能', null],
  ['说明：本表金额单位为万元。', null, null, null, null, null, null, null, null],
];

describe('reading a monitoring form', () => {
  test('a one-header-row variant: columns by their words, the month from the header, the project and year', () => {
    const read = readMonitorForm(sheet('监控', VARIANT));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const f = read.form;
    expect([f.month, f.monthSource, f.year, f.projectName, f.range]).toEqual([6, 'form', '2024', '乡村文化站运维', 'A3:I11']);
    expect(f.funds.map((r) => [r.label, r.isTotal, r.budget?.ok && r.budget.value.toString(), r.executed?.ok && r.executed.value.toString()])).toEqual([
      ['合计', true, '120', '30'],
      ['其中：财政拨款', false, '120', '30'],
    ]);
    expect(f.indicators.map((r) => [r.level1, r.level2, r.name, r.likelihood])).toEqual([
      ['产出指标', '数量指标', '开放天数', '有可能'],
      ['产出指标', '数量指标', '设备完好率', '确定能'],
      ['产出指标', '成本指标', '运维成本', '确定能'],
      ['效益指标', '社会效益指标', '群众文化生活', '完全不可能'],
    ]);
    // a category named in a single 偏差原因 column counts as that category
    expect(f.indicators[0].cause).toEqual({ categories: ['人员保障'], explanation: '人员保障：管理员空缺两个月' });
    expect(f.indicators[0].causeAddress).toBe('G8');
  });

  test('its lights, worked by hand for month 6 (序时进度 50%)', () => {
    const run = monitorWorkbook(sheet('监控', VARIANT));
    expect(run.ok).toBe(true);
    if (!run.ok) return;
    const r = run.result;
    // funds: 30 ÷ 120 = 25%; 25% ÷ 50% = 50% → red
    expect([r.funds!.light!.ratio.toString(), r.funds!.light!.light]).toEqual(['0.5', 'red']);
    // 开放天数: 100 ÷ (300 ÷ 12 × 6 = 150) = 66.67% → yellow; 完好率: 0.96 ÷ 0.475 = 202.1% → blue;
    // 运维成本: 45 > 40 → red; 群众文化生活: 未达成 → red
    expect(r.indicators.map((o) => o.light)).toEqual(['yellow', 'blue', 'red', 'red']);
    expect(r.projectLight).toBe('red');
    const codes = r.findings.map((f) => `${f.code} ${f.address}`);
    expect(codes).toEqual([
      // 118 ≤ 120: no forecast finding. The funds block has no 备注 column: no place for a cause.
      // 开放天数 deviates 33.33% but gives a cause: nothing. 完好率 deviates 102% with no cause:
      'MONITOR_DEVIATION_WITHOUT_CAUSE G9',
      // 运维成本 red, no cause; forecast 48万元 > 40 misses the target yet 确定能
      'MONITOR_RED_WITHOUT_CAUSE G10',
      'MONITOR_LIKELIHOOD_CONTRADICTS H10',
      // 群众文化生活 red, no cause; forecast 基本达成 (部分达成) misses the target and 完全不可能 does not contradict
      'MONITOR_RED_WITHOUT_CAUSE G11',
    ]);
    expect(r.findings[2].message).toBe('监控!H10：指标“运维成本”全年预计完成“48万元”达不到年度指标值“≤40万元”，完成目标可能性却选“确定能”');
  });

  test('a form that names no month is read as 1-7月, and says so; --month overrides and says what the form said', () => {
    const noMonth = VARIANT.map((row) => row.map((v) => (typeof v === 'string' ? v.replace('1至6月', '') : v)));
    const read = readMonitorForm(sheet('监控', noMonth));
    expect(read.ok && [read.form.month, read.form.monthSource, read.form.notes]).toEqual([7, 'default', ['表中未写明监控月份（如“1-7月执行数”），按默认的 1-7月计算']]);
    const given = readMonitorForm(sheet('监控', VARIANT), { month: 8 });
    expect(given.ok && [given.form.month, given.form.monthSource, given.form.notes]).toEqual([8, 'given', ['表中所列为 1-6月，按指定的 1-8月计算']]);
  });

  test('a month outside 1–12 is refused, and a workbook without the form is said to have none', () => {
    expect(monitorWorkbook(sheet('监控', VARIANT), { month: 13 })).toEqual({ ok: false, message: '监控月份应为 1 到 12 的整数，收到“13”' });
    const plain = sheet('评分表', [['一级指标', '二级指标', '三级指标', '分值', '得分']]);
    expect(isMonitorWorkbook(plain)).toBe(false);
    expect(isMonitorWorkbook(sheet('监控', VARIANT))).toBe(true);
    const none = readMonitorForm(plain);
    expect(none.ok).toBe(false);
    expect(!none.ok && none.message).toContain('工作簿中没有绩效运行监控表');
  });

  test('an unreadable funds figure and a forecast above the budget are findings naming the cell', () => {
    const rows = VARIANT.map((row) => [...row]);
    rows[3][4] = '三十';
    rows[4][5] = 121;
    const run = monitorWorkbook(sheet('监控', rows));
    expect(run.ok).toBe(true);
    if (!run.ok) return;
    const msgs = run.result.findings.filter((f) => f.code === 'MONITOR_UNREADABLE' || f.code === 'MONITOR_FORECAST_OVER_BUDGET').map((f) => f.message);
    expect(msgs[0]).toMatch(/^监控!E4：“合计”的“三十”无法识别/);
    expect(msgs[1]).toBe('监控!F5：“其中：财政拨款”全年预计执行数121.00万元超过预算数120.00万元（为预算的100.83%），全年执行不能超过预算');
    expect(msgs[2]).toBe('监控!E4：“合计”1-6月执行数无法识别，无法判断资金执行预警灯');
  });
});

describe('thresholds stored in the settings sheet', () => {
  const settings = (rows: CellValue[][]) => ({ name: '_perfscore', values: [['perfscore-settings', '1', null], ...rows], hidden: true });

  test('a stored funds threshold re-lights the funds: 50% of 序时进度 is red by default, yellow with fundsRed 40%', () => {
    const stored: WorkbookSnapshot = { sheets: [{ name: '监控', values: VARIANT }, settings([['monitorThreshold', 'fundsRed', '40%']])] };
    const run = monitorWorkbook(stored);
    expect(run.ok && [run.result.funds!.light!.light, run.result.thresholds.fundsRed.toString()]).toEqual(['yellow', '0.4']);
  });

  test('a stored value that is not a number is ignored and reported', () => {
    const stored: WorkbookSnapshot = { sheets: [{ name: '监控', values: VARIANT }, settings([['monitorThreshold', 'deviation', '一成半']])] };
    const run = monitorWorkbook(stored);
    expect(run.ok && run.result.findings[0]).toMatchObject({ code: 'MONITOR_SETTING_IGNORED', sheet: '_perfscore', message: '预警阈值 deviation 的设置“一成半”不是数值，已按默认值 15% 计' });
  });

  test('a form on another sheet is read when named, and a sheet that is not there is said so', () => {
    const two: WorkbookSnapshot = { sheets: [{ name: '封面', values: [['2024年监控']] }, { name: '监控', values: VARIANT }] };
    expect(readMonitorForm(two, { sheet: '监控' }).ok).toBe(true);
    expect(readMonitorForm(two, { sheet: '封面' })).toMatchObject({ ok: false, message: expect.stringContaining('工作表“封面”中没有绩效运行监控表') });
    expect(readMonitorForm(two, { sheet: '无此表' })).toEqual({ ok: false, message: '工作簿中没有名为“无此表”的工作表' });
  });
});
