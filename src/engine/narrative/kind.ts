import type { ScoredLeaf } from '../tree.types';
import type { ReportData } from './types';

/** Kind of a leaf's problem: its own, else read from its path's names by the framework's group kinds. */
export function kindOf(leaf: ScoredLeaf, report: ReportData): string | undefined {
  if (leaf.problemKind) return leaf.problemKind;
  const names = leaf.path.join('/');
  return report.groupKinds?.find((g) => g.names.some((n) => names.includes(n)))?.kind;
}
