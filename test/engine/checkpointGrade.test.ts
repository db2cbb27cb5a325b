/**
 * The published checkpoint bands (优 90–100%, 良 80–89%, 中 60–79%, 差 ≤59% of the points), worked by hand
 * for a 15-point checkpoint: 优 13.5–15, 良 12–<13.5, 中 9–<12, 差 <9.
 */
import { bandText, checkpointGradeOf, judgeCheckpoint } from '../../src/engine/checkpointGrade';
import { D } from '../../src/engine/decimal';

const P = new D(15);

describe('checkpoint bands', () => {
  it.each([
    ['15', '优'],
    ['13.5', '优'],
    ['13.49', '良'],
    ['12', '良'],
    ['11.99', '中'],
    ['9', '中'],
    ['8.99', '差'],
    ['0', '差'],
  ])('%s of 15 is %s', (score, grade) => {
    expect(checkpointGradeOf(new D(score), P)).toBe(grade);
  });

  it('prints each band in points', () => {
    expect(['优', '良', '中', '差'].map((g) => bandText(g as '优', P))).toEqual(['13.50–15.00', '12.00–<13.50', '9.00–<12.00', '0.00–<9.00']);
  });
});

describe('judgeCheckpoint', () => {
  it('takes the score and derives the grade', () => {
    expect(judgeCheckpoint(P, null, new D(12))).toMatchObject({ ok: true, grade: '良' });
    expect(judgeCheckpoint(P, '良', new D(12))).toMatchObject({ ok: true, grade: '良' });
  });

  it('refuses a grade alone, a grade that disagrees, a score out of range and one above the bound', () => {
    expect(judgeCheckpoint(P, '良', null)).toEqual({ ok: false, message: '已选等级“良”，请填写得分（良档为 12.00–<13.50 分）' });
    expect(judgeCheckpoint(P, '优', new D(12))).toEqual({ ok: false, message: '等级“优”与得分 12.00 不符：优档为 13.50–15.00 分，该得分属良档' });
    expect(judgeCheckpoint(P, null, new D(-1))).toMatchObject({ ok: false });
    expect(judgeCheckpoint(P, null, new D('15.5'))).toEqual({ ok: false, message: '得分 15.50 高于分值 15.00' });
    expect(judgeCheckpoint(P, '甲', new D(15))).toEqual({ ok: false, message: '等级“甲”无效，应为优、良、中或差' });
    expect(judgeCheckpoint(P, null, new D('13.5'), '良')).toEqual({ ok: false, message: '得分 13.50 属优档，自动检查发现问题后本项最高评为良（12.00–<13.50 分）' });
    expect(judgeCheckpoint(P, null, new D('13.4'), '良')).toMatchObject({ ok: true, grade: '良' });
  });
});
