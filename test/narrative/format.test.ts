import { dec, percent, thousands, wan } from '../../src/engine/decimal';
import { count, normaliseTargetText, numeral, quoteSentence, selfReference, yearLabel } from '../../src/engine/narrative/format';

describe('report formatting (domain.md §2, §7)', () => {
  test('amounts in 万元 with thousands separators and 2 decimals, rounded half up', () => {
    expect(wan(dec('1936.12'))).toBe('1,936.12万元');
    expect(wan(dec('65372.305'))).toBe('65,372.31万元');
    expect(thousands(dec('534.46'))).toBe('534.46');
    expect(thousands(dec('1234567'))).toBe('1,234,567.00');
    expect(thousands(dec('-1401.665'))).toBe('-1,401.67');
    expect(wan(dec('204400'))).toBe('204,400.00万元');
  });

  test('percentages with 2 decimals, counts as written', () => {
    expect(percent(dec('0.987'))).toBe('98.70%');
    expect(percent(dec('1.0207'))).toBe('102.07%');
    expect(count(dec('23'))).toBe('23');
    expect(count(dec('2.5'))).toBe('2.50');
  });

  test('Chinese numerals for 一是…二是…', () => {
    expect([1, 2, 9, 10, 11, 20, 21, 99].map(numeral)).toEqual(['一', '二', '九', '十', '十一', '二十', '二十一', '九十九']);
  });

  test('the unit refers to itself from its name; 我单位 when unknown', () => {
    expect(selfReference('深圳市科技交流服务中心')).toBe('我中心');
    expect(selfReference('广州市科学技术局')).toBe('我局');
    expect(selfReference('广州市科学技术协会')).toBe('我会');
    expect(selfReference('某某有限公司')).toBe('我单位');
    expect(selfReference(null)).toBe('我单位');
    expect(yearLabel('2024')).toBe('2024年度');
    expect(yearLabel(null)).toBe('本年度');
  });

  test('workbook text is quoted as one sentence', () => {
    expect(quoteSentence('未实现绩效目标的酌情扣分。')).toBe('“未实现绩效目标的酌情扣分。”');
    expect(quoteSentence('1. 甲；\n2. 乙')).toBe('“1. 甲；2. 乙”。');
  });

  test('target text as the report prints it: one sign, no stray spaces, thousands separators from five digits', () => {
    expect(normaliseTargetText('≥ 20000人次')).toBe('≥20,000人次');
    expect(normaliseTargetText('＝100%')).toBe('=100%');
    expect(normaliseTargetText('≧90%')).toBe('≥90%');
    expect(normaliseTargetText('≦ 30 天')).toBe('≤30天');
    expect(normaliseTargetText('≥１２３４５６．５万元')).toBe('≥123,456.5万元');
    // four digits are as often a year as an amount: left as written
    expect(normaliseTargetText('2023年10月')).toBe('2023年10月');
    expect(normaliseTargetText('≥1,000人')).toBe('≥1,000人');
    expect(normaliseTargetText('有效提升')).toBe('有效提升');
  });
});
