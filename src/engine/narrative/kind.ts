import type { ScoredLeaf } from '../tree.types';

/** Kind of a leaf's problem: its own, else read from the national form's indicator groups. */
export function kindOf(leaf: ScoredLeaf): string | undefined {
  if (leaf.problemKind) return leaf.problemKind;
  const names = leaf.path.join('/');
  if (/满意度/.test(names)) return 'satisfaction';
  if (/时效指标/.test(names)) return 'project-timeliness';
  if (/效益指标|可持续影响/.test(names)) return 'effects';
  if (/产出指标|数量指标|质量指标|成本指标/.test(names)) return 'target-completion';
  if (/预算执行|执行率|支出率/.test(names)) return 'spending-progress';
  return undefined;
}
