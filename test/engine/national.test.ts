import { dec, fixed, type Dec } from '../../src/engine/decimal';
import { scoreTree } from '../../src/engine/scoreTree';
import type { IndicatorNode, ScoredLeaf, ScoredNode } from '../../src/engine/tree.types';
import type { FigureValue, IndicatorDirection, Rule } from '../../src/engine/types';
import { run, scoreOf } from './helpers';

describe('indicator completion (domain.md §4)', () => {
  const ind = (direction: IndicatorDirection): Rule => ({ kind: 'indicator', points: '10', direction, target: 't', actual: 'a' });
  test.each([
    ['positive', '500', '480', '9.6000'], // 480/500 × 10
    ['positive', '500', '520', '10.0000'],
    ['reverse', '30', '28', '10.0000'],
    ['reverse', '30', '36', '8.0000'], // (1 − 6/30) × 10
    ['reverse', '30', '60', '0.0000'], // ≥ 2 × target
    ['equal', '1', '0.98', '9.8000'],
    ['equal', '0', '0', '10.0000'], // target 0: full when actual ≤ 0
    ['equal', '0', '2', '0.0000'],
  ])('%s target %s actual %s → %s', (direction, t, a, s) => {
    expect(scoreOf(run(ind(direction as IndicatorDirection), { t, a }))).toBe(s);
  });

  test('the reverse formula is a setting: quotient gives 30/36 × 10', () => {
    const figures = new Map<string, FigureValue>([['t', dec('30')], ['a', dec('36')]]);
    const { evaluateRule } = jest.requireActual('../../src/engine/evaluate');
    const r = evaluateRule(ind('reverse'), { figures, settings: { reverseFormula: 'quotient' } });
    expect(scoreOf(r)).toBe('8.3333');
  });

  test('over-achievement (≥130%) adds a step, and deducts only when the locality says so', () => {
    const { evaluateRule } = jest.requireActual('../../src/engine/evaluate');
    const figures = new Map<string, FigureValue>([['t', dec('100')], ['a', dec('140')]]);
    const noted = evaluateRule(ind('positive'), { figures, settings: { overAchievementThreshold: '1.3' } });
    expect(scoreOf(noted)).toBe('10.0000');
    expect(noted.steps.map((s: { text: string }) => s.text).join()).toContain('目标设置可能偏低');
    const deducted = evaluateRule(ind('positive'), { figures, settings: { overAchievementThreshold: '1.3', overAchievementDeduction: '1' } });
    expect(scoreOf(deducted)).toBe('9.0000');
  });

  const qual: Rule = { kind: 'indicator', points: '30', direction: 'qualitative', target: 't', actual: 'a' };
  test.each([
    ['达成', '27', 'judgement'],
    ['基本达成', '22.5', 'judgement'], // 部分达成 band [18, 24)
    ['基本达成', '24', 'error'], // 24 is the top of the band, excluded
    ['未达成', '20', 'error'], // band [0, 18)
  ])('qualitative %s with %s → %s', (a, typed, status) => {
    expect(run(qual, { a }, typed).status).toBe(status);
  });
  test('a qualitative actual that names no grade is refused', () => {
    expect(run(qual, { a: '还行' }, '20')).toMatchObject({ status: 'error', code: 'UNKNOWN_GRADE' });
  });
});

/**
 * A national project form worked by hand:
 *   预算执行率 10: 全年执行数 180 / 全年预算数 200 = 90% → 9.00
 *   产出指标 50:
 *     培训人次 "≥500人次" 20 points, actual 480 → 480/500 × 20 = 19.20 (positive)
 *     办结时限 "≤30天"    10 points, actual 36  → (1 − 6/30) × 10 = 8.00 (reverse)
 *     验收合格率 "=100%"  20 points, actual 98% → 0.98 × 20 = 19.60 (equal)
 *   效益指标 30: 服务能力 "有效提升", actual "基本达成", typed 22.5 → in [18, 24) → 22.50 (qualitative)
 *   满意度指标 10: 满意度 "≥90%", actual 95% → 10.00
 *   产出 46.80 + 效益 22.50 + 满意度 10.00 + 执行 9.00 = 88.30 → 良
 */
describe('national project form worked example', () => {
  const figures = new Map<string, FigureValue>([
    ['project.executed', dec('180')],
    ['project.budget', dec('200')],
    ['r1.t', dec('500')], ['r1.a', dec('480')],
    ['r2.t', dec('30')], ['r2.a', dec('36')],
    ['r3.t', dec('1')], ['r3.a', dec('0.98')],
    ['r4.a', '基本达成'],
    ['r5.t', dec('0.9')], ['r5.a', dec('0.95')],
  ]);
  const leaf = (name: string, points: string, rule: Rule, typed?: string): IndicatorNode => ({
    name, points: dec(points), children: [], rule, ...(typed ? { typedScore: dec(typed) } : {}),
  });
  const indicator = (id: string, points: string, direction: IndicatorDirection): Rule => ({
    kind: 'indicator', points, direction, target: `${id}.t`, actual: `${id}.a`,
  });
  const tree: IndicatorNode[] = [
    { name: '预算执行', points: dec(10), children: [leaf('预算执行率', '10', { kind: 'budget-execution', points: '10', executed: 'project.executed', budget: 'project.budget' })] },
    {
      name: '产出指标', points: dec(50), children: [
        leaf('培训人次', '20', indicator('r1', '20', 'positive')),
        leaf('办结时限', '10', indicator('r2', '10', 'reverse')),
        leaf('验收合格率', '20', indicator('r3', '20', 'equal')),
      ],
    },
    { name: '效益指标', points: dec(30), children: [leaf('服务能力', '30', indicator('r4', '30', 'qualitative'), '22.5')] },
    { name: '满意度指标', points: dec(10), children: [leaf('满意度', '10', indicator('r5', '10', 'positive'))] },
  ];
  const result = scoreTree(tree, { figures });
  const leaves = (nodes: ScoredNode[]): ScoredLeaf[] => nodes.flatMap((n) => (n.kind === 'leaf' ? [n] : leaves(n.children)));

  test('every leaf as worked above', () => {
    expect(leaves(result.roots).map((l) => [l.name, fixed(l.score as Dec)])).toEqual([
      ['预算执行率', '9.00'],
      ['培训人次', '19.20'],
      ['办结时限', '8.00'],
      ['验收合格率', '19.60'],
      ['服务能力', '22.50'],
      ['满意度', '10.00'],
    ]);
  });
  test('groups, total 88.30 and grade 良', () => {
    expect(result.roots.map((r) => fixed(r.score as Dec))).toEqual(['9.00', '46.80', '22.50', '10.00']);
    expect(fixed(result.total)).toBe('88.30');
    expect(result.grade).toBe('良');
  });
  test('a local execution-rate cap limits the total and says why', () => {
    const capped = scoreTree(tree, { figures, totalCap: { max: dec(79), reason: '执行率 60%–70%，总分不超过 79 分' } });
    expect(fixed(capped.total)).toBe('79.00');
    expect(capped.capped && fixed(capped.capped.uncapped)).toBe('88.30');
    expect(capped.grade).toBe('中');
  });
});

describe('indicator steps in the workbook\'s own units (display only)', () => {
  const { evaluateRule } = jest.requireActual('../../src/engine/evaluate');
  const steps = (r: { steps: { text: string }[] }) => r.steps.map((s) => s.text).join('；');
  const figures = (t: string, a: string) => new Map<string, FigureValue>([['t', dec(t)], ['a', dec(a)]]);

  test('percent rows show 100% and 98%, never the fractions; the score stays exact', () => {
    const rule: Rule = { kind: 'indicator', points: '10', direction: 'equal', target: 't', actual: 'a', unit: '%', targetText: '=100%', actualText: '98%' };
    const r = evaluateRule(rule, { figures: figures('1', '0.98') });
    expect(scoreOf(r)).toBe('9.8000');
    expect(steps(r)).toContain('年度指标值 =100%，实际完成值 98%');
    expect(steps(r)).toContain('得分 = 98% ÷ 100% × 10 = 9.8');
    expect(steps(r)).not.toMatch(/年度指标值 1，|0\.98/);
    const below = evaluateRule({ ...rule, direction: 'positive', targetText: '≥90%', actualText: '88%' }, { figures: figures('0.9', '0.88') });
    expect(steps(below)).toContain('得分 = 88% ÷ 90% × 10 = 9.7778');
    expect(below.score.toString()).toBe(dec('0.88').div('0.9').times(10).toString());
  });

  test('a cell written otherwise than shown is quoted: ≥1万人次 is 10000人次; 0.98 beside ≥95% is 98%', () => {
    const people: Rule = { kind: 'indicator', points: '20', direction: 'positive', target: 't', actual: 'a', unit: '人次', targetText: '≥1万人次', actualText: '9,800人次' };
    const r = evaluateRule(people, { figures: figures('10000', '9800') });
    expect(scoreOf(r)).toBe('19.6000');
    expect(steps(r)).toContain('年度指标值 ≥10000人次（填报“≥1万人次”），实际完成值 9800人次；');
    const rate: Rule = { kind: 'indicator', points: '15', direction: 'positive', target: 't', actual: 'a', unit: '%', targetText: '≥95%', actualText: '0.98' };
    expect(steps(evaluateRule(rate, { figures: figures('0.95', '0.98') }))).toContain('实际完成值 98%（填报“0.98”）');
  });

  test('reverse rows show their unit in the formula', () => {
    const cost: Rule = { kind: 'indicator', points: '10', direction: 'reverse', target: 't', actual: 'a', unit: '万元', targetText: '≤50万元', actualText: '55万元' };
    const r = evaluateRule(cost, { figures: figures('50', '55') });
    expect(scoreOf(r)).toBe('9.0000');
    expect(steps(r)).toContain('得分 = (1 − (55万元 − 50万元) ÷ 50万元) × 10 = 9');
  });

  test('without display fields the steps are as before (PERF.SCORE_INDICATOR and old rules)', () => {
    const r = evaluateRule({ kind: 'indicator', points: '10', direction: 'positive', target: 't', actual: 'a' }, { figures: figures('500', '480') });
    expect(steps(r)).toContain('年度指标值 500，实际完成值 480');
  });
});
