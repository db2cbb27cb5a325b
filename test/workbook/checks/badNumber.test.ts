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
    const a = analysed(shenzhenSnapshot({ 项目监管: '满分' }));
    expect(found(a, 'BAD_NUMBER')).toEqual([expect.objectContaining({ address: 'I29' })]);
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
