import { dec } from '../../src/engine/decimal';
import { gradeFor, gradeOf, NATIONAL_GRADE_BANDS, parseGradeBands, printGradeBands } from '../../src/engine/grade';

describe('grade bands', () => {
  const local = { 优: '80', 良: '70', 中: '60' };

  it.each([
    ['85', '良', '优'],
    ['79.99', '中', '良'],
    ['70', '中', '良'],
    ['69.99', '中', '中'],
    ['59.99', '差', '差'],
  ])('%s → %s nationally, %s at 80/70/60', (total, national, at80) => {
    expect(gradeOf(dec(total))).toBe(national);
    expect(gradeOf(dec(total), local)).toBe(at80);
  });

  it('grades a table whose points are not 100 on its percentage, by the same bands', () => {
    // 42.5 of 50 is 85%: 良 nationally, 优 at 80/70/60
    expect(gradeFor(dec('42.5'), dec(50))).toBe('良');
    expect(gradeFor(dec('42.5'), dec(50), local)).toBe('优');
  });

  it('reads bands as people write them, and refuses any that do not fall from 100 to above 0', () => {
    expect(parseGradeBands('80/70/60')).toEqual(local);
    expect(parseGradeBands(' 85、75、60 ')).toEqual({ 优: '85', 良: '75', 中: '60' });
    expect(parseGradeBands('90／80／60')).toEqual(NATIONAL_GRADE_BANDS);
    for (const bad of ['60/70/80', '90/90/60', '90/80', '90/80/60/50', '101/80/60', '90/80/0', '九十/80/60', '']) {
      expect(parseGradeBands(bad)).toBeNull();
    }
  });

  it('prints what it reads', () => {
    expect(printGradeBands(local)).toBe('80/70/60');
    expect(parseGradeBands(printGradeBands(local))).toEqual(local);
  });
});
