import fc from 'fast-check';
import { dec, roundHalfUp } from '../../src/engine/decimal';
import { evaluateRule } from '../../src/engine/evaluate';
import type { FigureValue, Rule } from '../../src/engine/types';
import { FunctionArgumentError, INVALID_VALUE } from '../../src/functions/errors';
import {
  grade,
  rate,
  round,
  scoreBudget,
  scoreDeduct,
  scoreExecution,
  scoreIndicator,
  scoreProcurement,
  scoreRatio,
  scoreTiers,
} from '../../src/functions/functions';

/** The engine's own score for a rule, rounded as the functions round: the functions must agree. */
function engineScore(rule: Rule, figures: Record<string, string>): number {
  const map = new Map<string, FigureValue>(Object.entries(figures).map(([k, v]) => [k, dec(v)]));
  const outcome = evaluateRule(rule, { figures: map });
  if (outcome.status !== 'scored' && outcome.status !== 'judgement') throw new Error(JSON.stringify(outcome));
  return Number(roundHalfUp(outcome.score, 2).toFixed(2));
}

function invalid(fn: () => unknown): FunctionArgumentError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(FunctionArgumentError);
    expect((error as FunctionArgumentError).code).toBe(INVALID_VALUE);
    expect((error as Error).message).toMatch(/[\u4e00-\u9fff]/);
    return error as FunctionArgumentError;
  }
  throw new Error('expected #VALUE!');
}

describe('seed 002 figures', () => {
  it('SCORE_EXECUTION(26.24%, 51.31%, 76.51%, 98.70%) → 5.99', () => {
    expect(scoreExecution(0.2624, 0.5131, 0.7651, 0.987)).toBe(5.99);
    expect(scoreExecution('26.24%', '51.31%', '76.51%', '98.70%')).toBe(5.99);
    expect(scoreExecution(26.24, 51.31, 76.51, 98.7)).toBe(5.99);
  });

  it('SCORE_PROCUREMENT(4.73, 5.34, 1) → 1.89 (0.8858 + 1)', () => {
    expect(scoreProcurement(4.73, 5.34, 1)).toBe(1.89);
    expect(scoreProcurement(4.73, 5.34)).toBe(0.89);
    expect(scoreProcurement(5.35, 5.34, 1)).toBe(1); // over plan: the rate part is 0
  });

  it('SCORE_TIERS for 固定资产利用率 and 编外人员控制率', () => {
    expect(scoreTiers(0.9093, [['>=90%:1; >=75%:0.7; >=60%:0.4; else:0']])).toBe(1);
    expect(scoreTiers(58.53 / 64.37, [['>=90%:1; >=75%:0.7; >=60%:0.4; else:0']])).toBe(1);
    expect(scoreTiers(4 / 27, [['<5%:1; <=10%:0.5; else:0']])).toBe(0);
    expect(scoreTiers(0.92, [['<=100%:1; else:0']])).toBe(1);
  });

  it('SCORE_TIERS for 公用经费控制率 (三公 3 and 日常 2) and 满意度 98.6% → 6', () => {
    const control = [['<90%:3; <=100%:2; else:0']];
    expect(scoreTiers(3.1 / 5.31, control)).toBe(3);
    expect(scoreTiers(61.23 / 67.32, control)).toBe(2);
    expect(scoreTiers('98.6%', [['>=95%:6; >=90%:4; >=80%:2; else:1']])).toBe(6);
  });

  it('GRADE(96.88) → 优', () => {
    expect(grade(96.88)).toBe('优');
  });

  it('SCORE_RATIO for 项目完成及时性 8/8 × 6 and RATE for the procurement rate', () => {
    expect(scoreRatio(8, 8, 6)).toBe(6);
    expect(rate(4.73, 5.34)).toBeCloseTo(0.885767790262172, 15);
    expect(round(rate(4.73, 5.34) * 100, 2)).toBe(88.58);
    expect(round(rate(1920.03, 2058.65) * 100)).toBe(93.27); // seed 001
  });

  it('SCORE_DEDUCT for 预算编制规范性 and 重点工作完成情况', () => {
    expect(scoreDeduct(5, 0, 1)).toBe(5);
    expect(scoreDeduct(8, 1, 4)).toBe(4);
    expect(scoreDeduct(8, 3, 4)).toBe(0);
  });
});

describe('each function agrees with the engine for the same figures', () => {
  it('SCORE_EXECUTION', () => {
    const rule: Rule = { kind: 'quarterly-execution', points: '6', progress: ['a', 'b', 'c', 'd'], quarterPoints: '1', annualPoints: '2', annualFactor: '2' };
    const figures = { a: '0.2', b: '0.45', c: '0.6', d: '0.9' };
    expect(scoreExecution(0.2, 0.45, 0.6, 0.9)).toBe(engineScore(rule, figures));
    expect(scoreExecution(0.2, 0.45, 0.6, 0.9)).toBe(5.1); // 0.8+0.9+0.8+0.9 + min(0.85×2, 2)
  });

  it('SCORE_RATIO', () => {
    const rule: Rule = { kind: 'ratio', points: '10', actual: 'a', target: 't', cap: '1.2' };
    expect(scoreRatio(110, 100, 10, 1.2)).toBe(engineScore(rule, { a: '110', t: '100' }));
    expect(scoreRatio(76, 100, 10)).toBe(7.6); // Chongqing 2021: 76% × 10
    expect(scoreRatio(130, 100, 10)).toBe(10);
  });

  it('SCORE_PROCUREMENT', () => {
    const rule: Rule = {
      kind: 'composite',
      points: '2',
      parts: [
        { id: 'r', kind: 'ratio', points: '1', actual: 'a', target: 'p', zeroWhenOver: true },
        { id: 'j', kind: 'judgement', points: '1', figure: 'j' },
      ],
    };
    expect(scoreProcurement(1920.03, 2058.65, 0.5)).toBe(engineScore(rule, { a: '1920.03', p: '2058.65', j: '0.5' }));
    expect(scoreProcurement(1920.03, 2058.65, 0.5)).toBe(1.43);
  });

  it('SCORE_TIERS from text and from a two-column range', () => {
    const rule: Rule = {
      kind: 'tiers',
      points: '3',
      value: 'v',
      tiers: [
        { op: '=', threshold: '0', points: '3' },
        { op: '<=', threshold: '0.1', points: '2' },
        { op: '<=', threshold: '0.2', points: '1' },
        { op: '<=', threshold: '0.3', points: '0.5' },
        { points: '0' },
      ],
    };
    const text = '=0:3; <=10%:2; <=20%:1; <=30%:0.5; 其他:0';
    const range = [
      ['=0', 3],
      ['<=10%', 2],
      ['<=20%', 1],
      ['<=30%', 0.5],
      ['其他', 0],
    ];
    for (const v of [0, 0.05, 0.1, 0.15, 0.25, 0.31]) {
      const expected = engineScore(rule, { v: String(v) });
      expect(scoreTiers(v, [[text]])).toBe(expected);
      expect(scoreTiers(v, range)).toBe(expected);
    }
    expect(scoreTiers(0.15, range)).toBe(1);
  });

  it('SCORE_TIERS takes plain text too (WPS passes a string) and reports a value no tier covers', () => {
    expect(scoreTiers(0.9093, '>=90%:1; else:0' as unknown as string[][])).toBe(1);
    expect(invalid(() => scoreTiers(0.5, [['>=90%:1']])).message).toContain('不属于任何档次');
  });

  it('SCORE_TIERS keeps counts as counts when no threshold has a % sign', () => {
    expect(scoreTiers(5, [['>=3:1; else:0']])).toBe(1);
    expect(scoreTiers(2, [['>=3:1; else:0']])).toBe(0);
  });

  it('SCORE_DEDUCT', () => {
    const rule: Rule = { kind: 'deduct', points: '3', count: 'n', perItem: '1' };
    expect(scoreDeduct(3, 2, 1)).toBe(engineScore(rule, { n: '2' }));
    expect(scoreDeduct(3, 2, 1)).toBe(1);
  });

  it('SCORE_INDICATOR positive, reverse and equal', () => {
    const rule = (direction: 'positive' | 'reverse' | 'equal', points = '10'): Rule => ({ kind: 'indicator', points, direction, actual: 'a', target: 't' });
    expect(scoreIndicator(480, 500, 10)).toBe(engineScore(rule('positive'), { a: '480', t: '500' }));
    expect(scoreIndicator(480, 500, 10)).toBe(9.6);
    expect(scoreIndicator('480人次', '≥500人次', 10)).toBe(9.6);
    expect(scoreIndicator(520, 500, 10, '正向')).toBe(10);
    expect(scoreIndicator(33, 30, 10, '反向')).toBe(engineScore(rule('reverse'), { a: '33', t: '30' }));
    expect(scoreIndicator(33, 30, 10, '-')).toBe(9);
    expect(scoreIndicator('33天', '≤30天', 10)).toBe(9);
    expect(scoreIndicator(28, 30, 10, '反向')).toBe(10);
    expect(scoreIndicator(60, 30, 10, '反向')).toBe(0);
    expect(scoreIndicator(0, 0, 5, '=')).toBe(engineScore(rule('equal', '5'), { a: '0', t: '0' }));
    expect(scoreIndicator(0, 0, 5, '等于')).toBe(5);
    expect(scoreIndicator(1, 0, 5, '等于')).toBe(0);
    expect(scoreIndicator('98%', '=100%', 5)).toBe(4.9);
  });

  it('SCORE_INDICATOR compares in one unit: 元/万元/亿元 converted, % as fractions', () => {
    expect(scoreIndicator('5亿元', '≥500万元', 10)).toBe(10);
    expect(scoreIndicator('450万元', '≥0.05亿元', 10)).toBe(9);
    expect(scoreIndicator('4,500,000元', '≥500万', 10)).toBe(9);
    expect(scoreIndicator('５５０万元', '≤500万元', 10)).toBe(9);
    expect(scoreIndicator(480, '≥500万元', 10)).toBe(9.6);
    expect(scoreIndicator(90, '≥95%', 10)).toBe(9.47);
    expect(scoreIndicator(0.9, '≥95%', 10)).toBe(9.47);
    expect(scoreIndicator('90%', '≥95%', 10)).toBe(9.47);
  });

  it('SCORE_INDICATOR refuses values of different kinds or units with #VALUE! naming both', () => {
    const amountVsRate = invalid(() => scoreIndicator('5亿元', '≥95%', 10));
    expect(amountVsRate.code).toBe(INVALID_VALUE);
    expect(amountVsRate.message).toContain('“亿元”');
    expect(amountVsRate.message).toContain('“%”');
    const countVsDays = invalid(() => scoreIndicator('480人次', '≤30天', 10));
    expect(countVsDays.message).toBe('实际完成值的单位“人次”与年度指标值的单位“天”不同，无法比较（units differ: 人次 vs 天）');
    expect(invalid(() => scoreIndicator('(5)万元', '≥500万元', 10)).message).toContain('不能为负数');
  });

  it('SCORE_BUDGET', () => {
    const rule: Rule = { kind: 'budget-execution', points: '10', executed: 'e', budget: 'b' };
    expect(scoreBudget(518.56, 533.46)).toBe(engineScore(rule, { e: '518.56', b: '533.46' }));
    expect(scoreBudget(518.56, 533.46)).toBe(9.72);
    expect(scoreBudget(600, 533.46, 20)).toBe(20);
  });
});

describe('exact decimals at the edge', () => {
  it('ROUND is half up on the exact decimal', () => {
    expect(round(2.675)).toBe(2.68);
    expect(round(1.005)).toBe(1.01);
    expect(round(5.987)).toBe(5.99);
    expect(round(0.8871 + 1)).toBe(1.89);
    expect(round(2.5, 0)).toBe(3);
    expect(round(-2.675)).toBe(-2.68);
    expect(round('98.765%', 4)).toBe(0.9877);
  });

  it('RATE is the exact quotient, not rounded', () => {
    expect(rate(1, 3)).toBe(1 / 3);
    expect(rate(1887.42, 1912.37)).toBe(Number(dec('1887.42').dividedBy('1912.37').toString()));
    expect(round(rate(1887.42, 1912.37) * 100)).toBe(98.7);
    expect(rate(0, 5)).toBe(0);
  });

  it('GRADE bands', () => {
    expect([90, 89.99, 80, 79.99, 60, 59.99, 0, 100].map((t) => grade(t))).toEqual(['优', '良', '良', '中', '中', '差', '差', '优']);
    expect(grade('95.82')).toBe('优');
  });
});

describe('properties', () => {
  it('SCORE_RATIO stays within [0, points] and never falls as actual grows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 1, max: 10_000 }), (a, extra, t) => {
        const s1 = scoreRatio(a / 100, t / 100, 10);
        const s2 = scoreRatio((a + extra) / 100, t / 100, 10);
        return s1 >= 0 && s1 <= 10 && s2 >= s1;
      }),
    );
  });

  it('SCORE_INDICATOR positive never decreases and reverse never increases with actual', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 1000 }), (a, extra, t) => {
        const up = scoreIndicator(a, t, 10, '正向') <= scoreIndicator(a + extra, t, 10, '正向');
        const down = scoreIndicator(a, t, 10, '反向') >= scoreIndicator(a + extra, t, 10, '反向');
        return up && down;
      }),
    );
  });

  it('ROUND gives the same as rounding the decimal text by hand', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 }), (n) => {
        const value = n / 1000; // three decimals, e.g. 2.675
        const cents = Math.floor(n / 10) + (n % 10 >= 5 ? 1 : 0);
        return round(value) === cents / 100;
      }),
    );
  });
});

describe('bad arguments give #VALUE! with a Chinese message', () => {
  it('empty, text, zero denominators, negative amounts', () => {
    expect(invalid(() => scoreExecution(null as unknown as number, 0.5, 0.75, 1)).message).toContain('一季度支出进度');
    expect(invalid(() => scoreExecution('abc', 0.5, 0.75, 1)).message).toContain('不是数字');
    expect(invalid(() => scoreRatio(1, 0, 10)).message).toContain('不能为 0');
    expect(invalid(() => scoreRatio(-1, 5, 10)).message).toContain('不能为负数');
    expect(invalid(() => scoreProcurement(4.73, 0, 1)).message).toContain('采购计划金额');
    expect(invalid(() => scoreProcurement(4.73, 5.34, 2)).message).toContain('0 到 1');
    expect(invalid(() => scoreTiers(0.5, [['>=90% 1']])).message).toContain('>=90% 1');
    expect(invalid(() => scoreTiers(0.5, [['']])).message).toContain('分档规则');
    expect(invalid(() => scoreTiers(0.5, [['>=90%', 'x']])).message).toContain('分值应为');
    expect(invalid(() => scoreDeduct(5, 1.5, 1)).message).toContain('整数');
    expect(invalid(() => scoreDeduct(5, -1, 1)).message).toContain('不能为负数');
    expect(invalid(() => scoreIndicator(1, 2, 10, '向上')).message).toContain('指标方向');
    expect(invalid(() => scoreIndicator(1, 0, 10, '正向')).message).toContain('年度指标值');
    expect(invalid(() => scoreBudget(1, 0)).message).toContain('全年预算数');
    expect(invalid(() => rate(1, 0)).message).toContain('分母');
    expect(invalid(() => rate('', 3)).message).toContain('分子');
    expect(invalid(() => round(1.234, 11)).message).toContain('小数位数');
    expect(invalid(() => round(1.234, -1)).message).toContain('小数位数');
    expect(invalid(() => grade(101)).message).toContain('总分');
    expect(invalid(() => grade('优')).message).toContain('不是数字');
  });

  it('uses CustomFunctions.Error when the runtime provides it', () => {
    class FakeError extends Error {
      constructor(
        readonly code: string,
        message?: string,
      ) {
        super(message);
      }
    }
    const g = globalThis as { CustomFunctions?: unknown };
    g.CustomFunctions = { Error: FakeError, ErrorCode: { invalidValue: '#VALUE!' } };
    try {
      expect(() => rate(1, 0)).toThrow(FakeError);
      try {
        rate(1, 0);
      } catch (error) {
        expect((error as FakeError).code).toBe('#VALUE!');
        expect((error as FakeError).message).toContain('分母');
      }
    } finally {
      delete g.CustomFunctions;
    }
  });
});
