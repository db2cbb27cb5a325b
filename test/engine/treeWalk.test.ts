/** The walks every layer uses over a scored tree. */
import { D } from '../../src/engine/decimal';
import { findGroup, leavesOf } from '../../src/engine/treeWalk';
import type { ScoredGroup, ScoredLeaf, ScoredNode } from '../../src/engine/tree.types';

const leaf = (path: string[], score: string): ScoredLeaf => ({
  kind: 'leaf',
  name: path[path.length - 1],
  path,
  max: new D(5),
  score: new D(score),
  computed: null,
  typedScore: null,
  status: 'judgement',
  basis: '判断',
  verified: null,
  ruleId: null,
  missing: [],
  steps: [],
  used: [],
  unverified: false,
});

const group = (path: string[], children: ScoredNode[]): ScoredGroup => ({
  kind: 'group',
  name: path[path.length - 1],
  path,
  max: new D(10),
  score: new D(0),
  childMax: new D(10),
  complete: true,
  children,
});

// 部门决策 → 预算编制 → {合理性, 规范性}; 部门决策 → 绩效目标; 部门管理 → 资金管理 → 政府采购
const roots: ScoredNode[] = [
  group(['部门决策'], [
    group(['部门决策', '预算编制'], [leaf(['部门决策', '预算编制', '合理性'], '5'), leaf(['部门决策', '预算编制', '规范性'], '4.5')]),
    leaf(['部门决策', '绩效目标'], '3'),
  ]),
  group(['部门管理'], [group(['部门管理', '资金管理'], [leaf(['部门管理', '资金管理', '政府采购'], '1.89')])]),
];

describe('leavesOf', () => {
  test('every leaf at any depth, in the table order', () => {
    expect(leavesOf(roots).map((l) => [l.name, l.score!.toString()])).toEqual([
      ['合理性', '5'],
      ['规范性', '4.5'],
      ['绩效目标', '3'],
      ['政府采购', '1.89'],
    ]);
  });

  test('a single leaf is its own list; no nodes, no leaves', () => {
    const only = leaf(['甲'], '1');
    expect(leavesOf([only])).toEqual([only]);
    expect(leavesOf([])).toEqual([]);
  });
});

describe('findGroup', () => {
  test('finds a group by its exact path at any depth', () => {
    expect(findGroup(roots, ['部门管理', '资金管理'])?.children.map((c) => c.name)).toEqual(['政府采购']);
    expect(findGroup(roots, ['部门决策'])?.children).toHaveLength(2);
  });

  test('null for a leaf, a partial path or a name joined differently', () => {
    expect(findGroup(roots, ['部门决策', '绩效目标'])).toBeNull();
    expect(findGroup(roots, ['资金管理'])).toBeNull();
    expect(findGroup(roots, ['部门管理资金管理'])).toBeNull();
  });
});
