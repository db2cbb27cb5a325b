import type { Analysis } from '../../../src/workbook/analyse/analysis.types';
import { leavesOf } from '../../../src/engine/treeWalk';
import { shenzhenSnapshot } from '../fixtures';
import { analysed, found } from '../helpers';

describe('MISSING_INPUT and UNVERIFIED_SCORE', () => {
  test('a rule without its figures names them and the leaf; the typed score is carried unverified', () => {
    const a = analysed(shenzhenSnapshot({}, { 政府采购计划金额: undefined, 实际采购金额: undefined }));
    const [w] = found(a, 'MISSING_INPUT');
    expect(w).toMatchObject({ severity: 'warning', address: 'I18' });
    expect(w.message).toContain('政府采购执行情况');
    expect(w.message).toContain('实际采购金额');
    expect(w.message).toContain('政府采购计划金额');
    expect(w.message).toContain('1.89');
    // Said once: MISSING_INPUT already states the score is carried unverified.
    expect(found(a, 'UNVERIFIED_SCORE')).toEqual([]);
  });
  test('without a typed score the totals are reported incomplete', () => {
    const a = analysed(shenzhenSnapshot({ 政府采购执行情况: null }, { 政府采购计划金额: undefined }));
    const [w] = found(a, 'MISSING_INPUT');
    expect(w.message).toContain('不完整');
    expect(a.scored.complete).toBe(false);
    expect(found(a, 'UNVERIFIED_SCORE')).toEqual([]);
  });
  test('a typed score the rule rejects is carried unverified and said so', () => {
    const [u] = found(analysed(shenzhenSnapshot({ 政府采购执行情况: 0.5, 总分: 95.49 })), 'UNVERIFIED_SCORE');
    expect(u).toMatchObject({ severity: 'info', address: 'I18' });
    expect(u.message).toContain('0.50');
  });
  test('all figures present: nothing', () => {
    const a = analysed(shenzhenSnapshot());
    expect(found(a, 'MISSING_INPUT')).toEqual([]);
    expect(found(a, 'UNVERIFIED_SCORE')).toEqual([]);
  });
});

const scoreCell = (a: Analysis, name: string) => a.layout.leaves.find((l) => l.path[l.path.length - 1] === name)?.scoreAddress;

describe('MISSING_INPUT said once, and only for 基础数据', () => {
  test('a blank typed score of a judgement leaf is SCORE_BLANK only: 得分 is no 基础数据 figure', () => {
    const a = analysed(shenzhenSnapshot({ 绩效目标完整性: null, 总分: 93.88 }));
    const cell = scoreCell(a, '绩效目标完整性');
    const blank = found(a, 'SCORE_BLANK').filter((w) => w.address === cell);
    expect(blank).toHaveLength(1);
    expect(found(a, 'MISSING_INPUT').filter((w) => w.address === cell)).toEqual([]);
    expect(found(a, 'MISSING_INPUT').some((w) => w.message.includes('“得分”'))).toBe(false);
  });
  test('a score cell holding no number ("/") is BAD_NUMBER only', () => {
    const a = analysed(shenzhenSnapshot({ 绩效目标完整性: '/', 总分: 93.88 }));
    const cell = scoreCell(a, '绩效目标完整性');
    expect(found(a, 'BAD_NUMBER').filter((w) => w.address === cell)).toHaveLength(1);
    expect(found(a, 'MISSING_INPUT').filter((w) => w.address === cell)).toEqual([]);
  });
  test('a figure used twice by a rule is listed once as missing', () => {
    const a = analysed(shenzhenSnapshot({}, { 编外人数: undefined }));
    const leaf = leavesOf(a.scored.roots).find((l) => l.name === '编外人员控制率');
    expect(leaf?.missing).toEqual(['staff.contract']);
    const [w] = found(a, 'MISSING_INPUT');
    expect(w.message.match(/编外人数/g)).toHaveLength(1);
  });
});
