/**
 * Where each leaf's rule came from, as 识别 shows it: the source, the row's own 评分标准, the rule read
 * from it in plain words, why, and a framework rule that was matched by name and not applied (offered).
 */
import { hasOwnKey } from '../engine/ownKey';
import type { Analysis } from '../workbook/analyse';
import type { RuleSource } from '../workbook/read';
import { frameworkLeaves } from '../frameworks/indicatorTree';
import { pathKey } from '../workbook/analyse';

export interface LeafRuleView {
  /** the leaf's path key, as overrides and confirmed rules are stored */
  key: string;
  name: string;
  /** the leaf's points, as a rule written for it is read */
  points: string;
  source: RuleSource;
  /** the row's 评分标准 as written; null when blank */
  standard: string | null;
  /** the rule read from it (or confirmed), in plain Chinese */
  reading: string | null;
  /** Chinese: why the leaf is scored as it is */
  note: string;
  /** the framework's leaf whose rule was matched by name and not applied: the user may choose it */
  offered: { id: string; name: string } | null;
  /**
   * the user may correct the rule in plain words: one was read from the row's text or confirmed, or the
   * text was not read as a rule (then the field starts from the text); not where a framework leaf was chosen
   */
  editable: boolean;
}

/**
 * By the leaf's ref ("Sheet!A1"); leaves the analysis gives no rule choice to are absent. `overrides`
 * are the framework leaves chosen (stored and of this session): a leaf given one is not corrected in words.
 */
export function leafRuleViews(analysis: Analysis, overrides: Record<string, string>): Record<string, LeafRuleView> {
  const names = new Map(analysis.framework.tree.flatMap((n) => frameworkLeaves(n)).map((l) => [l.id, l.names[0] ?? l.id]));
  const views: Record<string, LeafRuleView> = {};
  for (const leaf of analysis.layout.leaves) {
    const choice = leaf.ruleChoice;
    if (!choice) continue;
    const key = pathKey(leaf.path);
    const readable = choice.readingText !== null || (choice.standard !== null && choice.source === 'none');
    views[leaf.ref] = {
      key,
      name: leaf.path[leaf.path.length - 1] ?? '',
      points: leaf.points.toString(),
      source: choice.source,
      standard: choice.standard,
      reading: choice.readingText,
      // the reading is shown beside it: the note need not repeat it
      note: choice.readingText ? choice.note.replace(`：${choice.readingText}`, '') : choice.note,
      offered: choice.offered ? { id: choice.offered, name: names.get(choice.offered) ?? choice.offered } : null,
      editable: readable && !leaf.indicator && !hasOwnKey(overrides, key),
    };
  }
  return views;
}
