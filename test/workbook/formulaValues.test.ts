import { FUNCTIONS } from '../../src/functions/register';
import { applyToSnapshot } from '../../src/workbook/plan/applyToSnapshot';
import { parseA1 } from '../../src/workbook/read/address';
import { planScoreWrite } from '../../src/workbook/plan/planScores';
import type { CellValue, WorkbookSnapshot } from '../../src/workbook/port';
import { evaluate, type CustomFunction } from '../fakes/office/formula';
import { exampleSnapshot } from '../narrative/fixtures';
import fc from 'fast-check';
import { guangzhouSnapshot, nationalSnapshot, sheet, shenzhenSnapshot } from './fixtures';
import { analysed } from './helpers';

/**
 * Every formula a scoring plan writes, recalculated through the real PERF.* functions, gives the value
 * the engine planned for that cell: a formula may never disagree with the score beside it.
 */
const PERF: Record<string, CustomFunction> = Object.fromEntries(FUNCTIONS.map((f) => [`PERF.${f.id}`, f.fn as CustomFunction]));

function formulaResults(snapshot: WorkbookSnapshot): { address: string; formula: string; planned: CellValue; computed: unknown }[] {
  const plan = planScoreWrite(analysed(snapshot), { formulas: true });
  const after = applyToSnapshot(snapshot, plan);
  const read = (sheet: string, row: number, col: number) => {
    const v = after.sheets.find((s) => s.name === sheet)?.values[row]?.[col] ?? null;
    return v as string | number | boolean | null;
  };
  const out = [];
  for (const c of plan.changes) {
    if (c.kind !== 'cell' || !c.formula) continue;
    out.push({ address: `${c.sheet}!${c.address}`, formula: c.formula, planned: c.value, computed: evaluate(c.formula, { read, sheet: c.sheet, functions: PERF }) });
  }
  return out;
}

function setCell(snapshot: WorkbookSnapshot, sheetName: string, address: string, value: CellValue): void {
  const s = snapshot.sheets.find((x) => x.name === sheetName);
  const pos = parseA1(address);
  if (!s || !pos) throw new Error(`no ${sheetName}!${address}`);
  while (s.values.length <= pos.row) s.values.push([]);
  s.values[pos.row][pos.col] = value;
}

function expectAllAgree(snapshot: WorkbookSnapshot, minFormulas: number): ReturnType<typeof formulaResults> {
  const results = formulaResults(snapshot);
  expect(results.length).toBeGreaterThanOrEqual(minFormulas);
  for (const r of results) expect({ ...r, computed: r.computed }).toEqual({ ...r, computed: r.planned });
  return results;
}

describe('planned formulas recalculate to the planned scores', () => {
  test.each(['shenzhen-2024.xlsx', 'national-project.xlsx'])('example %s', async (file) => {
    expectAllAgree(await exampleSnapshot(file), 1);
  });

  test('fixtures: Shenzhen, national', () => {
    expectAllAgree(shenzhenSnapshot(), 2);
    expectAllAgree(nationalSnapshot(), 1);
  });

  test('Guangzhou: every leaf is the unit’s judgement or lacks its figures, so no score of ours and no formula is written', async () => {
    expect(formulaResults(guangzhouSnapshot())).toEqual([]);
    expect(formulaResults(await exampleSnapshot('guangzhou-2023.xlsx'))).toEqual([]);
  });

  test('table points below the rule\'s own points (满意度 5 against tiers up to 6, 预算执行率 5): formulas capped at the table\'s 分值', async () => {
    // the reproduction of the final review (points.xlsx): the table states fewer points than the framework
    const snap = await exampleSnapshot('shenzhen-2024.xlsx');
    setCell(snap, '评分表', 'F23', 5);
    setCell(snap, '评分表', 'F28', 5);
    for (let r = 5; r <= 28; r += 1) if (r !== 12 && r !== 13 && r !== 14) setCell(snap, '评分表', `I${r}`, null);
    const results = expectAllAgree(snap, 3);
    const tiers = results.find((r) => r.formula.includes('SCORE_TIERS') && r.formula.includes('>=95%:6'));
    expect(tiers?.formula).toMatch(/^=MIN\(5,PERF\.SCORE_TIERS\(/);
    expect(tiers?.planned).toBe(5);
  });

  test('quarterly execution and tiers with a table 分值 of 5 against the rule\'s 6, figures as plain numbers', () => {
    const blank = Object.fromEntries(['预算执行率', '公众或服务对象满意度', '固定资产利用率', '公用经费控制率', '总分'].map((k) => [k, null]));
    const data = { 一季度支出进度: 0.2624, 二季度支出进度: 0.5131, 三季度支出进度: 0.7651, 四季度支出进度: 0.987, 满意度: 0.986 };
    const snap = shenzhenSnapshot(blank, data);
    const table = snap.sheets[0];
    for (const row of table.values) if (row[4] === '预算执行率' || row[4] === '公众或服务对象满意度') row[5] = 5;
    const results = expectAllAgree(snap, 3);
    const execution = results.find((r) => r.formula.includes('SCORE_EXECUTION'));
    expect(execution?.formula).toMatch(/^=MIN\(5,PERF\.SCORE_EXECUTION\(/);
    expect(execution?.planned).toBe(5);
    const tiers = results.find((r) => r.formula.includes('>=95%:6'));
    expect(tiers?.formula).toMatch(/^=MIN\(5,PERF\.SCORE_TIERS\(/);
    expect(tiers?.planned).toBe(5);
  });

  test('national rows with bare numbers: PERF.SCORE_INDICATOR at the table\'s points', () => {
    const E = null;
    const snap = {
      sheets: [
        sheet('项目自评表', [
          ['项目支出绩效自评表', E, E, E, E, E, E, E],
          ['项目资金（万元）', E, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
          ['年度资金总额', E, 300, 300, 294, 10, E, E],
          ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
          ['产出指标', '数量指标', '培训人次', 500, 480, 40, E, '说明'],
          [E, '质量指标', '合格率', 0.95, 0.9, 40, E, '说明'],
          ['满意度指标', '服务对象满意度指标', '满意度', 0.9, 0.88, 10, E, '说明'],
          ['总分', E, E, E, E, E, E, E],
        ]),
      ],
    };
    const results = expectAllAgree(snap, 4);
    expect(results.filter((r) => r.formula.includes('PERF.SCORE_INDICATOR')).length).toBe(3);
  });

  test('any table points and figures: every formula agrees with its planned value', () => {
    const rate = fc.integer({ min: 0, max: 12000 }).map((n) => n / 10000);
    fc.assert(
      fc.property(
        fc.record({ budget: fc.integer({ min: 1, max: 9 }), satisfaction: fc.integer({ min: 1, max: 9 }), assets: fc.integer({ min: 1, max: 3 }), quarters: fc.tuple(rate, rate, rate, rate), sat: rate }),
        ({ budget, satisfaction, assets, quarters, sat }) => {
          const blank = Object.fromEntries(['预算执行率', '公众或服务对象满意度', '固定资产利用率', '公用经费控制率', '总分'].map((k) => [k, null]));
          const data = { 一季度支出进度: quarters[0], 二季度支出进度: quarters[1], 三季度支出进度: quarters[2], 四季度支出进度: quarters[3], 满意度: sat };
          const snap = shenzhenSnapshot(blank, data);
          for (const row of snap.sheets[0].values) {
            if (row[4] === '预算执行率') row[5] = budget;
            if (row[4] === '公众或服务对象满意度') row[5] = satisfaction;
            if (row[4] === '固定资产利用率') row[5] = assets;
          }
          for (const r of formulaResults(snap)) expect(r.computed).toBe(r.planned);
        },
      ),
      { numRuns: 40 },
    );
  });
});
