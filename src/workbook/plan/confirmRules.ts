import { emptyRecord } from '../../engine/ownKey';
import type { Analysis } from '../analyse';
import { CONFIRMED_RULE_ID, pathKey, TEXT_RULE_ID } from '../analyse';
import type { WritePlan } from '../port';
import { settingsChanges, settingsSheet } from '../read';

/**
 * Confirming the rules read from a table's own 评分标准: each leaf's rule, in the plain words it is shown
 * in, is stored in the workbook's settings sheet, so Excel, WPS, the command line and a reviewer score
 * by the same rule. `edits` are the user's corrections by leaf path key (a rule written anew, or null to
 * drop a confirmation); a corrected text must read as a rule, which the analysis checks when it runs.
 */
/**
 * The rules the analysis read from the table's texts and scores by, by leaf path key. A leaf scored by a
 * framework's rule because its text is the framework's own is left out: the framework's rule says more
 * (its figures, its parts) than the words shown.
 */
export function readRules(analysis: Analysis): Record<string, string> {
  const rules = emptyRecord<string>();
  for (const leaf of analysis.layout.leaves) {
    const read = leaf.ruleChoice?.readingText;
    if (read && (leaf.ruleId === TEXT_RULE_ID || leaf.ruleId === CONFIRMED_RULE_ID)) rules[pathKey(leaf.path)] = read;
  }
  return rules;
}

export function confirmedRules(analysis: Analysis, edits: Record<string, string | null> = {}): Record<string, string> {
  const rules: Record<string, string> = Object.assign(emptyRecord<string>(), analysis.settings.rules, readRules(analysis));
  for (const [key, text] of Object.entries(edits)) {
    if (text === null || text.trim() === '') delete rules[key];
    else rules[key] = text.trim();
  }
  return rules;
}

export function planConfirmRules(analysis: Analysis, edits: Record<string, string | null> = {}): WritePlan {
  const settings = { ...analysis.settings, rules: confirmedRules(analysis, edits) };
  // nothing to confirm and no settings sheet yet: a sheet holding only its marker would say nothing
  const nothing = Object.keys(settings.rules).length === 0 && Object.keys(settings.overrides).length === 0;
  if (nothing && !settingsSheet(analysis.snapshot)) return { title: '确认评分规则', changes: [] };
  return { title: '确认评分规则', changes: settingsChanges(analysis.snapshot, settings) };
}
