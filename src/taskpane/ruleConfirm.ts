/**
 * 确认规则 in 识别: the rules read from the table's own 评分标准, the user's corrections that read as
 * rules, and the framework rules chosen for leaves, saved in the workbook's hidden settings sheet by one
 * write plan (planConfirmRules), so Excel, WPS, the command line and a reviewer score by the same rules.
 */
import { hasOwnKey } from '../engine/ownKey';
import type { Analysis } from '../workbook/analyse';
import type { WritePlan } from '../workbook/port';
import { confirmedRules, planConfirmRules } from '../workbook/plan';
import { readableEdits, type RuleEdit } from './ruleEdits';

export interface ConfirmPreview {
  plan: WritePlan;
  /** rules the workbook will hold once confirmed */
  rules: number;
  /** of them, corrected by the user */
  edited: number;
  /** corrections that do not read as rules: nothing is confirmed until they are fixed or dropped */
  unreadable: string[];
}

/**
 * The confirmation's plan over the analysis as read; `overrides` are the framework leaves chosen this
 * session, saved with the rules (a leaf given a framework rule keeps it, as the override says).
 */
export function previewConfirm(analysis: Analysis, edits: Record<string, RuleEdit>, overrides: Record<string, string> = {}): ConfirmPreview {
  const withChoices: Analysis = { ...analysis, settings: { ...analysis.settings, overrides: { ...analysis.settings.overrides, ...overrides } } };
  const corrected = readableEdits(edits);
  return {
    plan: planConfirmRules(withChoices, corrected),
    rules: Object.keys(confirmedRules(withChoices, corrected)).length,
    edited: Object.keys(corrected).length,
    unreadable: Object.keys(edits).filter((key) => !hasOwnKey(corrected, key)),
  };
}
