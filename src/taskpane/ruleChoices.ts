/**
 * The rule a user may give each leaf in 识别: the framework's leaves by canonical name, grouped by
 * level-1 indicator, plus 判断评分（无规则）. Each choice is an override keyed by the leaf's path
 * (pathKey), the form the workbook's settings store and analyse() reads.
 */
import type { Analysis } from '../workbook/analyse';
import { frameworkLeaves } from '../frameworks/indicatorTree';
import { isLeaf } from '../frameworks/types';
import { matchLeaf, pathKey } from '../workbook/analyse';

/** The override value ruleFor reads as “no rule”: the leaf is scored by judgement. */
export const NO_RULE = 'none';

export interface RuleOption {
  /** framework leaf id */
  id: string;
  /** canonical name */
  name: string;
}

export interface RuleGroup {
  /** level-1 indicator of the framework */
  name: string;
  options: RuleOption[];
}

export interface LeafRuleChoice {
  /** override key: pathKey(path) */
  key: string;
  /** framework leaf id in use, or NO_RULE */
  current: string;
  /** an override (stored in the workbook or chosen now) decides this leaf, not its name */
  overridden: boolean;
}

export interface RuleChoices {
  groups: RuleGroup[];
  /** by the leaf's ref ("Sheet!A1"); leaves absent here take no choice (national-form indicator rows, the 项目资金 row) */
  leaves: Record<string, LeafRuleChoice>;
}

/** The choices for an analysis, with the overrides it was run with (the workbook's and the user's). */
export function ruleChoices(analysis: Analysis, overrides: Record<string, string>): RuleChoices | null {
  const groups: RuleGroup[] = analysis.framework.tree
    .map((node) => ({ name: isLeaf(node) ? '' : node.name, options: frameworkLeaves(node).map((l) => ({ id: l.id, name: l.names[0] ?? l.id })) }))
    .filter((g) => g.options.length > 0);
  if (groups.length === 0) return null;
  const tableLeaves = new Set(analysis.table.rows.filter((r) => r.kind === 'leaf').map((r) => pathKey(r.path)));
  const leaves: Record<string, LeafRuleChoice> = {};
  for (const leaf of analysis.layout.leaves) {
    const key = pathKey(leaf.path);
    if (leaf.indicator || !tableLeaves.has(key)) continue;
    leaves[leaf.ref] = { key, current: leaf.frameworkLeaf?.id ?? NO_RULE, overridden: overrides[key] !== undefined };
  }
  return { groups, leaves };
}

/**
 * The user's overrides once `key` is set to `value`. A choice equal to what the leaf's name matches,
 * with nothing stored for it in the workbook, is dropped: the name decides again.
 */
export function withOverride(
  analysis: Analysis,
  chosen: Record<string, string>,
  key: string,
  value: string,
): Record<string, string> {
  const next = { ...chosen, [key]: value };
  const leaf = analysis.layout.leaves.find((l) => pathKey(l.path) === key);
  const byName = leaf ? (matchLeaf(leaf.path[leaf.path.length - 1] ?? '', analysis.framework)?.id ?? NO_RULE) : undefined;
  if (byName === value && analysis.settings.overrides[key] === undefined) delete next[key];
  return next;
}
