import fc from 'fast-check';
import type { CellValue, WorkbookSnapshot } from '../../src/workbook/port';
import { planScoreWrite, sumFormula } from '../../src/workbook/plan/planScores';
import { applyToSnapshot, trim } from '../../src/workbook/plan/applyToSnapshot';
import { invertPlan } from '../../src/workbook/plan/undo';
import { parseA1 } from '../../src/workbook/read/address';
import { readSettings } from '../../src/workbook/read/settings';
import { guangzhouSnapshot, nationalSnapshot, sheet, shenzhenSnapshot } from './fixtures';
import { analysed } from './helpers';

function cellChanges(plan: ReturnType<typeof planScoreWrite>) {
  return plan.changes.filter((c): c is Extract<typeof c, { kind: 'cell' }> => c.kind === 'cell');
}

function at(snap: WorkbookSnapshot, sheetName: string, address: string): CellValue {
  const pos = parseA1(address);
  const s = snap.sheets.find((x) => x.name === sheetName);
  return pos && s ? s.values[pos.row]?.[pos.col] ?? null : null;
}

describe('planScoreWrite', () => {
  test('self-scores present: computed scores go to a new 系统评分 column beside the table, with 得分说明 and 检查提示 columns', () => {
    const snap = shenzhenSnapshot({ 固定资产利用率: 0.7, 总分: 96.58 });
    const plan = planScoreWrite(analysed(snap), { formulas: false });
    const cells = cellChanges(plan);
    expect(cells.find((c) => c.address === 'J3')).toMatchObject({ sheet: '评分表', value: '系统评分' });
    expect(cells.find((c) => c.address === 'K3')).toMatchObject({ value: '得分说明' });
    expect(cells.find((c) => c.address === 'L3')).toMatchObject({ value: '检查提示' });
    // 固定资产利用率 58.53 ÷ 64.37 = 90.93% ≥ 90% → 1 (domain.md §3), beside the unit's 0.70
    expect(cells.find((c) => c.address === 'J34')).toMatchObject({ value: 1, previous: { value: null, formula: null } });
    expect(cells.find((c) => c.address === 'K34')?.value).toBe('计算：固定资产利用率 = 58.53 ÷ 64.37 = 90.93%；适用档次“≥90.00%”，得 1.00 分（满分 1.00 分）');
    expect(String(cells.find((c) => c.address === 'L34')?.value)).toContain('自评得分 0.70');
    // 预算编制合理性 is judged by eye: the unit's 5 is not ours to state, so 未核验; the total over it is 不完整
    expect(cells.find((c) => c.address === 'J6')).toMatchObject({ value: '未核验' });
    expect(cells.find((c) => c.address === 'K6')?.value).toBe('判断：评分标准需人工判断：自评 5.00 分，在 0 至 5.00 分之内，未经核验');
    expect(cells.find((c) => c.address === 'J66')).toMatchObject({ value: '不完整' });
    // The user's own score column is untouched.
    expect(cells.some((c) => c.sheet === '评分表' && c.address.startsWith('I'))).toBe(false);
    expect(plan.changes).toContainEqual({ kind: 'add-sheet', sheet: '检查结果' });
    const result = cells.filter((c) => c.sheet === '检查结果');
    expect(result.some((c) => c.value === 'SELF_SCORE_DIFFERS')).toBe(true);
  });

  test('an empty score column is filled directly, with =SUM for the total', () => {
    const blank = Object.fromEntries(
      ['预算编制合理性', '预算编制规范性', '绩效目标完整性', '绩效指标明确性', '政府采购执行情况', '财务规范性', '预决算信息公开', '项目实施程序', '项目监管', '资产管理安全性', '固定资产利用率', '财政供养人员控制率', '编外人员控制率', '管理制度健全性', '公用经费控制率', '预算执行率', '重点工作完成情况', '项目完成及时性', '效益', '群众信访办理情况', '公众或服务对象满意度', '总分'].map((k) => [k, null]),
    );
    const a = analysed(shenzhenSnapshot(blank), {});
    const plan = planScoreWrite(a, { formulas: true });
    const cells = cellChanges(plan);
    expect(cells.find((c) => c.address === 'J3')?.value).toBe('得分说明');
    expect(cells.find((c) => c.address === 'K3')?.value).toBe('检查提示');
    const fixedAsset = cells.find((c) => c.sheet === '评分表' && c.address === 'I34');
    expect(fixedAsset).toMatchObject({ value: 1, formula: '=PERF.SCORE_TIERS(PERF.RATE(基础数据!B30,基础数据!B29),">=90%:1;>=75%:0.7;>=60%:0.4;else:0")' });
    expect(cells.find((c) => c.address === 'I54')?.formula).toBe('=PERF.SCORE_RATIO(基础数据!B39,基础数据!B38,6)');
    // Judgement leaves with no typed score stay empty: the total would be a part of the table's, so it is not written
    expect(cells.find((c) => c.address === 'I66')).toBeUndefined();
    expect(cells.find((c) => c.address === 'I6')).toBeUndefined();
  });

  test('formulas: procurement references 基础数据 and carries the judged policy point', () => {
    const a = analysed(shenzhenSnapshot({ 政府采购执行情况: null }, { 'procurement.policy': undefined }), {});
    const plan = planScoreWrite(a, { formulas: true });
    // With the typed score blank the policy point cannot be derived: the leaf is unverified, no number written.
    expect(cellChanges(plan).find((c) => c.address === 'I18')).toBeUndefined();
    expect(cellChanges(plan).find((c) => c.address === 'J18')?.value).toBe('未核验');
    const b = analysed(shenzhenSnapshot());
    const cells = cellChanges(planScoreWrite(b, { formulas: true }));
    expect(cells.find((c) => c.address === 'J18')).toMatchObject({ value: 1.89, formula: '=PERF.SCORE_PROCUREMENT(基础数据!B25,基础数据!B24,1)' });
  });

  test('national form: 预算执行率 formula over the funds block', () => {
    const cells = cellChanges(planScoreWrite(analysed(nationalSnapshot()), { formulas: true }));
    expect(cells.find((c) => c.address === 'I6')).toMatchObject({ value: 9.5, formula: '=PERF.SCORE_BUDGET(项目自评表!E6,项目自评表!D6,10)' });
    expect(cells.find((c) => c.address === 'I14')).toMatchObject({ value: 89.9, formula: '=SUM(I6,I9:I13)' });
  });

  test('a second run reuses our columns and our 检查结果 sheet, and records them in settings', () => {
    const snap = guangzhouSnapshot();
    const first = planScoreWrite(analysed(snap), { formulas: false });
    const after = applyToSnapshot(snap, first);
    const settings = readSettings(after);
    expect(settings.ownedColumns).toEqual([
      { sheet: '表5', column: 'F' },
      { sheet: '表5', column: 'G' },
      { sheet: '表5', column: 'H' },
    ]);
    expect(settings.ownedSheets).toEqual(['检查结果']);
    // the 检查结果 summary puts the unit's claimed total beside ours (seed 003: the 合计 row says 100, its leaves 95.82)
    expect(at(after, '检查结果', 'A2')).toBe('广州市部门整体支出绩效评价指标：总分 95.82（满分 100.00，等级“优”）；单位自评总分 100.00（合计行；各项自评分之和 95.82）；错误 1 条，警告 1 条，提示 0 条。');
    const second = planScoreWrite(analysed(after), { formulas: false });
    expect(second.changes.some((c) => c.kind === 'add-sheet')).toBe(false);
    expect(cellChanges(second).every((c) => !['I', 'J'].includes(c.address[0]) || c.sheet !== '表5')).toBe(true);
    // Nothing changed since: the second plan rewrites nothing on the table sheet.
    expect(cellChanges(second).filter((c) => c.sheet === '表5')).toEqual([]);
  });

  test('a foreign 检查结果 sheet is left alone: ours gets another name', () => {
    const snap = guangzhouSnapshot();
    snap.sheets.push(sheet('检查结果', [['我自己的检查记录']]));
    const plan = planScoreWrite(analysed(snap), { formulas: false });
    expect(plan.changes).toContainEqual({ kind: 'add-sheet', sheet: '检查结果2' });
    expect(cellChanges(plan).some((c) => c.sheet === '检查结果')).toBe(false);
  });

  test('a user value beside the table pushes our columns further right', () => {
    const snap = guangzhouSnapshot();
    snap.sheets[0].values[5][5] = '备注：专项'; // F6
    const plan = planScoreWrite(analysed(snap), { formulas: false });
    expect(cellChanges(plan).find((c) => c.value === '系统评分')?.address).toBe('G2');
  });

  test('sumFormula groups consecutive rows', () => {
    expect(sumFormula(9, [5, 10, 11, 12, 17])).toBe('=SUM(J6,J11:J13,J18)');
  });

  const userCell = fc.record({
    row: fc.integer({ min: 0, max: 70 }),
    col: fc.integer({ min: 0, max: 14 }),
    value: fc.oneof(fc.constant<CellValue>('用户备注'), fc.integer({ min: -5, max: 200 }) as fc.Arbitrary<CellValue>, fc.constant<CellValue>(null)),
  });
  const variant = fc.record({
    edits: fc.array(userCell, { maxLength: 12 }),
    blanks: fc.subarray(['预算编制合理性', '政府采购执行情况', '预算执行率', '项目监管', '效益', '总分']),
    formulas: fc.boolean(),
    result: fc.boolean(),
  });

  function build(v: { edits: { row: number; col: number; value: CellValue }[]; blanks: string[]; formulas: boolean; result: boolean }) {
    const snap = shenzhenSnapshot(Object.fromEntries(v.blanks.map((b) => [b, null])));
    const values = snap.sheets[0].values;
    for (const e of v.edits) {
      // Edits right of the table only touch free space, so the table itself stays readable.
      if (e.col < 9) continue;
      while (values.length <= e.row) values.push([]);
      while (values[e.row].length <= e.col) values[e.row].push(null);
      values[e.row][e.col] = e.value;
    }
    if (v.result) snap.sheets.push(sheet('检查结果', [['别人的表']]));
    return snap;
  }

  test('property: every changed cell was empty before, or lies in a sheet we add or own', () => {
    fc.assert(
      fc.property(variant, (v) => {
        const snap = build(v);
        const plan = planScoreWrite(analysed(snap), { formulas: v.formulas });
        const added = new Set(plan.changes.filter((c) => c.kind === 'add-sheet').map((c) => c.sheet));
        return cellChanges(plan).every((c) => {
          const before = at(snap, c.sheet, c.address);
          const honest = c.previous.value === before;
          const empty = before === null || before === '';
          return honest && (empty || added.has(c.sheet) || c.sheet === '_perfscore');
        });
      }),
      { numRuns: 60 },
    );
  });

  test('property: invertPlan restores the snapshot exactly, also after a second run', () => {
    fc.assert(
      fc.property(variant, (v) => {
        const snap = build(v);
        const plan = planScoreWrite(analysed(snap), { formulas: v.formulas });
        const after = applyToSnapshot(snap, plan);
        const restored = applyToSnapshot(after, invertPlan(plan));
        expect(restored.sheets).toEqual(snap.sheets.map(trim));
        const again = planScoreWrite(analysed(after), { formulas: !v.formulas });
        const after2 = applyToSnapshot(after, again);
        expect(applyToSnapshot(after2, invertPlan(again)).sheets).toEqual(after.sheets.map(trim));
        return true;
      }),
      { numRuns: 40 },
    );
  });
});
