import { D } from '../../src/engine/decimal';
import { defaultThresholds, equalZeroLight, fundsLight, positiveLight, qualitativeLight, reverseLight, thresholdsFrom, worstLight } from '../../src/engine/monitoring';

/**
 * The warning lights by the published rule (domain.md §9), worked by hand:
 * funds r = (执行 ÷ 预算) ÷ (月 ÷ 12); positive v = 完成 ÷ (目标 ÷ 12 × 月).
 */
const t = defaultThresholds();
const d = (x: string) => new D(x);

describe('funds light', () => {
  test.each([
    // executed, budget, month, ratio by hand, light
    ['96', '240', 7, '0.6857', 'yellow'], // 0.4 ÷ 7/12 = 4.8 ÷ 7 = 0.685714…
    ['70', '240', 7, '0.5', 'red'], // 70/240 = 0.291666… ÷ 0.583333… = 0.5
    ['84', '240', 7, '0.6', 'yellow'], // 0.35 ÷ 0.583333… = 0.6 exactly: not below 60%
    ['112', '240', 7, '0.8', 'green'], // 0.466666… ÷ 0.583333… = 0.8 exactly: green from 80%
    ['111.99', '240', 7, '0.7999', 'yellow'], // 111.99 × 12 ÷ (240 × 7) = 1343.88 ÷ 1680 = 0.79992857…
    ['50', '100', 6, '1', 'green'],
  ])('%s of %s by month %d → ratio ≈ %s, %s', (executed, budget, month, ratio, light) => {
    const r = fundsLight(d(executed), d(budget), month, t)!;
    expect(r.light).toBe(light);
    expect(r.ratio.toDecimalPlaces(4).toString()).toBe(new D(ratio).toDecimalPlaces(4).toString());
  });

  test('no light without a budget or with a month outside 1–12', () => {
    expect(fundsLight(d('10'), d('0'), 7, t)).toBeNull();
    expect(fundsLight(d('10'), d('100'), 0, t)).toBeNull();
    expect(fundsLight(d('10'), d('100'), 13, t)).toBeNull();
  });

  test('the elapsed time and execution rate it rests on', () => {
    const r = fundsLight(d('96'), d('240'), 7, t)!;
    expect(r.executionRate.toString()).toBe('0.4');
    expect(r.elapsed.toDecimalPlaces(6).toString()).toBe('0.583333');
  });
});

describe('positive indicator light', () => {
  test.each([
    // actual, target, month, light — pro-rata target = target ÷ 12 × month
    ['15', '24', 7, 'green'], // 15 ÷ 14 = 1.0714
    ['420', '1200', 7, 'yellow'], // 420 ÷ 700 = 0.6 exactly
    ['419', '1200', 7, 'red'], // 419 ÷ 700 = 0.5986
    ['559', '1200', 7, 'yellow'], // 0.7986
    ['560', '1200', 7, 'green'], // 0.8
    ['839', '1200', 7, 'green'], // 1.1986
    ['840', '1200', 7, 'blue'], // 1.2 exactly: blue from 120%
    ['1', '1', 7, 'blue'], // 100% against 58.33% = 1.7143
  ])('%s against %s by month %d → %s', (actual, target, month, light) => {
    expect(positiveLight(d(actual), d(target), month, t)!.light).toBe(light);
  });

  test('the pro-rata target and the ratio are exact', () => {
    const r = positiveLight(d('420'), d('1200'), 7, t)!;
    expect(r.kind).toBe('positive');
    if (r.kind !== 'positive') return;
    expect(r.proRataTarget.toString()).toBe('700');
    expect(r.ratio.toString()).toBe('0.6');
    expect(r.deviation.toString()).toBe('0.4');
  });

  test('a target of 0 cannot be pro-rated', () => {
    expect(positiveLight(d('5'), d('0'), 7, t)).toBeNull();
  });
});

describe('reverse, zero and qualitative lights', () => {
  test('reverse: green within the target, red above it, with the excess as deviation', () => {
    expect(reverseLight(d('15'), d('15')).light).toBe('green');
    const red = reverseLight(d('18'), d('15'));
    expect(red.light).toBe('red');
    expect('deviation' in red && red.deviation.toString()).toBe('0.2'); // (18 − 15) ÷ 15
  });

  test('an "=0" target: green at 0, red above', () => {
    expect(equalZeroLight(d('0')).light).toBe('green');
    expect(equalZeroLight(d('1')).light).toBe('red');
  });

  test('达成 / 部分达成 / 未达成 → green / yellow / red', () => {
    expect(qualitativeLight('达成').light).toBe('green');
    expect(qualitativeLight('部分达成').light).toBe('yellow');
    expect(qualitativeLight('未达成').light).toBe('red');
  });

  test('the project light is the worst: red before yellow before blue before green', () => {
    expect(worstLight(['green', 'blue', 'yellow', 'red', 'green'])).toBe('red');
    expect(worstLight(['green', 'blue', 'yellow'])).toBe('yellow');
    expect(worstLight(['green', 'blue'])).toBe('blue');
    expect(worstLight([])).toBeNull();
  });
});

describe('thresholds from settings', () => {
  test('percent and fraction texts both read; the rest stay default', () => {
    const { thresholds, problems } = thresholdsFrom({ fundsRed: '50%', indicatorBlue: '1.3' });
    expect(problems).toEqual([]);
    expect(thresholds.fundsRed.toString()).toBe('0.5');
    expect(thresholds.indicatorBlue.toString()).toBe('1.3');
    expect(thresholds.fundsYellow.toString()).toBe('0.8');
    // 50% moves 0.55 out of red: 55 of 100 by month 12 is yellow now
    expect(fundsLight(d('55'), d('100'), 12, thresholds)!.light).toBe('yellow');
  });

  test('a text that is not a number, or an order that empties a band, is refused with the reason', () => {
    const bad = thresholdsFrom({ fundsRed: '六成' });
    expect(bad.thresholds.fundsRed.toString()).toBe('0.6');
    expect(bad.problems[0]).toContain('“六成”不是数值');
    const crossed = thresholdsFrom({ indicatorRed: '90%' });
    expect(crossed.thresholds.indicatorRed.toString()).toBe('0.6');
    expect(crossed.problems[0]).toContain('indicatorRed（90%）高于 indicatorYellow（80%）');
  });
});
