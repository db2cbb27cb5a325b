import { leavesOf } from '../../src/engine/treeWalk';
import type { Analysis } from '../../src/workbook/analyse/analysis.types';
import { formatSummary } from '../../src/cli/commands/score/summary';
import { scoreCorpusForm } from './corpus';

/**
 * Points unknown is not points 0. 黄石's project form prints 10 as each indicator's score and no 分值 for
 * any of them (only the block's "80分"); seed 004's roll-up prints scores and no points at all. Worked by
 * hand: 黄石 19.55 (funds, computed) + 8 × 10 = 99.55; 广州 24.49 + 24.50 + 3 + 3 + 4 + 15 + 10 + 9.5 + 4 = 97.49.
 * Each stated score is carried as stated and unverified, none is called above a 0 it never had, and the
 * total says it rests on them. A wrong 分值 (negative, unreadable) is another case, kept out of every total.
 */

const HUANGSHI = 'project-hubei-huangshi-haimian.json';
const GUANGZHOU = 'department-guangzhou-kjj-2022-rollup.json';
const read = scoreCorpusForm;
const codesAt = (a: Analysis, address: string | null) => a.warnings.filter((w) => w.address === address).map((w) => w.code);

describe('a stated score on a row whose 分值 the form does not print', () => {
  test('黄石: the eight stated 10s are carried unverified and the total is 99.55, not 19.55', async () => {
    const a = await read(HUANGSHI);
    expect(a.scored.total.toFixed(2)).toBe('99.55');
    const unknown = leavesOf(a.scored.roots).filter((l) => l.pointsUnknown);
    expect(unknown.map((l) => [l.score?.toFixed(2), l.unverified])).toEqual(Array(8).fill(['10.00', true]));
    expect(a.scored.restsOnUnknownPoints).toEqual(['G10', 'G11', 'G12', 'G13', 'G14', 'G15', 'G16', 'G17'].map((c) => `自评表!${c}`));
  });

  test('黄石: no row is called above its points, and each says its score is unverified', async () => {
    const a = await read(HUANGSHI);
    expect(a.warnings.filter((w) => w.code === 'SCORE_OUT_OF_RANGE')).toEqual([]);
    expect(codesAt(a, 'G13')).toEqual(['UNVERIFIED_SCORE']);
    expect(a.warnings.find((w) => w.address === 'G13')?.message).toContain('分值未知，填报得分 10.00 无从核验，已按填报计入合计');
  });

  test('黄石: the total is marked as resting on unverified scores, and no sum of unknown points is compared', async () => {
    const a = await read(HUANGSHI);
    const total = a.warnings.filter((w) => w.code === 'UNVERIFIED_SCORE' && w.address === null);
    expect(total.map((w) => w.severity)).toEqual(['warning']);
    expect(total[0].message).toContain('总分 99.55 含 8 个分值未知指标的填报得分（自评表!G10、G11、G12 等 8 处），未经核验');
    expect(a.warnings.filter((w) => w.code === 'POINTS_TOTAL_NOT_100' || w.code === 'SUM_MISMATCH')).toEqual([]);
  });

  test('黄石: the 总分 line of the command line says the total rests on 8 unverified scores', async () => {
    const a = await read(HUANGSHI);
    const line = formatSummary('黄石.xlsx', a).split('\n').find((l) => l.startsWith('总分：'));
    expect(line).toContain('99.55');
    expect(line).toContain('（含 8 个分值未知指标的填报得分，未经核验，等级仅供参考）');
  });

  test('广州 roll-up: 97.49 carried from the nine stated scores, the sub-totals agreeing', async () => {
    const a = await read(GUANGZHOU);
    expect(a.scored.total.toFixed(2)).toBe('97.49');
    expect(a.scored.restsOnUnknownPoints).toHaveLength(9);
    expect(a.warnings.filter((w) => ['SCORE_OUT_OF_RANGE', 'SUM_MISMATCH', 'POINTS_TOTAL_NOT_100'].includes(w.code))).toEqual([]);
  });

  test('"满分" on such a row is no number: named on its cell, carried nowhere (not as the 0 standing for its points)', async () => {
    const a = await read(GUANGZHOU, (f) => (f.sheet.rows[4][2] = '满分'));
    expect(a.scored.total.toFixed(2)).toBe('94.49');
    expect(codesAt(a, 'C5')).toEqual(['BAD_NUMBER']);
    expect(a.warnings.find((w) => w.address === 'C5')?.message).toContain('本行没有分值，满分无法换算为分数');
  });

  test('a negative stated score on such a row is carried nowhere and still called below 0', async () => {
    const a = await read(GUANGZHOU, (f) => (f.sheet.rows[4][2] = -3));
    expect(a.scored.total.toFixed(2)).toBe('94.49');
    expect(codesAt(a, 'C5')).toContain('SCORE_OUT_OF_RANGE');
  });
});

describe('the national form\'s indicator points against what its funds block leaves of 100', () => {
  const EZHOU = 'project-hubei-ezhou-zhengwu.json';
  test('鄂州 as printed: indicators 80 beside a 10-point funds row are flagged against 90', async () => {
    const a = await read(EZHOU);
    expect(a.warnings.filter((w) => w.code === 'SUM_MISMATCH').map((w) => w.message)).toContain('绩效指标分值合计 80.00 分，与规定的 90 分不符（预算执行率另计 10 分）');
  });

  test('an altered copy with a 20-point funds row (as 黄石 prints it): indicators of 80 raise nothing', async () => {
    const a = await read(EZHOU, (f) => (f.sheet.rows[5][6] = 20));
    expect(a.warnings.filter((w) => w.code === 'SUM_MISMATCH' && w.message.startsWith('绩效指标分值合计'))).toEqual([]);
  });
});

describe('points unknown beside points written wrong, on one form', () => {
  test('鄂州 altered: "(1.5)" as 项目合格率\'s 分值 keeps it out of every total; a blank 完成时限 分值 keeps its stated 10, unverified', async () => {
    const a = await read('project-hubei-ezhou-zhengwu.json', (f) => {
      f.sheet.rows[12][6] = '(1.5)';
      f.sheet.rows[13][6] = null;
    });
    const byRow = (row: number) => leavesOf(a.scored.roots).find((l) => l.ref === `自评表!H${row}`);
    expect(byRow(13)?.score).toBeNull();
    expect(byRow(13)?.pointsUnknown).toBeUndefined();
    expect(codesAt(a, 'G13')).toContain('POINTS_NEGATIVE');
    expect(byRow(14)).toMatchObject({ pointsUnknown: true, unverified: true });
    expect(byRow(14)?.score?.toFixed(2)).toBe('10.00');
    // 4.95 (funds: 100 ÷ 202 × 10) + 10 (完成时限, unverified) + 20 + 20
    expect(a.scored.total.toFixed(2)).toBe('54.95');
    expect(a.scored.restsOnUnknownPoints).toEqual(['自评表!H14']);
  });
});
