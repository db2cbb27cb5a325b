/**
 * A rule the user corrects in 识别, read as they type: the plain words go through the same grammar as
 * a table's 评分标准 (parseStandard), and either read as one computable rule, printed back as the pane
 * and the settings sheet show it, or say why not. A correction that does not read is never saved.
 */
import { readRuleText, type RuleTextProblem } from '../workbook/analyse';

/** Why a correction cannot be saved. */
export type RuleEditProblem = { kind: 'empty' } | RuleTextProblem;

export interface RuleEdit {
  /** as typed */
  text: string;
  /** the rule read from it, printed in plain words; null when it does not read */
  printed: string | null;
  problem: RuleEditProblem | null;
}

/** `text` read as a rule for a leaf of `points`, as the analysis reads a confirmed rule. */
export function readRuleEdit(text: string, points: string): RuleEdit {
  if (text.trim() === '') return { text, printed: null, problem: { kind: 'empty' } };
  const read = readRuleText(text, points);
  return 'printed' in read ? { text, printed: read.printed, problem: null } : { text, printed: null, problem: read.problem };
}
/** The corrections that read, by leaf path key: what 确认规则 saves. */
export function readableEdits(edits: Record<string, RuleEdit>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, edit] of Object.entries(edits)) if (edit.printed !== null) out[key] = edit.printed;
  return out;
}
