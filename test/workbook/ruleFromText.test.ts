import type { CellValue, WorkbookSnapshot } from '../../src/workbook/port';
import { emptySettings, settingsChanges } from '../../src/workbook/read';
import { applyToSnapshot, planConfirmRules } from '../../src/workbook/plan';
import { leavesOf } from '../../src/engine/treeWalk';
import { exampleSnapshot } from '../narrative/fixtures';
import { sheet } from './fixtures';
import { analysed, found } from './helpers';

/**
 * A leaf is scored by its own 评分标准. Worked by hand:
 * - 在职人员控制率 (8 points) "≤100%，计8分；每超过一个百分点扣0.5分": 在编 105 of 编制 100 is 105%, five
 *   points over → 8 − 5 × 0.5 = 5.50 (Shenzhen's own rule for this name, ≤100% → 1 else 0, is not used);
 * - 资金到位率 (4 points) "≥95% 4; 80%–<95% 2; <80% 0": 90% → 2;
 * - 管理制度健全性 (3 points) "根据制度建设情况酌情打分": a judgement, the typed 3 stands.
 */
const HUNAN: CellValue[][] = [
  ['一级指标', '二级指标', '三级指标', '分值', '评分标准', '得分'],
  ['部门管理', '人员管理', '在职人员控制率', 8, '在职人员控制率≤100%，计8分；每超过一个百分点扣0.5分，扣完为止。', 5.5],
  [null, '资金管理', '资金到位率', 4, '资金到位率≥95%的，得4分；80%≤资金到位率<95%的，得2分；资金到位率<80%的，得0分。', 2],
  [null, '制度管理', '管理制度健全性', 3, '根据制度建设情况酌情打分。', 3],
  ['合计', null, null, 15, null, 10.5],
];
const HUNAN_DATA: CellValue[][] = [
  ['项目', '数值', '单位'],
  ['在编人数', 105, '人'],
  ['编制数', 100, '人'],
  ['资金到位率', '90%', '%'],
];

function snapshot(table: CellValue[][], data: CellValue[][]): WorkbookSnapshot {
  return { sheets: [sheet('评分表', table), sheet('基础数据', data)] };
}

function leaf(a: ReturnType<typeof analysed>, name: string) {
  const scored = leavesOf(a.scored.roots).find((l) => l.name === name);
  const layout = a.layout.leaves.find((l) => l.path[l.path.length - 1] === name);
  if (!scored || !layout) throw new Error(`no leaf ${name}`);
  return { scored, layout };
}

describe('rules read from the table’s own 评分标准', () => {
  const a = analysed(snapshot(HUNAN, HUNAN_DATA));

  it('scores a leaf by what its text says, not by another locality’s rule of the same name', () => {
    const { scored, layout } = leaf(a, '在职人员控制率');
    expect(scored.status).toBe('scored');
    expect(scored.score?.toFixed(2)).toBe('5.50');
    expect(layout.ruleChoice?.source).toBe('table-text');
    expect(layout.ruleChoice?.readingText).toBe('在职人员控制率≤100% 得 8 分；每超过 1 个百分点扣 0.5 分，扣完为止');
    expect(layout.ruleChoice?.offered).toBe('staff-control');
    expect(layout.ruleChoice?.note).toContain('同名规则与之不同，未采用');
  });

  it('finds the figure a text names in 基础数据 by its own name', () => {
    const { scored, layout } = leaf(a, '资金到位率');
    expect(scored.score?.toFixed(2)).toBe('2.00');
    expect(scored.status).toBe('scored');
    expect(layout.ruleChoice?.offered).toBeNull();
  });

  it('leaves a judgement text a judgement, says why, and offers the framework’s rule', () => {
    const { scored, layout } = leaf(a, '管理制度健全性');
    expect(scored.status).toBe('judgement');
    expect(scored.score?.toFixed(2)).toBe('3.00');
    expect(layout.ruleChoice?.source).toBe('none');
    expect(layout.ruleChoice?.note).toMatch(/^评分标准由评价人判断/);
    expect(layout.ruleChoice?.offered).toBe('rules-soundness');
  });

  it('does not report the unit’s correct self-scores as wrong', () => {
    expect(found(a, 'SELF_SCORE_DIFFERS')).toEqual([]);
    expect(a.scored.total.toFixed(2)).toBe('10.50');
  });

  it('scores by a rule the user confirmed in the workbook’s settings', () => {
    const base = snapshot(HUNAN, HUNAN_DATA);
    const rules = { '部门管理/人员管理/在职人员控制率': '在职人员控制率≤100%，计8分；每超过一个百分点扣1分，扣完为止。' };
    const confirmed = applyToSnapshot(base, { title: '保存评分设置', changes: settingsChanges(base, { ...emptySettings(), rules }) });
    const c = analysed(confirmed);
    const { scored, layout } = leaf(c, '在职人员控制率');
    expect(scored.score?.toFixed(2)).toBe('3.00'); // 8 − 5 × 1
    expect(layout.ruleChoice?.source).toBe('user');
    expect(found(c, 'SELF_SCORE_DIFFERS').map((w) => w.address)).toEqual(['F2']);
  });

  it('gives computed scores to a table no framework knows, wherever its text and figures allow', () => {
    const table: CellValue[][] = [
      ['一级指标', '二级指标', '三级指标', '分值', '评分标准', '得分'],
      ['产出', '数量', '培训计划完成率', 10, '培训计划完成率×10分。', 9.6],
      [null, '质量', '验收合格率', 10, '验收合格率≥98%的，得10分；验收合格率<98%的，得5分。', 10],
      [null, '效益', '社会影响', 10, '根据实际效果酌情评分。', 8],
    ];
    const b = analysed(snapshot(table, [['项目', '数值', '单位'], ['培训计划完成率', '96%', '%'], ['验收合格率', '99%', '%']]));
    expect(b.framework.id).toBe('table-only');
    expect(leaf(b, '培训计划完成率').scored.score?.toFixed(2)).toBe('9.60');
    expect(leaf(b, '培训计划完成率').scored.status).toBe('scored');
    expect(leaf(b, '验收合格率').scored.score?.toFixed(2)).toBe('10.00');
    expect(leaf(b, '社会影响').scored.status).toBe('judgement');
    expect(b.scored.total.toFixed(2)).toBe('27.60');
  });

  it('names a figure the text needs and 基础数据 lacks, and scores nothing from a guess', () => {
    const b = analysed(snapshot(HUNAN, HUNAN_DATA.filter((r) => r[0] !== '资金到位率')));
    const { scored } = leaf(b, '资金到位率');
    expect(scored.status).toBe('missing-input');
    expect(found(b, 'MISSING_INPUT').some((w) => w.message.includes('资金到位率'))).toBe(true);
  });
});

describe('seed 002: every leaf traced to its own 评分标准', () => {
  it('scores 96.88 with each rule taken from a text the table prints', async () => {
    const a = analysed(await exampleSnapshot('shenzhen-2024.xlsx'));
    expect(a.scored.total.toFixed(2)).toBe('96.88');
    expect(a.layout.leaves.map((l) => l.ruleChoice?.source)).toEqual(a.layout.leaves.map(() => 'table-text'));
    expect(a.layout.leaves.every((l) => (l.ruleChoice?.standard ?? '') !== '')).toBe(true);
  });
});

describe('confirming the rules read', () => {
  it('stores the rules read from texts; with none to store and no settings sheet, plans nothing', async () => {
    const hunan = planConfirmRules(analysed(snapshot(HUNAN, HUNAN_DATA)));
    expect(hunan.changes).toContainEqual(expect.objectContaining({ kind: 'cell', sheet: '_perfscore', value: '在职人员控制率≤100% 得 8 分；每超过 1 个百分点扣 0.5 分，扣完为止' }));
    // seed 002 prints the framework's own texts: its rules are the framework's, nothing to confirm
    expect(planConfirmRules(analysed(await exampleSnapshot('shenzhen-2024.xlsx'))).changes).toEqual([]);
  });
});

describe('a table without 评分标准', () => {
  it('takes the rules of the framework that is clearly its own', async () => {
    const a = analysed(await exampleSnapshot('guangzhou-2023.xlsx'));
    const withRule = a.layout.leaves.filter((l) => l.rule !== null);
    expect(withRule.length).toBeGreaterThan(0);
    expect(withRule.every((l) => l.ruleChoice?.source === 'framework')).toBe(true);
  });
});
