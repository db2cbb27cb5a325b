import type { ScoredLeaf, ScoredTree } from '../tree.types';
import type { LeafSource, NarrativeInput } from './types';
import { leavesOf } from '../treeWalk';

/** Leaves that lost points: a score below the leaf's points. Unscored leaves are not losses. */
export function lossLeaves(tree: ScoredTree): ScoredLeaf[] {
  return leavesOf(tree.roots).filter((l) => l.score !== null && l.score.lessThan(l.max));
}

const key = (path: readonly string[]) => path.join('\u0001');

/** The workbook's text for a leaf: by its reference, else its path, else its name when that is unique. */
export function sourceOf(input: NarrativeInput, leaf: ScoredLeaf): LeafSource | undefined {
  if (leaf.ref) {
    const byRef = input.leaves.find((s) => s.ref === leaf.ref);
    if (byRef) return byRef;
  }
  const exact = input.leaves.find((s) => key(s.path) === key(leaf.path));
  if (exact) return exact;
  const byName = input.leaves.filter((s) => s.path[s.path.length - 1] === leaf.name);
  return byName.length === 1 ? byName[0] : undefined;
}
