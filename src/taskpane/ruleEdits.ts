/**
 * A rule the user corrects in 识别, read as they type: the plain words go through the same grammar as
 * a table's 评分标准 (parseStandard), and either read as one computable rule, printed back as the pane
 * and the settings sheet show it, or say why not. A correction that does not read is never saved.
 */
import { parseStandard, printReading, toEngineRule, type Reading } from '../workbook/rules';

/** Why a correction cannot be saved; `why` is the grammar's own Chinese reason. */
export type RuleEditProblem =
  | { kind: 'empty' }
  | { kind: 'judgement' | 'ambiguous' | 'not-understood' | 'unsupported'; why: string };

export interface RuleEdit {
  /** as typed */
  text: string;
  /** the rule read from it, printed in plain words; null when it does not read */
  printed: string | null;
  problem: RuleEditProblem | null;
}

function problemOf(reading: Reading): RuleEditProblem | null {
  if (reading.kind === 'judgement' || reading.kind === 'ambiguous' || reading.kind === 'not-understood') return { kind: reading.kind, why: reading.why };
  return null;
}

/** `text` read as a rule for a leaf of `points`; every name it uses stands for a figure of that name. */
export function readRuleEdit(text: string, points: string): RuleEdit {
  if (text.trim() === '') return { text, printed: null, problem: { kind: 'empty' } };
  const reading = parseStandard({ text: text.trim(), points });
  const problem = problemOf(reading);
  if (problem) return { text, printed: null, problem };
  // computable: the names it uses become figures, as the analysis makes them
  const rule = toEngineRule(reading, points, (name) => `text.${name}`);
  if (!rule.ok && 'unsupported' in rule) return { text, printed: null, problem: { kind: 'unsupported', why: rule.unsupported } };
  return { text, printed: printReading(reading), problem: null };
}

/** The corrections that read, by leaf path key: what 确认规则 saves. */
export function readableEdits(edits: Record<string, RuleEdit>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, edit] of Object.entries(edits)) if (edit.printed !== null) out[key] = edit.printed;
  return out;
}
