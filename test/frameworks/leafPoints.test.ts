import { FRAMEWORKS } from '../../src/frameworks';
import { frameworkLeaves, leafRule } from '../../src/frameworks/indicatorTree';
import { shenzhen2024Department } from '../../src/frameworks/shenzhen-2024-department';
import { shenzhenSnapshot } from '../workbook/fixtures';
import { analysed, found } from '../workbook/helpers';

/** A leaf states its points once; the rule attached to it takes them from the leaf (or the table's, where its kind scales). */
describe('a leaf’s points, stated once', () => {
  test.each(FRAMEWORKS.map((f) => [f.id, f] as const))('%s: every rule is attached with its leaf’s points', (_, framework) => {
    for (const leaf of frameworkLeaves(framework).filter((l) => l.rule)) {
      expect(leafRule(leaf)).toMatchObject({ kind: leaf.rule?.kind, points: leaf.points, id: leaf.id });
    }
  });

  test('a composite’s parts keep their own points', () => {
    const procurement = frameworkLeaves(shenzhen2024Department).find((l) => l.id === 'procurement-execution');
    const rule = procurement && leafRule(procurement);
    expect(rule?.kind === 'composite' && rule.parts.map((p) => p.points)).toEqual(['1', '1']);
  });

  function withPoints(name: string, points: number) {
    const snap = shenzhenSnapshot();
    const row = snap.sheets[0].values.findIndex((r) => r[4] === name);
    snap.sheets[0].values[row][5] = points;
    const a = analysed(snap);
    return { leaf: a.layout.leaves.find((l) => l.path[l.path.length - 1] === name), differ: found(a, 'POINTS_DIFFER') };
  }

  test('a kind that scales takes the table’s points, with nothing to note', () => {
    const { leaf, differ } = withPoints('项目完成及时性', 5);
    expect(leaf?.rule).toMatchObject({ kind: 'ratio', points: '5' });
    expect(differ).toEqual([]);
  });

  test('a kind with fixed tiers keeps the leaf’s points, and the note quotes the same number', () => {
    const { leaf, differ } = withPoints('公众或服务对象满意度', 5);
    expect(leaf?.rule).toMatchObject({ kind: 'tiers', points: '6' });
    expect(differ).toHaveLength(1);
    expect(differ[0].message).toContain('指标体系的 6.00');
  });
});
