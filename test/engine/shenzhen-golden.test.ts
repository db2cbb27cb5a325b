import { dec, fixed, type Dec } from '../../src/engine/decimal';
import { scoreTree } from '../../src/engine/scoreTree';
import type { ScoredLeaf, ScoredNode } from '../../src/engine/tree.types';
import { frameworkIndicatorTree } from '../../src/frameworks/indicatorTree';
import { shenzhen2024Department } from '../../src/frameworks/shenzhen-2024-department';

/**
 * Seed 002 (深圳市科技交流服务中心 2024) scored from the raw figures in domain.md §3 only.
 * Rates are fractions: 26.24% → 0.2624.
 */
const figures = new Map<string, Dec>([
  // §3 预算执行率: quarterly 支出进度 26.24, 51.31, 76.51, 98.70%
  ['progress.q1', dec('0.2624')],
  ['progress.q2', dec('0.5131')],
  ['progress.q3', dec('0.7651')],
  ['progress.q4', dec('0.9870')],
  // §3 政府采购执行情况: plan 5.34万, actual 4.73万; the policy point is judged full in the seed
  ['procurement.plan', dec('5.34')],
  ['procurement.actual', dec('4.73')],
  ['procurement.policy', dec('1')],
  // §3 财务规范性: 年初预算 1,936.12, 调整后 1,912.37 (调整率 1.23%)
  ['budget.initial', dec('1936.12')],
  ['budget.adjusted', dec('1912.37')],
  // §3 固定资产利用率: 58.53 / 64.37
  ['assets.inUse', dec('58.53')],
  ['assets.total', dec('64.37')],
  // §3 人员: 编制 25, 在编 23, 编外 4
  ['staff.authorised', dec('25')],
  ['staff.onPost', dec('23')],
  ['staff.contract', dec('4')],
  // §3 公用经费控制率: 三公 3.10 / 5.31; 日常公用 61.23 / 67.32
  ['threePublic.actual', dec('3.10')],
  ['threePublic.budget', dec('5.31')],
  ['dailyPublic.actual', dec('61.23')],
  ['dailyPublic.budget', dec('67.32')],
  // §3 项目完成及时性 8/8; 重点工作 all done; 预算编制规范性 0 non-compliance; 绩效目标完整性 none missing
  ['projects.onTime', dec('8')],
  ['projects.planned', dec('8')],
  ['keyTasks.unfinished', dec('0')],
  ['budget-compliance.violations', dec('0')],
  ['target-completeness.missing', dec('0')],
  // §3 满意度 98.6%; 信访 reply rates 100%
  ['satisfaction.rate', dec('0.986')],
  ['petitions.replyRate', dec('1')],
  ['petitions.timelyRate', dec('1')],
]);

/** Leaves judged in the seed's table (checklists all met, 酌情 parts full, 效果性 24): seed 002 评分 column. */
const judged = {
  'budget-reasonableness': '5',
  'indicator-clarity': '7',
  'financial-compliance': '3',
  'budget-disclosure': '3',
  'project-procedure': '2',
  'project-supervision': '2',
  'asset-safety': '2',
  'rules-soundness': '3',
  effects: '24',
  petitions: '3',
};

function leaves(nodes: ScoredNode[]): ScoredLeaf[] {
  return nodes.flatMap((n) => (n.kind === 'leaf' ? [n] : leaves(n.children)));
}

describe('seed 002 golden (domain.md §3)', () => {
  const result = scoreTree(frameworkIndicatorTree(shenzhen2024Department, judged), { figures });
  const byName = new Map(leaves(result.roots).map((l) => [l.name, l]));

  test.each([
    ['预算编制合理性', '5.00', 'judgement'],
    ['预算编制规范性', '5.00', 'scored'],
    ['绩效目标完整性', '3.00', 'scored'],
    ['绩效指标明确性', '7.00', 'judgement'],
    ['政府采购执行情况', '1.89', 'scored'],
    ['财务规范性', '3.00', 'scored'],
    ['预决算信息公开', '3.00', 'judgement'],
    ['项目实施程序', '2.00', 'judgement'],
    ['项目监管', '2.00', 'judgement'],
    ['资产管理安全性', '2.00', 'judgement'],
    ['固定资产利用率', '1.00', 'scored'],
    ['财政供养人员控制率', '1.00', 'scored'],
    ['编外人员控制率', '0.00', 'scored'],
    ['管理制度健全性', '3.00', 'judgement'],
    ['公用经费控制率', '5.00', 'scored'],
    ['预算执行率', '5.99', 'scored'],
    ['重点工作完成情况', '8.00', 'scored'],
    ['项目完成及时性', '6.00', 'scored'],
    ['社会效益、经济效益、生态效益及持续影响等', '24.00', 'judgement'],
    ['群众信访办理情况', '3.00', 'scored'],
    ['公众或服务对象满意度', '6.00', 'scored'],
  ])('%s scores %s (%s)', (name, score, status) => {
    const leaf = byName.get(name);
    expect(leaf).toBeDefined();
    expect(fixed(leaf!.score!)).toBe(score);
    expect(leaf!.status).toBe(status);
  });

  test('level-1 sums 20.00 / 18.89 / 57.99 and total 96.88, grade 优', () => {
    expect(result.roots.map((r) => [r.name, fixed(r.score!)])).toEqual([
      ['部门决策', '20.00'],
      ['部门管理', '18.89'],
      ['部门绩效', '57.99'],
    ]);
    expect(fixed(result.total)).toBe('96.88');
    expect(fixed(result.max)).toBe('100.00');
    expect(result.grade).toBe('优');
    expect(result.complete).toBe(true);
  });

  test('预算执行率 is worked as the standard says: 1+1+1+0.987 + min(1.0207×2, 2) = 5.987', () => {
    const leaf = byName.get('预算执行率')!;
    expect(leaf.computed!.toString()).toBe('5.987');
    expect(leaf.steps.map((s) => s.text).join('\n')).toContain('全年平均执行率 = 102.07%');
  });

  test('政府采购执行情况 explains its rate 4.73 ÷ 5.34 = 88.58%', () => {
    const leaf = byName.get('政府采购执行情况')!;
    expect(leaf.steps[0].text).toBe('政府采购执行率 = 4.73 ÷ 5.34 = 88.58%');
    expect(leaf.used).toEqual(expect.arrayContaining(['procurement.actual', 'procurement.plan']));
  });

  test('a leaf with its figures missing is missing-input with the figures named, never a zero', () => {
    const partial = new Map(figures);
    partial.delete('assets.inUse');
    const r = scoreTree(frameworkIndicatorTree(shenzhen2024Department, judged), { figures: partial });
    const leaf = leaves(r.roots).find((l) => l.name === '固定资产利用率')!;
    expect(leaf.status).toBe('missing-input');
    expect(leaf.missing).toEqual(['assets.inUse']);
    expect(leaf.score).toBeNull();
    expect(r.complete).toBe(false);
    expect(fixed(r.total)).toBe('95.88');
  });
});
