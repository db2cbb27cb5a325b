import type { ScoredGroup, ScoredLeaf, ScoredNode } from './tree.types';

/** Walks over a scored indicator tree, shared by the checks, the write plan, the report and the panes. */

/** Every leaf under these nodes, in the table's order. */
export function leavesOf(nodes: readonly ScoredNode[]): ScoredLeaf[] {
  return nodes.flatMap((n) => (n.kind === 'leaf' ? [n] : leavesOf(n.children)));
}

/** The group at exactly this path, at any depth; null when there is none. Only groups on the path are entered. */
export function findGroup(nodes: readonly ScoredNode[], path: readonly string[]): ScoredGroup | null {
  for (const n of nodes) {
    if (n.kind !== 'group' || n.path.length > path.length || !n.path.every((name, i) => name === path[i])) continue;
    if (n.path.length === path.length) return n;
    const inner = findGroup(n.children, path);
    if (inner) return inner;
  }
  return null;
}
