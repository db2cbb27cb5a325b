import { shenzhenSnapshot } from '../fixtures';
import { analysed, found } from '../helpers';

describe('BAD_NUMBER and NUMBER_AS_TEXT', () => {
  test('text that cannot be read names the sheet, the cell and the text', () => {
    const a = analysed(shenzhenSnapshot({}, { 政府采购计划金额: '五点三四' }));
    const [w] = found(a, 'BAD_NUMBER');
    expect(w).toMatchObject({ severity: 'error', sheet: '基础数据', address: 'B24' });
    expect(w.message).toContain('五点三四');
    expect(w.message).toContain('基础数据');
  });
  test('a bad score cell in the table is reported and never read as zero', () => {
    const a = analysed(shenzhenSnapshot({ 项目监管: '良好' }));
    expect(found(a, 'BAD_NUMBER')).toEqual([expect.objectContaining({ address: 'I29' })]);
  });
  test('"满分" in a score cell is the leaf\'s 分值, said in an info note', () => {
    const a = analysed(shenzhenSnapshot({ 项目监管: '满分' }));
    expect(found(a, 'BAD_NUMBER')).toEqual([]);
    expect(a.layout.leaves.find((l) => l.scoreAddress === 'I29')?.typedScore?.toFixed()).toBe('2');
    const [w] = found(a, 'NUMBER_AS_TEXT');
    expect(w).toMatchObject({ severity: 'info', address: 'I29' });
    expect(w.message).toContain('满分');
    expect(w.message).toContain('2.00');
    expect(a.scored.total.toFixed(2)).toBe('96.88');
  });
  test('"5（满分）" and "5分（满分）" are read as 5', () => {
    for (const text of ['5（满分）', '5分（满分）', '5 (满分)', '５分（满分）']) {
      const a = analysed(shenzhenSnapshot({ 预算编制合理性: text }));
      expect(found(a, 'BAD_NUMBER')).toEqual([]);
      expect(a.layout.leaves.find((l) => l.path.includes('预算编制合理性'))?.typedScore?.toFixed()).toBe('5');
      expect(found(a, 'NUMBER_AS_TEXT')).toEqual([expect.objectContaining({ severity: 'info' })]);
    }
    // a number before the note that is no number stays an error
    expect(found(analysed(shenzhenSnapshot({ 预算编制合理性: '五（满分）' })), 'BAD_NUMBER')).toHaveLength(1);
  });
  test('numbers written as text are read and said so', () => {
    const a = analysed(shenzhenSnapshot({ 项目监管: '２．００' }));
    expect(found(a, 'BAD_NUMBER')).toEqual([]);
    const [w] = found(a, 'NUMBER_AS_TEXT');
    expect(w).toMatchObject({ severity: 'info', address: 'I29' });
    expect(w.message).toContain('2.00');
  });
  test('clean numbers draw nothing', () => {
    const a = analysed(shenzhenSnapshot());
    expect(found(a, 'BAD_NUMBER')).toEqual([]);
    expect(found(a, 'NUMBER_AS_TEXT')).toEqual([]);
  });
});
