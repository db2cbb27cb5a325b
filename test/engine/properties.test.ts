import fc from 'fast-check';
import { D, dec, roundHalfUp, fixed, toHostNumber } from '../../src/engine/decimal';
import { gradeFor, gradeOf, percentOf } from '../../src/engine/grade';
import type { Rule, RuleOutcome } from '../../src/engine/types';
import { run } from './helpers';

/** Decimal strings with up to 2 places, as the tables print figures. */
const amount = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((n) => new D(n).div(100).toFixed(2));
const pointsArb = fc.integer({ min: 0, max: 3000 }).map((n) => new D(n).div(100).toString());

function inRange(outcome: RuleOutcome, points: string): boolean {
  if (outcome.status === 'scored' || outcome.status === 'judgement') {
    return outcome.score.isFinite() && outcome.score.greaterThanOrEqualTo(0) && outcome.score.lessThanOrEqualTo(dec(points));
  }
  return outcome.status === 'error' || outcome.status === 'missing-input';
}

describe('every rule scores within [0, points]', () => {
  test('ratio', () => fc.assert(fc.property(amount(1e5), amount(1e5), pointsArb, fc.boolean(), (a, t, p, z) =>
    inRange(run({ kind: 'ratio', points: p, actual: 'a', target: 't', zeroWhenOver: z }, { a, t }), p))));
  test('tiers', () => fc.assert(fc.property(amount(10), pointsArb, (v, p) =>
    inRange(run({ kind: 'tiers', points: p, value: 'v', tiers: [{ op: '>=', threshold: '0.9', points: '5' }, { op: '>=', threshold: '0.6', points: '2' }, { points: '0' }] }, { v }), p))));
  test('deduct', () => fc.assert(fc.property(fc.integer({ min: 0, max: 50 }), pointsArb, amount(5), (n, p, per) =>
    inRange(run({ kind: 'deduct', points: p, count: 'n', perItem: per }, { n: String(n) }), p))));
  test('quarterly execution', () => fc.assert(fc.property(fc.array(amount(2), { minLength: 4, maxLength: 4 }), (q) =>
    inRange(run({ kind: 'quarterly-execution', points: '6', progress: ['a', 'b', 'c', 'd'] }, { a: q[0], b: q[1], c: q[2], d: q[3] }), '6'))));
  test('threshold then deduct', () => fc.assert(fc.property(amount(2), (v) =>
    inRange(run({ kind: 'threshold-deduct', points: '1', value: 'v', threshold: '0.1', perPoint: '0.1' }, { v }), '1'))));
  test('budget execution', () => fc.assert(fc.property(amount(1e4), amount(1e4), (e, b) =>
    inRange(run({ kind: 'budget-execution', points: '10', executed: 'e', budget: 'b' }, { e, b }), '10'))));
  test('indicator, every direction', () => fc.assert(fc.property(amount(1000), amount(1000), fc.constantFrom('positive', 'reverse', 'equal'), (t, a, d) =>
    inRange(run({ kind: 'indicator', points: '20', direction: d as 'positive', target: 't', actual: 'a' }, { t, a }), '20'))));
  test('judgement accepts only [0, points]', () => fc.assert(fc.property(fc.integer({ min: -1000, max: 4000 }), (n) => {
    const typed = new D(n).div(100).toString();
    const r = run({ kind: 'judgement', points: '25' }, {}, typed);
    return dec(typed).lessThan(0) || dec(typed).greaterThan(25) ? r.status === 'error' : r.status === 'judgement';
  })));
});

describe('a positive rule never falls as actual grows', () => {
  const score = (r: RuleOutcome) => (r.status === 'scored' ? r.score : null);
  test('ratio', () => fc.assert(fc.property(amount(1e4), amount(1e4), fc.integer({ min: 1, max: 1e6 }).map((n) => new D(n).div(100).toFixed(2)), (a1, d, t) => {
    const lo = score(run({ kind: 'ratio', points: '10', actual: 'a', target: 't' }, { a: a1, t }));
    const hi = score(run({ kind: 'ratio', points: '10', actual: 'a', target: 't' }, { a: dec(a1).plus(d).toFixed(2), t }));
    return lo !== null && hi !== null && hi.greaterThanOrEqualTo(lo);
  })));
  test('positive indicator', () => fc.assert(fc.property(amount(1e4), amount(1e4), fc.integer({ min: 1, max: 1e6 }).map((n) => new D(n).div(100).toFixed(2)), (a1, d, t) => {
    const rule: Rule = { kind: 'indicator', points: '20', direction: 'positive', target: 't', actual: 'a' };
    const lo = score(run(rule, { a: a1, t }));
    const hi = score(run(rule, { a: dec(a1).plus(d).toFixed(2), t }));
    return lo !== null && hi !== null && hi.greaterThanOrEqualTo(lo);
  })));
});

describe('rounding is half up on exact decimals', () => {
  test.each([
    ['2.675', '2.68'],
    ['1.005', '1.01'],
    ['5.987', '5.99'],
    ['1.8871', '1.89'],
    ['0.125', '0.13'],
    ['-2.675', '-2.68'],
  ])('%s → %s', (x, y) => expect(roundHalfUp(x).toFixed(2)).toBe(y));
  test('0.8871 + 1 gives 1.89 (domain.md §2)', () => expect(fixed(dec('0.8871').plus(1))).toBe('1.89'));
  test('any x.xx5 rounds away from zero, any x.xx4 rounds down', () => fc.assert(fc.property(fc.integer({ min: 0, max: 1e7 }), (n) => {
    const base = new D(n).div(100);
    return roundHalfUp(base.plus('0.005')).equals(base.plus('0.01')) && roundHalfUp(base.plus('0.004')).equals(base);
  })));
});

describe('grade bands', () => {
  test.each([
    ['96.88', '优'],
    ['90', '优'],
    ['89.99', '良'],
    ['80', '良'],
    ['79.99', '中'],
    ['60', '中'],
    ['59.99', '差'],
  ])('%s → %s', (t, g) => expect(gradeOf(dec(t))).toBe(g));
});

describe('grades of tables whose points do not total 100', () => {
  test.each([
    ['86.88', '90', '优'], // 96.53 on the 100-point scale
    ['72', '90', '良'], // 80.00
    ['71.99', '90', '中'], // 79.99
    ['86.88', '100', '良'],
    ['45', '50', '优'],
    ['0', '0', '差'],
  ])('%s of %s → %s', (t, m, g) => expect(gradeFor(dec(t), dec(m))).toBe(g));

  test('the percentage is given only when the points are not 100', () => {
    expect(percentOf(dec('86.88'), dec('90'))?.toFixed(2)).toBe('96.53');
    expect(percentOf(dec('86.88'), dec('100'))).toBeUndefined();
  });
});

describe('toHostNumber: the exact decimal as the host\'s number, rounded half up first', () => {
  test.each([
    ['5.987', 2, 5.99],
    ['2.675', 2, 2.68],
    ['1.005', 2, 1.01],
    ['0.8871', 2, 0.89],
    ['96.88', 2, 96.88],
    ['2.675', 0, 3],
    ['1.23456', 4, 1.2346],
  ])('%s to %d places → %d', (x, places, y) => expect(toHostNumber(dec(x), places)).toBe(y));
  test('two places by default; null stays null', () => {
    expect(toHostNumber(new D('0.1').plus('0.2'))).toBe(0.3);
    expect(toHostNumber(null)).toBeNull();
  });
});
