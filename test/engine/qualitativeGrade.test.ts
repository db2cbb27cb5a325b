import { qualitativeGrade } from '../../src/engine/rules/qualitativeGrade';

describe('qualitativeGrade: one vocabulary for the engine and the workbook', () => {
  test.each([
    // negations first: each of these contains an achievement verb
    ['未达成', '未达成'],
    ['未完成', '未达成'],
    ['未达到', '未达成'],
    ['未实现', '未达成'],
    ['未达到预期', '未达成'],
    ['未达标', '未达成'],
    ['没有完成', '未达成'],
    ['没有达到预期目标', '未达成'],
    ['尚未完成', '未达成'],
    ['尚未实现', '未达成'],
    ['未能完成', '未达成'],
    ['未能如期完成', '未达成'],
    ['没有改善', '未达成'],
    ['无法实现', '未达成'],
    // then partial achievement
    ['部分达成', '部分达成'],
    ['基本达成', '部分达成'],
    ['部分完成', '部分达成'],
    ['基本完成', '部分达成'],
    ['部分实现', '部分达成'],
    ['基本实现', '部分达成'],
    ['基本达到', '部分达成'],
    ['部分达到', '部分达成'],
    ['部分改善', '部分达成'],
    ['基本达到预期', '部分达成'],
    ['大部分完成', '部分达成'],
    // then achievement
    ['达成', '达成'],
    ['已达成', '达成'],
    ['完成', '达成'],
    ['已完成', '达成'],
    ['全部完成', '达成'],
    ['实现', '达成'],
    ['达到', '达成'],
    ['达到预期', '达成'],
    ['有效提升', '达成'],
    ['已提升', '达成'],
    ['明显改善', '达成'],
    ['显著', '达成'],
    ['有效', '达成'],
    // full-width and spaces
    ['　未 实现 ', '未达成'],
    ['基本 完成', '部分达成'],
  ])('%s → %s', (text, grade) => {
    expect(qualitativeGrade(text)).toBe(grade);
  });

  test.each(['', '  ', '还行', '良好', '98%'])('“%s” names no grade', (text) => {
    expect(qualitativeGrade(text)).toBeNull();
  });
});
