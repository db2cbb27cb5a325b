/**
 * The rule a user may give each leaf in 识别: the framework's leaves by canonical name, grouped by
 * level-1 indicator, plus 判断评分（无规则）, and for a leaf scored by its own 评分标准 that rule. Each
 * choice of a framework leaf (or none) is an override keyed by the leaf's path (pathKey), the form the
 * workbook's settings store and analyse() reads; going back to the table's own rule drops the override.
 */
import { hasOwnKey, ownEntry } from '../engine/ownKey';
import type { Analysis } from '../workbook/analyse';
import type { LeafLayout } from '../workbook/read';
import { frameworkLeaves } from '../frameworks/indicatorTree';
import { isLeaf } from '../frameworks/types';
import { CONFIRMED_RULE_ID, pathKey, TEXT_RULE_ID } from '../workbook/analyse';

/** The override value ruleFor reads as “no rule”: the leaf is scored by judgement. */
export const NO_RULE = 'none';

/** Not an override: the leaf is scored by the rule read from its own 评分标准 (or confirmed from it). */
export const TABLE_RULE = 'table';

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
  /** what the leaf is scored by without a choice of this session: choosing it again leaves nothing to save */
  natural: string;
}

export interface RuleChoices {
  groups: RuleGroup[];
  /** by the leaf's ref ("Sheet!A1"); leaves absent here take no choice (national-form indicator rows, the 项目资金 row) */
  leaves: Record<string, LeafRuleChoice>;
}

/** What a leaf is scored by, as the choice shows it: a framework leaf id, the table's own rule, or none. */
function currentOf(leaf: LeafLayout, overrides: Record<string, string>): string {
  const chosen = ownEntry(overrides, pathKey(leaf.path));
  if (chosen !== undefined) return chosen;
  if (leaf.ruleId === TEXT_RULE_ID || leaf.ruleId === CONFIRMED_RULE_ID) return TABLE_RULE;
  return leaf.ruleId ?? NO_RULE;
}

/**
 * The choices for an analysis, with the overrides it was run with (the workbook's and the user's);
 * `base` is the same workbook analysed without the user's choices of this session.
 */
export function ruleChoices(analysis: Analysis, overrides: Record<string, string>, base: Analysis = analysis): RuleChoices | null {
  const groups: RuleGroup[] = analysis.framework.tree
    .map((node) => ({ name: isLeaf(node) ? '' : node.name, options: frameworkLeaves(node).map((l) => ({ id: l.id, name: l.names[0] ?? l.id })) }))
    .filter((g) => g.options.length > 0);
  if (groups.length === 0) return null;
  const tableLeaves = new Set(analysis.table.rows.filter((r) => r.kind === 'leaf').map((r) => pathKey(r.path)));
  const natural = new Map(base.layout.leaves.map((l) => [l.ref, currentOf(l, base.settings.overrides)]));
  const leaves: Record<string, LeafRuleChoice> = {};
  for (const leaf of analysis.layout.leaves) {
    const key = pathKey(leaf.path);
    if (leaf.indicator || !tableLeaves.has(key)) continue;
    const current = currentOf(leaf, overrides);
    leaves[leaf.ref] = { key, current, overridden: hasOwnKey(overrides, key), natural: natural.get(leaf.ref) ?? current };
  }
  return { groups, leaves };
}

/**
 * The user's overrides once `key` is set to `value`. A choice equal to what the leaf is scored by
 * without a choice of this session (`natural`: its own text's rule, a framework rule its text agrees
 * with, or the workbook's stored choice) is dropped, and so is going back to the table's own rule.
 */
export function withOverride(chosen: Record<string, string>, key: string, value: string, natural: string): Record<string, string> {
  const next = { ...chosen, [key]: value };
  if (value === natural || value === TABLE_RULE) delete next[key];
  return next;
}
