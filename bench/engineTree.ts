import { D, type Dec } from '../src/engine/decimal';
import type { IndicatorNode } from '../src/engine/tree.types';
import type { FigureValue, Rule } from '../src/engine/types';

/**
 * A generated indicator tree of `leaves` leaves (10 level-1 groups, 10 level-2 groups each, the
 * leaves spread evenly) worth 100 points in all, with a mix of rule kinds and the figures they need.
 */
export function generatedTree(leaves = 1000): { roots: IndicatorNode[]; figures: Map<string, FigureValue> } {
  const figures = new Map<string, FigureValue>();
  const perGroup = Math.max(1, Math.ceil(leaves / 100));
  const leafPoints = new D(100).dividedBy(leaves);
  const quarters = ['0.2624', '0.5131', '0.7651', '0.987'];
  quarters.forEach((v, i) => figures.set(`q${i + 1}`, new D(v)));
  let made = 0;
  const roots: IndicatorNode[] = [];
  for (let a = 0; a < 10; a++) {
    const level2: IndicatorNode[] = [];
    for (let b = 0; b < 10; b++) {
      const children: IndicatorNode[] = [];
      for (let c = 0; c < perGroup && made < leaves; c++, made++) {
        children.push(leaf(made, leafPoints, figures));
      }
      if (children.length === 0) continue;
      level2.push({ name: `二级${a + 1}-${b + 1}`, points: leafPoints.times(children.length), children });
    }
    roots.push({ name: `一级${a + 1}`, points: level2.reduce<Dec>((s, n) => s.plus(n.points), new D(0)), children: level2 });
  }
  return { roots, figures };
}

function leaf(i: number, points: Dec, figures: Map<string, FigureValue>): IndicatorNode {
  const p = points.toString();
  let rule: Rule;
  let typedScore: Dec | undefined;
  switch (i % 5) {
    case 0:
      figures.set(`actual${i}`, new D(400 + (i % 200)));
      figures.set(`target${i}`, new D(500));
      rule = { kind: 'ratio', points: p, actual: `actual${i}`, target: `target${i}` };
      break;
    case 1:
      figures.set(`rate${i}`, new D(i % 100).dividedBy(100));
      rule = {
        kind: 'tiers',
        points: p,
        value: `rate${i}`,
        tiers: [
          { op: '>=', threshold: '0.9', points: p },
          { op: '>=', threshold: '0.75', points: points.times('0.7').toString() },
          { points: '0' },
        ],
      };
      break;
    case 2:
      figures.set(`count${i}`, new D(i % 3));
      rule = { kind: 'deduct', points: p, count: `count${i}`, perItem: points.dividedBy(4).toString() };
      break;
    case 3:
      rule = { kind: 'quarterly-execution', points: p, progress: ['q1', 'q2', 'q3', 'q4'], quarterPoints: points.dividedBy(6).toString(), annualPoints: points.dividedBy(3).toString(), annualFactor: points.dividedBy(3).toString() };
      break;
    default:
      rule = { kind: 'judgement', points: p };
      typedScore = points.times('0.9');
  }
  return { name: `三级${i + 1}`, points, children: [], rule, typedScore, ref: `评分表!J${i + 5}` };
}
