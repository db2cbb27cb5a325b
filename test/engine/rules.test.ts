import { D } from '../../src/engine/decimal';
import type { Rule } from '../../src/engine/types';
import { CHINESE, run, scoreOf } from './helpers';

describe('ratio', () => {
  const rule: Rule = { kind: 'ratio', points: '6', label: '项目按时完成率', actual: 'a', target: 't' };
  test('8/8 projects on time → 6 (seed 002 项目完成及时性)', () => expect(scoreOf(run(rule, { a: '8', t: '8' }))).toBe('6.0000'));
  test('7/8 → 5.25', () => expect(scoreOf(run(rule, { a: '7', t: '8' }))).toBe('5.2500'));
  test('capped at the cap', () => expect(scoreOf(run(rule, { a: '10', t: '8' }))).toBe('6.0000'));
  test('zero when actual exceeds plan (政府采购)', () => {
    const r = run({ ...rule, points: '1', zeroWhenOver: true }, { a: '5.40', t: '5.34' });
    expect(scoreOf(r)).toBe('0.0000');
    if (r.status === 'scored') expect(r.steps[1].text).toContain('大于计划数');
  });
  test('missing figures are named', () => expect(run(rule, { a: '8' })).toMatchObject({ status: 'missing-input', missing: ['t'] }));
});

describe('tiers (固定资产利用率, seed 002)', () => {
  const rule: Rule = {
    kind: 'tiers',
    points: '1',
    value: { op: 'div', args: ['inUse', 'total'] },
    tiers: [
      { op: '>=', threshold: '0.9', points: '1' },
      { op: '>=', threshold: '0.75', points: '0.7' },
      { op: '>=', threshold: '0.6', points: '0.4' },
      { points: '0' },
    ],
  };
  test.each([
    ['58.53', '64.37', '1.0000'], // 90.93% (domain.md §3)
    ['80', '100', '0.7000'],
    ['60', '100', '0.4000'],
    ['59.99', '100', '0.0000'],
    ['90', '100', '1.0000'], // boundary belongs to the higher tier
  ])('%s / %s → %s', (a, t, s) => expect(scoreOf(run(rule, { inUse: a, total: t }))).toBe(s));
  test('a value no tier covers is an error, not a zero', () => {
    const r = run({ ...rule, tiers: [{ op: '>=', threshold: '0.9', points: '1' }] }, { inUse: '1', total: '2' });
    expect(r.status).toBe('error');
  });
});

describe('category tiers (预决算信息公开)', () => {
  const rule: Rule = {
    kind: 'category-tiers',
    points: '1.5',
    value: 'c',
    tiers: [
      { values: ['已公开'], points: '1.5' },
      { values: ['公开有瑕疵'], points: '1' },
      { values: ['未公开'], points: '0' },
    ],
  };
  test.each([
    ['已公开', '1.5000'],
    [' 公开有瑕疵 ', '1.0000'],
    ['未公开', '0.0000'],
  ])('%s → %s', (c, s) => expect(scoreOf(run(rule, { c }))).toBe(s));
  test('unknown category lists what may be written', () => {
    const r = run(rule, { c: '公开了' });
    expect(r).toMatchObject({ status: 'error', code: 'UNKNOWN_CATEGORY' });
    if (r.status === 'error') expect(r.message).toContain('已公开、公开有瑕疵、未公开');
  });
});

describe('deduct (重点工作: 8 − 4 per task not completed)', () => {
  const rule: Rule = { kind: 'deduct', points: '8', count: 'n', perItem: '4' };
  test.each([
    ['0', '8.0000'],
    ['1', '4.0000'],
    ['3', '0.0000'], // floored at 0
  ])('%s unfinished → %s', (n, s) => expect(scoreOf(run(rule, { n }))).toBe(s));
  test('a fractional count is refused', () => expect(run(rule, { n: '1.5' })).toMatchObject({ status: 'error', code: 'NOT_A_COUNT' }));
});

describe('checklist (管理制度健全性 0.5 + 1.5 + 1)', () => {
  const rule: Rule = {
    kind: 'checklist',
    points: '3',
    items: [
      { figure: 'a', label: '制定制度', points: '0.5' },
      { figure: 'b', label: '有效执行', points: '1.5' },
      { figure: 'c', label: '绩效管理制度', points: '1' },
    ],
  };
  test('all met → 3', () => expect(scoreOf(run(rule, { a: '1', b: '1', c: '1' }))).toBe('3.0000'));
  test('one unmet → 1.5', () => expect(scoreOf(run(rule, { a: '1', b: '0', c: '1' }))).toBe('1.5000'));
  test('an answer that is not 是/否 is refused', () => expect(run(rule, { a: '1', b: '2', c: '1' })).toMatchObject({ status: 'error', code: 'NOT_A_FLAG' }));
  test('unanswered items are missing', () => expect(run(rule, { a: '1' })).toMatchObject({ status: 'missing-input', missing: ['b', 'c'] }));
});

describe('quarterly execution against 序时进度 (seed 002 预算执行率)', () => {
  const rule: Rule = { kind: 'quarterly-execution', points: '6', progress: ['q1', 'q2', 'q3', 'q4'] };
  test('26.24, 51.31, 76.51, 98.70% → 5.987', () => {
    expect(scoreOf(run(rule, { q1: '0.2624', q2: '0.5131', q3: '0.7651', q4: '0.987' }))).toBe('5.9870');
  });
  test('a slow year: 20, 40, 60, 90% → 0.8×3 + 0.9 + min(0.8250×2, 2) = 4.95', () => {
    // quarter rates 0.8, 0.8, 0.8, 0.9; mean 0.825; annual part 1.65
    expect(scoreOf(run(rule, { q1: '0.2', q2: '0.4', q3: '0.6', q4: '0.9' }))).toBe('4.9500');
  });
  test('the point split is a parameter', () => {
    const r = run({ ...rule, points: '10', quarterPoints: '2', annualPoints: '2' }, { q1: '0.25', q2: '0.5', q3: '0.75', q4: '1' });
    expect(scoreOf(r)).toBe('10.0000');
  });
});

describe('threshold then deduct (财务规范性 调整调剂)', () => {
  const rule: Rule = {
    kind: 'threshold-deduct',
    points: '1',
    value: { op: 'div', args: [{ op: 'abs', arg: { op: 'sub', args: ['init', 'adj'] } }, 'init'] },
    threshold: '0.10',
    perPoint: '0.1',
  };
  test('1.23% adjustment (1936.12 → 1912.37) keeps the point', () => expect(scoreOf(run(rule, { init: '1936.12', adj: '1912.37' }))).toBe('1.0000'));
  test('exactly 10% keeps the point', () => expect(scoreOf(run(rule, { init: '100', adj: '90' }))).toBe('1.0000'));
  test('12.5% → 2.5 points over → 0.75', () => expect(scoreOf(run(rule, { init: '100', adj: '87.5' }))).toBe('0.7500'));
  test('30% → floored at 0', () => expect(scoreOf(run(rule, { init: '100', adj: '70' }))).toBe('0.0000'));
});

describe('composite', () => {
  const procurement: Rule = {
    kind: 'composite',
    points: '2',
    parts: [
      { id: 'rate', kind: 'ratio', points: '1', actual: 'actual', target: 'plan', zeroWhenOver: true },
      { id: 'policy', kind: 'judgement', points: '1', figure: 'policy' },
    ],
  };
  test('rate part plus a stated policy point: 0.8858 + 1 (seed 002)', () => {
    expect(scoreOf(run(procurement, { actual: '4.73', plan: '5.34', policy: '1' }))).toBe('1.8858');
  });
  test('policy part derived from the typed 1.89 within its rounding', () => {
    expect(scoreOf(run(procurement, { actual: '4.73', plan: '5.34' }, '1.89'))).toBe('1.8858');
  });
  test('a typed score the computed part cannot reach is flagged', () => {
    expect(run(procurement, { actual: '4.73', plan: '5.34' }, '0.5')).toMatchObject({ status: 'error', code: 'JUDGEMENT_PART_OUT_OF_RANGE' });
  });
  test('a typed score above computed + the judged room: an error stating the most the rule allows, with its bounds', () => {
    // 10.83 / 25 = 0.4332; the policy part is at most 1, so 1.89 is impossible: at most 1.4332 → 1.43
    const r = run(procurement, { actual: '10.83', plan: '25' }, '1.89');
    expect(r).toMatchObject({ status: 'error', code: 'JUDGEMENT_PART_OUT_OF_RANGE' });
    if (r.status !== 'error') throw new Error('expected an error');
    expect(r.bounds?.min.toFixed(2)).toBe('0.43');
    expect(r.bounds?.max.toFixed(2)).toBe('1.43');
    expect(r.message).toContain('1.89');
    expect(r.message).toContain('最高可得 1.43 分');
  });
  test('a typed score below the computed part: the least the rule allows', () => {
    const r = run(procurement, { actual: '4.73', plan: '5.34' }, '0.5');
    if (r.status !== 'error') throw new Error('expected an error');
    expect(r.bounds?.min.toFixed(2)).toBe('0.89');
    expect(r.message).toContain('最低可得 0.89 分');
  });
  test('no typed score and no policy figure: missing, naming the policy figure', () => {
    expect(run(procurement, { actual: '4.73', plan: '5.34' })).toMatchObject({ status: 'missing-input', missing: ['policy'] });
  });
  const finance: Rule = {
    kind: 'composite',
    points: '3',
    veto: { figure: 'violation', label: '存在违规支出' },
    grant: { figure: 'secret', label: '涉密单位' },
    parts: [
      { id: 'x', kind: 'judgement', points: '1', figure: 'x' },
      { id: 'y', kind: 'judgement', points: '2', figure: 'y' },
    ],
  };
  test('a veto zeroes the whole leaf', () => expect(scoreOf(run(finance, { violation: '1', x: '1', y: '2' }))).toBe('0.0000'));
  test('a grant gives full points', () => expect(scoreOf(run(finance, { secret: '1' }))).toBe('3.0000'));
  test('without either, parts are summed', () => expect(scoreOf(run(finance, { violation: '0', x: '1', y: '1.5' }))).toBe('2.5000'));
});

describe('budget execution (national form, 10 points)', () => {
  const rule: Rule = { kind: 'budget-execution', points: '10', executed: 'e', budget: 'b' };
  test('180 / 200 → 9', () => expect(scoreOf(run(rule, { e: '180', b: '200' }))).toBe('9.0000'));
  test('over-spent is capped at 10', () => expect(scoreOf(run(rule, { e: '210', b: '200' }))).toBe('10.0000'));
});

describe('judgement', () => {
  const rule: Rule = { kind: 'judgement', points: '25', label: '效果性' };
  test('the typed score is taken (seed 002: 24 of 25)', () => {
    const r = run(rule, {}, '24');
    expect(r.status).toBe('judgement');
    expect(scoreOf(r)).toBe('24.0000');
  });
  test('above its points is a range error', () => expect(run(rule, {}, '26')).toMatchObject({ status: 'error', code: 'SCORE_OUT_OF_RANGE' }));
  test('below 0 is a range error', () => expect(run(rule, {}, '-1')).toMatchObject({ status: 'error', code: 'SCORE_OUT_OF_RANGE' }));
  test('no score at all is missing, never a zero', () => expect(run(rule, {})).toMatchObject({ status: 'missing-input' }));
});

describe('bad input never throws and never yields NaN', () => {
  const cases: [string, Rule, Record<string, string>][] = [
    ['ratio zero denominator', { kind: 'ratio', points: '1', actual: 'a', target: 't' }, { a: '1', t: '0' }],
    ['ratio negative', { kind: 'ratio', points: '1', actual: 'a', target: 't' }, { a: '-1', t: '2' }],
    ['ratio text', { kind: 'ratio', points: '1', actual: 'a', target: 't' }, { a: '九十', t: '2' }],
    ['tiers zero denominator', { kind: 'tiers', points: '1', value: { op: 'div', args: ['a', 't'] }, tiers: [{ points: '1' }] }, { a: '1', t: '0' }],
    ['deduct negative count', { kind: 'deduct', points: '8', count: 'n', perItem: '4' }, { n: '-1' }],
    ['deduct bad per-item', { kind: 'deduct', points: '8', count: 'n', perItem: 'abc' }, { n: '1' }],
    ['quarterly negative', { kind: 'quarterly-execution', points: '6', progress: ['a', 'b', 'c', 'd'] }, { a: '-0.1', b: '0.5', c: '0.7', d: '1' }],
    ['quarterly text', { kind: 'quarterly-execution', points: '6', progress: ['a', 'b', 'c', 'd'] }, { a: '二十', b: '0.5', c: '0.7', d: '1' }],
    ['threshold zero denominator', { kind: 'threshold-deduct', points: '1', value: { op: 'div', args: ['a', 'b'] }, threshold: '0.1', perPoint: '0.1' }, { a: '1', b: '0' }],
    ['budget zero', { kind: 'budget-execution', points: '10', executed: 'e', budget: 'b' }, { e: '1', b: '0' }],
    ['negative points', { kind: 'ratio', points: '-5', actual: 'a', target: 't' }, { a: '1', t: '2' }],
    ['points not a number', { kind: 'ratio', points: 'NaN', actual: 'a', target: 't' }, { a: '1', t: '2' }],
    ['indicator negative actual', { kind: 'indicator', points: '10', direction: 'positive', target: 't', actual: 'a' }, { t: '500', a: '-3' }],
    ['indicator zero target', { kind: 'indicator', points: '10', direction: 'reverse', target: 't', actual: 'a' }, { t: '0', a: '3' }],
  ];
  test.each(cases)('%s → a typed error with a Chinese message', (_name, rule, figures) => {
    const r = run(rule, figures);
    expect(r.status).toBe('error');
    if (r.status === 'error') {
      expect(r.message).toMatch(CHINESE);
      expect(r.code).toMatch(/^[A-Z_]+$/);
    }
  });
  test('NaN figures are refused', () => {
    const r = run({ kind: 'ratio', points: '1', actual: 'a', target: 't' }, { a: new D(NaN), t: '2' });
    expect(r).toMatchObject({ status: 'error', code: 'NOT_A_NUMBER' });
  });
});

describe('tier explanations', () => {
  test('the fallback tier is named as the opposite of the last condition (seed 002 编外人员控制率 14.81%)', () => {
    const r = run(
      {
        kind: 'tiers',
        points: '1',
        label: '编外人员控制率',
        value: { op: 'div', args: ['c', { op: 'add', args: ['p', 'c'] }] },
        tiers: [{ op: '<', threshold: '0.05', points: '1' }, { op: '<=', threshold: '0.10', points: '0.5' }, { points: '0' }],
      },
      { c: '4', p: '23' },
    );
    expect(r.steps.map((s) => s.text)).toEqual(['编外人员控制率 = 4 ÷ (23 + 4) = 14.81%', '适用档次“>10.00%”，得 0 分']);
  });
});

describe('explanations can be skipped where only the number is wanted', () => {
  test('quarterly execution gives the same score with and without its steps', () => {
    const { evaluateRule } = jest.requireActual('../../src/engine/evaluate');
    const { dec } = jest.requireActual('../../src/engine/decimal');
    const rule: Rule = { kind: 'quarterly-execution', points: '6', progress: ['q1', 'q2', 'q3', 'q4'] };
    const figures = new Map([['q1', dec('0.2624')], ['q2', dec('0.5131')], ['q3', dec('0.7651')], ['q4', dec('0.987')]]);
    const full = evaluateRule(rule, { figures });
    const bare = evaluateRule(rule, { figures, explain: false });
    expect(scoreOf(bare)).toBe(scoreOf(full));
    expect(full.steps).toHaveLength(6);
    expect(bare.steps).toHaveLength(0);
  });
});

describe('ratio never scores above its points', () => {
  test('a cap of 120% still stops at the points: 6/5 × 10 → 10', () => {
    expect(scoreOf(run({ kind: 'ratio', points: '10', actual: 'a', target: 't', cap: '1.2' }, { a: '6', t: '5' }))).toBe('10.0000');
  });
  test('explanations show at most 4 decimals', () => {
    const r = run({ kind: 'ratio', points: '1', actual: 'a', target: 't' }, { a: '4.73', t: '5.34' });
    expect(r.steps[1].text).toBe('得分 = min(88.58%, 100.00%) × 1 = 0.8858');
  });
});
