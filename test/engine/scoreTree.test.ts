import { dec, fixed } from '../../src/engine/decimal';
import { scoreTree } from '../../src/engine/scoreTree';
import type { IndicatorNode, ScoredLeaf } from '../../src/engine/tree.types';
import type { FigureValue, Rule } from '../../src/engine/types';

/** domain.md §2: "a leaf never scores above its 分值 nor below 0"; grade bands are on a 100-point scale. */

const leaf = (name: string, points: string, typed?: string, rule: Rule | null = null): IndicatorNode => ({
  name,
  points: dec(points),
  children: [],
  rule,
  ...(typed !== undefined ? { typedScore: dec(typed) } : {}),
});
const group = (name: string, children: IndicatorNode[]): IndicatorNode => ({
  name,
  points: children.reduce((s, c) => s.plus(c.points), dec(0)),
  children,
});
const leafOf = (tree: ReturnType<typeof scoreTree>, name: string) =>
  tree.roots.flatMap((r) => (r.kind === 'group' ? r.children : [r])).find((l) => l.name === name) as ScoredLeaf;

describe('scoreTree: impossible typed scores are carried at the nearest possible score', () => {
  test('a judgement above its 分值 counts capped at the 分值, unverified (项目监管 2.5 of 2)', () => {
    const tree = scoreTree([group('部门管理', [leaf('项目监管', '2', '2.5'), leaf('项目实施程序', '2', '2')])], { figures: new Map() });
    const l = leafOf(tree, '项目监管');
    expect(l).toMatchObject({ status: 'error', errorCode: 'SCORE_OUT_OF_RANGE', unverified: true });
    expect(fixed(l.score as never)).toBe('2.00');
    expect(fixed(tree.total)).toBe('4.00');
  });

  test('a negative judgement counts in no total (not as 0): the tree is incomplete until it is fixed', () => {
    const tree = scoreTree([leaf('项目监管', '2', '-1'), leaf('项目实施程序', '2', '2')], { figures: new Map() });
    const l = leafOf(tree, '项目监管');
    expect(l).toMatchObject({ status: 'error', unverified: false, score: null });
    expect(fixed(tree.total)).toBe('2.00');
    expect(tree.complete).toBe(false);
  });

  test('a typed score within range is carried as typed when the rule lacks figures', () => {
    const rule: Rule = { kind: 'ratio', points: '6', actual: 'done', target: 'planned' };
    const tree = scoreTree([leaf('项目完成及时性', '6', '5.5', rule)], { figures: new Map() });
    expect(leafOf(tree, '项目完成及时性')).toMatchObject({ status: 'missing-input', unverified: true });
    expect(fixed(tree.total)).toBe('5.50');
  });

  test('a composite whose typed score exceeds computed + judged room counts the most the rule allows', () => {
    const rule: Rule = {
      kind: 'composite',
      points: '2',
      parts: [
        { id: 'rate', kind: 'ratio', points: '1', actual: 'actual', target: 'plan', zeroWhenOver: true },
        { id: 'policy', kind: 'judgement', points: '1', label: '政府采购政策功能落实', figure: 'policy' },
      ],
    };
    const figures = new Map<string, FigureValue>([['actual', dec('10.83')], ['plan', dec('25')]]);
    const tree = scoreTree([leaf('政府采购执行情况', '2', '1.89', rule)], { figures });
    const l = leafOf(tree, '政府采购执行情况');
    expect(l).toMatchObject({ status: 'error', errorCode: 'JUDGEMENT_PART_OUT_OF_RANGE', unverified: true });
    expect(fixed(l.score as never)).toBe('1.43'); // 0.4332 + 1, not the typed 1.89
    expect(l.message).toContain('1.89');
    expect(l.message).toContain('1.43');
  });
});

describe('scoreTree: grade on a 100-point scale', () => {
  test('max 100: no percent, graded on the total', () => {
    const tree = scoreTree([leaf('a', '60', '50'), leaf('b', '40', '35')], { figures: new Map() });
    expect(tree.percent).toBeUndefined();
    expect(tree.grade).toBe('良');
  });

  test('max ≠ 100: graded on total ÷ max × 100 (85 of 90 = 94.44 → 优, not 85 → 良)', () => {
    const tree = scoreTree([leaf('a', '50', '50'), leaf('b', '40', '35')], { figures: new Map() });
    expect(fixed(tree.total)).toBe('85.00');
    expect(fixed(tree.max)).toBe('90.00');
    expect(fixed(tree.percent as never)).toBe('94.44');
    expect(tree.grade).toBe('优');
  });

  test('a table of 700 points scoring 149.38 is 差 (21.34%), not 优', () => {
    const tree = scoreTree([leaf('a', '700', '149.38')], { figures: new Map() });
    expect(fixed(tree.percent as never)).toBe('21.34');
    expect(tree.grade).toBe('差');
  });
});
