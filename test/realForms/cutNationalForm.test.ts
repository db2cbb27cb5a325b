import type { Analysis } from '../../src/workbook/analyse/analysis.types';
import { scoreCorpusForm, type RealForm } from './corpus';

/**
 * 大英's fragment (project-sichuan-daying-fragment.json) is a national form cut above its 绩效指标(90分)
 * header: one indicator of 权重 90, its 完成值 the word "完成" against ≤30万元, a stated 90, and a 合计 row
 * printing 100 under 权重. Worked by hand: 100 = the 90 shown + the 10 of the 预算执行率 block the page does
 * not show, so 合计 holds; the 90 counts only as stated, unverified, because no figure can check it.
 */

const FRAGMENT = 'project-sichuan-daying-fragment.json';
const read = (change?: (f: RealForm) => void): Promise<Analysis> => scoreCorpusForm(FRAGMENT, change);
const at = (a: Analysis, address: string) => a.warnings.filter((w) => w.address === address).map((w) => [w.code, w.severity]);

describe('a national form cut above its indicators', () => {
  test('a word as the 完成值 of a quantitative target: the score counted says it is unverified, on the score cell', async () => {
    const a = await read();
    expect(at(a, 'J2')).toEqual([['UNVERIFIED_SCORE', 'info']]);
    expect(a.warnings.find((w) => w.address === 'J2')?.message).toBe('“成本控制数”计分所需的数据无法读取（见 自评表!H2 的提示），填报得分 90.00 未经核验，已计入合计');
    expect(at(a, 'H2')).toEqual([['BAD_NUMBER', 'error']]);
  });

  test('合计 100 over 90 shown points is the 90 plus the unshown funds block\'s 10: said, not flagged', async () => {
    const a = await read();
    expect(at(a, 'I3')).toEqual([['SUM_MISMATCH', 'info']]);
    expect(a.warnings.filter((w) => w.code === 'POINTS_TOTAL_NOT_100').map((w) => w.severity)).toEqual(['info']);
  });

  test('an altered copy whose 合计 is 95 is still an error on I3', async () => {
    const a = await read((f) => (f.sheet.rows[2][8] = 95));
    expect(at(a, 'I3')).toContainEqual(['SUM_MISMATCH', 'error']);
  });
});
