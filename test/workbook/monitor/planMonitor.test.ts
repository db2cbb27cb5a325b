import * as path from 'path';
import { FileHost } from '../../../src/hosts/file';
import { applyToSnapshot, checkedUndo, verifyPlan } from '../../../src/workbook/plan';
import { monitorWorkbook, planCarryForward, planMonitor, MONITOR_REPORT_NAMES } from '../../../src/workbook/monitor';
import { readSettings } from '../../../src/workbook/read';
import type { Change, WorkbookSnapshot } from '../../../src/workbook/port';
import { analyse } from '../../../src/workbook/analyse';

const EXAMPLE = path.resolve(__dirname, '../../../examples/monitoring-2025.xlsx');

let snapshot: WorkbookSnapshot;
beforeAll(async () => {
  snapshot = await (await FileHost.open(EXAMPLE)).readSnapshot();
});

function run(s: WorkbookSnapshot) {
  const r = monitorWorkbook(s);
  if (!r.ok) throw new Error(r.message);
  return r.result;
}

const cellsOn = (changes: Change[], sheet: string) => new Map(changes.flatMap((c) => (c.kind === 'cell' && c.sheet === sheet ? [[c.address, c] as const] : [])));

describe('the monitoring write plan', () => {
  test('lights as words with fills in the first free column, findings beside them, nothing of the form touched', () => {
    const plan = planMonitor(snapshot, run(snapshot));
    const cells = cellsOn(plan.changes, '绩效运行监控表');
    // the form ends in column P; Q and R are empty over its rows (hand-read from the layout)
    const light = (a: string) => {
      const c = cells.get(a);
      return c && c.kind === 'cell' ? [c.value, c.style?.fill ?? null] : null;
    };
    expect(light('Q5')).toEqual(['预警灯', null]);
    expect(light('Q6')).toEqual(['黄灯', '#FFE699']);
    expect(light('Q12')).toEqual(['预警灯', null]);
    expect(['Q14', 'Q15', 'Q16', 'Q17', 'Q18', 'Q19', 'Q20'].map(light)).toEqual([
      ['绿灯', '#C6EFCE'],
      ['黄灯', '#FFE699'],
      ['蓝灯', '#BDD7EE'],
      ['红灯', '#F8CBAD'],
      ['绿灯', '#C6EFCE'],
      ['黄灯', '#FFE699'],
      ['无法判断', null],
    ]);
    expect(cells.get('R8')).toMatchObject({ value: '“上年结转资金”全年预计执行数22.00万元超过预算数20.00万元（为预算的110.00%），全年执行不能超过预算' });
    expect(cells.get('R17')).toMatchObject({ value: '指标“问题整改完成时限”亮红灯（1-7月为18天，超过年度指标值15天），未填写偏差原因' });
    // two findings on row 20 joined in one cell
    expect(String((cells.get('R20') as { value: string }).value).split('；')).toHaveLength(2);
    // every cell written on the form's sheet is in Q or R and was empty
    for (const [address, c] of cells) {
      expect(address).toMatch(/^[QR]\d+$/);
      expect(c.kind === 'cell' && c.previous).toEqual({ value: null, formula: null });
    }
    expect(plan.basis?.table).toMatchObject({ sheet: '绩效运行监控表', range: 'A5:P20' });
    // the report sheet and the settings that say Q, R and 监控报告 are ours
    const report = cellsOn(plan.changes, '监控报告');
    expect(report.get('A1')).toMatchObject({ value: MONITOR_REPORT_NAMES.marker });
    expect(report.get('A2')).toMatchObject({ value: '社区科普惠民服务项目2025年1-7月绩效运行监控报告' });
    const after = applyToSnapshot(snapshot, plan);
    const settings = readSettings(after);
    expect(settings.ownedColumns).toEqual([
      { sheet: '绩效运行监控表', column: 'Q' },
      { sheet: '绩效运行监控表', column: 'R' },
    ]);
    expect(settings.ownedSheets).toEqual(['监控报告']);
  });

  test('the 监控报告 in the house style, its figures worked by hand', () => {
    const plan = planMonitor(snapshot, run(snapshot));
    const texts = [...cellsOn(plan.changes, '监控报告').entries()].filter(([a]) => a.startsWith('A')).map(([, c]) => (c.kind === 'cell' ? c.value : null));
    expect(texts[2]).toBe('一、资金执行情况');
    // 96 ÷ 240 = 40.00%; 7 ÷ 12 = 58.33%; 0.4 ÷ 0.58333 = 68.57%; 234 ÷ 240 = 97.50%
    expect(texts[3]).toBe(
      '2025年1-7月，我单位社区科普惠民服务项目年初预算200.00万元，全年预算240.00万元，1-7月执行96.00万元，执行率40.00%，序时进度58.33%，执行率为序时进度的68.57%，资金执行亮黄灯。全年预计执行234.00万元，占全年预算的97.50%。',
    );
    expect(texts[4]).toBe('二、绩效目标执行情况');
    expect(texts[5]).toBe('项目共设绩效指标7项，1-7月亮绿灯2项、亮蓝灯1项、亮黄灯2项、亮红灯1项，1项无法判断；按最差指标计，项目绩效目标执行亮红灯。');
    expect(texts[6]).toMatch(/^需关注的指标：一是科普培训参与人次（年度指标值≥1200人次），1-7月完成420人次，序时目标为年度指标值的7\/12即700人次，完成序时目标的60.00%，亮黄灯；二是活动验收合格率/);
    expect(texts[8]).toBe('一是科普培训参与人次属经费保障方面，上半年资金拨付较晚，部分培训延至下半年举办；二是居民科学素养属其他方面，部分街道的活动尚未开展。');
    expect(texts[9]).toBe('活动验收合格率、问题整改完成时限偏离目标，尚未说明原因，需补充。');
    expect(texts[11]).toBe('对照全年预计完成情况，年度绩效目标确定能完成4项、有可能完成1项、完全不可能完成1项、未选择1项。');
  });

  test('refused when a figure of the form changed since the preview', () => {
    const plan = planMonitor(snapshot, run(snapshot));
    const changed = structuredClone(snapshot);
    changed.sheets.find((s) => s.name === '绩效运行监控表')!.values[14][4] = '700人次';
    const { conflicts } = verifyPlan(changed, plan);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ kind: 'basis', sheet: '绩效运行监控表', address: 'E15' });
    expect(verifyPlan(snapshot, plan).conflicts).toEqual([]);
  });

  test('undone, the workbook is as it was; run again, our columns and sheet are reused', () => {
    const plan = planMonitor(snapshot, run(snapshot));
    const written = applyToSnapshot(snapshot, plan);
    const undo = checkedUndo(written, plan);
    expect(undo.kept).toEqual([]);
    const back = applyToSnapshot(written, undo.plan);
    expect(back.sheets.map((s) => s.name)).toEqual(snapshot.sheets.map((s) => s.name));
    const form = (s: WorkbookSnapshot) => s.sheets.find((x) => x.name === '绩效运行监控表')!.values.map((row) => row.slice(0, 18).map((v) => v ?? null));
    expect(form(back).flat().filter((v) => v !== null)).toEqual(form(snapshot).flat().filter((v) => v !== null));

    const again = planMonitor(written, run(written));
    expect(again.title).toContain('Q、R列');
    expect(again.title).toContain('更新监控报告');
    expect(again.changes.some((c) => c.kind === 'add-sheet')).toBe(false);
  });

  test('a column the unit filled is never written: the lights move right of it', () => {
    const own = structuredClone(snapshot);
    own.sheets.find((s) => s.name === '绩效运行监控表')!.values[15][16] = '单位自己的批注';
    const plan = planMonitor(own, run(own));
    expect(plan.title).toContain('R、S列');
    expect(cellsOn(plan.changes, '绩效运行监控表').has('Q16')).toBe(false);
  });
});

describe('carry forward to the year-end 自评表', () => {
  test('a new sheet in the national layout with the same indicators and targets, read back as a national form', () => {
    const plan = planCarryForward(snapshot, run(snapshot));
    expect(plan.changes[0]).toEqual({ kind: 'add-sheet', sheet: '项目支出绩效自评表' });
    const after = applyToSnapshot(snapshot, plan);
    const a = analyse(after, { sheet: '项目支出绩效自评表' });
    expect(a.ok).toBe(true);
    if (!a.ok) return;
    expect(a.analysis.framework?.id).toBe('national-project-self-eval');
    const cells = cellsOn(plan.changes, '项目支出绩效自评表');
    const at = (address: string) => (cells.get(address) as { value: unknown } | undefined)?.value ?? null;
    // rows: 5 funds header, 6–9 funds, 10 年度总体目标, 12 header, 13–19 indicators, 20 总分
    expect([at('B6'), at('C6'), at('D6'), at('E6'), at('F6')]).toEqual(['年度资金总额', 200, 240, null, 10]);
    expect([at('A13'), at('B13'), at('C13'), at('D13'), at('E13'), at('F13')]).toEqual(['产出指标', '数量指标', '举办科普讲座场次', '≥24场', null, null]);
    expect([at('A14'), at('B14'), at('C14'), at('D14')]).toEqual([null, null, '科普培训参与人次', '≥1200人次']);
    expect([at('C19'), at('D19'), at('A20')]).toEqual(['参与居民满意度', '≥90%', '总分']);
    // a second carry forward never replaces the first
    expect(planCarryForward(after, run(after)).changes[0]).toEqual({ kind: 'add-sheet', sheet: '项目支出绩效自评表(年终)' });
  });
});
