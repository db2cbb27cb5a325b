import type { Analysis } from '../../src/workbook/analyse/analysis.types';
import { scoreCorpusForm, type RealForm } from './corpus';

/**
 * 银川's form (project-ningxia-yinchuan-chuzhong.json) states 自评得分 98 in its fields above the table and
 * prints "M.8万元" as one target. Worked by hand: the scores that can be read sum to 4 + 2 + 2 + 2 + 9 + 7
 * + 2 + 6 + 5 + 4 + 4 + 3 + 3 + 13 + 8 = 74; 保障人数's score is printed "IO" and its row is worth 10, so
 * the table reaches at most 84, and 98 cannot be its total. "M.8万元" is no amount: it is named, not graded.
 */

const YINCHUAN = 'project-ningxia-yinchuan-chuzhong.json';
const read = (change?: (f: RealForm) => void): Promise<Analysis> => scoreCorpusForm(YINCHUAN, change);
const at = (a: Analysis, address: string) => a.warnings.filter((w) => w.address === address);

describe('the 自评得分 field above the table', () => {
  test('银川: 98 above the 84 the table can reach is an error on B4', async () => {
    const w = at(await read(), 'B4');
    expect(w.map((x) => [x.code, x.severity])).toEqual([['SUM_MISMATCH', 'error']]);
    expect(w[0].message).toBe('自评得分 98.00 高于表中得分最多可达的 84.00：已填各指标得分之和 74.00，另 1 个指标得分未能读取，按其分值合计 10.00 计');
  });

  test('an altered copy stating 80 (within reach) raises nothing on B4', async () => {
    expect(at(await read((f) => (f.sheet.rows[3][1] = 80)), 'B4')).toEqual([]);
  });

  test('an altered copy with 保障人数 scored 10 and the field 84 agrees; 85 is flagged', async () => {
    const agree = await read((f) => {
      f.sheet.rows[17][6] = 10;
      f.sheet.rows[3][1] = 84;
    });
    expect(at(agree, 'B4')).toEqual([]);
    const off = await read((f) => {
      f.sheet.rows[17][6] = 10;
      f.sheet.rows[3][1] = 85;
    });
    expect(at(off, 'B4').map((x) => x.message)).toEqual(['自评得分 85.00 与各指标填报得分之和 84.00 不符（相差 1.00 分）']);
  });
});

describe('a target written as an amount that is no number', () => {
  test('银川: "M.8万元" is BAD_NUMBER on E26, and the row is not graded by its words', async () => {
    const w = at(await read(), 'E26');
    expect(w.map((x) => x.code)).toEqual(['BAD_NUMBER']);
    expect(w[0].message).toContain('“M.8万元”无法识别为“绿化、水电费等成本”的年度指标值');
  });

  test('an altered copy reading "14.8万元" raises nothing on E26', async () => {
    expect(at(await read((f) => (f.sheet.rows[25][4] = '14.8万元')), 'E26')).toEqual([]);
  });
});
