import type { ScoredLeaf, ScoredNode } from '../../src/engine/tree.types';
import { analyse } from '../../src/workbook/analyse/analyse';
import type { Analysis } from '../../src/workbook/analyse/analysis.types';
import type { CellValue, WorkbookSnapshot } from '../../src/workbook/port';
import { guangzhouSnapshot, shenzhenSnapshot } from '../workbook/fixtures';

/**
 * A leaf whose 分值 or typed 得分 is negative ("(1.5)" is the accounting way of writing −1.5, "-2") or
 * cannot be read ("２分？") is out of every total until it is fixed, with an error naming its sheet and
 * cell: never a negative added in, never a clamp to 0, never the framework's points put in its place.
 *
 * Truth, worked by hand from the seeds: seed 003 (表5) has leaf scores summing to 95.82 of 100 points;
 * its first leaf, D3/E3, has 10 points and scored 9.45, so without it 95.82 − 9.45 = 86.37 of 90.
 * Seed 002 (评分表) totals 96.88; its leaf 固定资产利用率 (F34/I34) scores 1 of 1, so without it 95.88.
 */

function run(snapshot: WorkbookSnapshot): Analysis {
  const r = analyse(snapshot);
  if (!r.ok) throw new Error(r.message);
  return r.analysis;
}

function leaves(nodes: ScoredNode[]): ScoredLeaf[] {
  return nodes.flatMap((n) => (n.kind === 'leaf' ? [n] : leaves(n.children)));
}

function guangzhouWith(col: 'D' | 'E', value: CellValue): Analysis {
  const snap = guangzhouSnapshot();
  snap.sheets[0].values[2][col === 'D' ? 3 : 4] = value;
  return run(snap);
}

function errorsAt(a: Analysis, sheet: string, address: string) {
  return a.warnings.filter((w) => w.severity === 'error' && w.sheet === sheet && w.address === address && w.message.includes(`“${sheet}”${address}`));
}

describe('negative or unreadable 分值', () => {
  test.each(['(1.5)', '（1.5）', '-2', -2, '２分？'])('表5!D3 = %p: the leaf is out of the total and of the points, with an error on D3', (value) => {
    const a = guangzhouWith('D', value);
    expect(a.scored.total.toFixed(2)).toBe('86.37');
    expect(a.scored.max.toFixed(2)).toBe('90.00');
    expect(a.scored.complete).toBe(false);
    expect(leaves(a.scored.roots)[0].score).toBeNull();
    expect(errorsAt(a, '表5', 'D3')).toHaveLength(1);
    // no finding treats the bad cell as points the leaf has
    expect(a.warnings.some((w) => /超过分值 -|按指标体系的 .* 分计/.test(w.message))).toBe(false);
  });

  test.each(['(1.5)', '-2', '２分？'])('评分表!F34 = %p: the framework’s points are not put in its place', (value) => {
    const snap = shenzhenSnapshot();
    snap.sheets[0].values[33][5] = value;
    const a = run(snap);
    const leaf = leaves(a.scored.roots).find((l) => l.name === '固定资产利用率');
    expect(leaf?.score).toBeNull();
    expect(a.scored.total.toFixed(2)).toBe('95.88');
    expect(a.scored.complete).toBe(false);
    expect(errorsAt(a, '评分表', 'F34')).toHaveLength(1);
  });
});

describe('negative typed 得分', () => {
  test.each(['(1.5)', '-2', -2])('表5!E3 = %p is not carried as 0 nor as itself: 86.37, incomplete, an error on E3', (value) => {
    const a = guangzhouWith('E', value);
    expect(a.scored.total.toFixed(2)).toBe('86.37');
    expect(a.scored.max.toFixed(2)).toBe('100.00');
    expect(a.scored.complete).toBe(false);
    const errors = errorsAt(a, '表5', 'E3');
    expect(errors.length).toBeGreaterThanOrEqual(1);
    expect(errors.some((w) => w.message.includes('未计入'))).toBe(true);
    expect(a.warnings.some((w) => w.message.includes('已按 0.00 分计入合计'))).toBe(false);
  });

  test('−0 typed is 0, a score like any other: 95.82 − 9.45 = 86.37 of 100, complete, no error', () => {
    const a = guangzhouWith('E', '-0');
    expect(a.scored.total.toFixed(2)).toBe('86.37');
    expect(a.scored.complete).toBe(true);
    expect(errorsAt(a, '表5', 'E3')).toHaveLength(0);
  });
});
