import { dec } from '../../src/engine/decimal';
import { evaluateRule } from '../../src/engine/evaluate';
import type { FigureValue, IndicatorRule, IndicatorSettings } from '../../src/engine/types';
import { scoreOf } from './helpers';

/** 财预〔2021〕101号's indicator rules (domain.md §9), at their edges. */
const central: Partial<IndicatorSettings> = {
  completionFormula: 'above-sixty',
  satisfactionTiers: [
    { atLeast: '0.9', share: '1' },
    { atLeast: '0.8', share: '0.8' },
    { atLeast: '0.6', share: '0.5' },
  ],
};

function score(rule: Partial<IndicatorRule>, target: string, actual: string, settings: Partial<IndicatorSettings> = central): string {
  const figures = new Map<string, FigureValue>([
    ['t', dec(target)],
    ['a', dec(actual)],
  ]);
  const full: IndicatorRule = { kind: 'indicator', points: '10', direction: 'positive', target: 't', actual: 'a', ...rule };
  return scoreOf(evaluateRule(full, { figures, settings }), 2);
}

describe('completion above 60% (101号)', () => {
  it.each([
    ['100', '100', '10.00'], // met: full marks
    ['100', '96', '9.00'], // (96% − 60%) ÷ 40% × 10
    ['100', '80', '5.00'],
    ['100', '60', '0.00'], // exactly 60%: nothing above it
    ['100', '59.99', '0.00'],
  ])('target %s, actual %s → %s', (t, a, s) => expect(score({}, t, a)).toBe(s));

  it('applies to a reverse row’s completion too (33 days against ≤30: 90% → 7.50)', () => {
    expect(score({ direction: 'reverse' }, '30', '33')).toBe('7.50');
  });

  it('leaves the 10号 proportional rule alone when not selected', () => {
    expect(score({}, '100', '96', {})).toBe('9.60');
  });
});

describe('satisfaction tiers (101号)', () => {
  const row = { satisfaction: true, unit: '%' };
  it.each([
    ['0.95', '10.00'],
    ['0.9', '10.00'],
    ['0.8999', '8.00'],
    ['0.8', '8.00'],
    ['0.6', '5.00'],
    ['0.5999', '0.00'],
  ])('rate %s → %s, whatever the target', (rate, s) => expect(score(row, '0.95', rate)).toBe(s));

  it('are used only for a satisfaction row measured in %', () => {
    expect(score({ satisfaction: true, unit: '人' }, '100', '96')).toBe('9.00');
    expect(score({ unit: '%' }, '0.9', '0.88')).toBe('9.44'); // 88 ÷ 90 = 97.78% → (97.78% − 60%) ÷ 40% × 10 = 9.444
  });
});
