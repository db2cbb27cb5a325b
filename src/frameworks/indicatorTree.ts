import { dec } from '../engine/decimal';
import type { IndicatorNode } from '../engine/tree.types';
import type { Rule } from '../engine/types';
import { isLeaf, type Framework, type FrameworkGroup, type FrameworkLeaf } from './types';

/**
 * The rule a leaf is scored by: the leaf's rule with `points` (the leaf's own unless the caller has
 * other points for it, such as a table's) and the leaf's id. The one place a framework rule gets points.
 */
export function leafRule(leaf: FrameworkLeaf, points: string = leaf.points): (Rule & { id: string }) | null {
  return leaf.rule ? { ...leaf.rule, points, id: leaf.id } : null;
}

/** A framework's own tree as engine nodes, for scoring without a workbook (tests, bench, templates). */
export function frameworkIndicatorTree(framework: Framework, typedScores: Record<string, string> = {}): IndicatorNode[] {
  const toNode = (node: FrameworkGroup | FrameworkLeaf): IndicatorNode => {
    if (isLeaf(node)) {
      const typed = typedScores[node.id];
      return {
        name: node.names[0],
        points: dec(node.points),
        children: [],
        rule: leafRule(node),
        judgementWhenMissing: node.judgementWhenMissing,
        problemKind: node.problemKind,
        ...(typed !== undefined ? { typedScore: dec(typed) } : {}),
      };
    }
    return { name: node.name, points: dec(node.points), children: node.children.map(toNode) };
  };
  return framework.tree.map(toNode);
}

/** Every leaf of a framework, or under one of its groups, depth first: the one walk of a framework's leaves. */
export function frameworkLeaves(of: Framework | FrameworkGroup | FrameworkLeaf): FrameworkLeaf[] {
  const out: FrameworkLeaf[] = [];
  const walk = (n: FrameworkGroup | FrameworkLeaf) => (isLeaf(n) ? out.push(n) : n.children.forEach(walk));
  if ('tree' in of) of.tree.forEach(walk);
  else walk(of);
  return out;
}
