import { fixed } from '../../engine/decimal';
import type { Analysis } from './analysis.types';
import type { Severity } from '../checks';
import { sheetCell, type RuleSource } from '../read';
import { leavesOf } from '../../engine/treeWalk';
import type { ScoreBasis } from '../../engine/tree.types';
import { claimedTotal, scoreAccounts, type ClaimedTotal } from './scoreAccounts';

/** The JSON report: a stable contract read by other tools. Numbers are decimal strings with 2 places. */

export interface JsonReport {
  framework: string;
  sheet: string;
  range: string;
  /** grade '不完整' when a leaf has no score; claimed: the unit's own total (its 合计 row, the sum of its leaf scores) */
  total: { score: string; max: string; grade: string; complete: boolean; claimed: ClaimedTotal };
  level1: { name: string; score: string; max: string }[];
  indicators: {
    path: string[];
    cell: string;
    max: string;
    score: string | null;
    selfScore: string | null;
    rule: string | null;
    status: 'scored' | 'judgement' | 'missing-input' | 'error';
    missing: string[];
    /** where the rule came from: table-text, framework, user, form or none (a judgement) */
    ruleSource: RuleSource | null;
    /** the row's own 评分标准, and the rule read from it in plain Chinese */
    standard: string | null;
    ruleText: string | null;
    /** why the leaf is scored as it is */
    ruleNote: string | null;
    /** how the score was obtained: 计算 / 自评核验 / 判断 / 缺数据 */
    obtained: ScoreBasis;
    /** the score the rule gave or verified; null when unverified (未核验) */
    computedScore: string | null;
    /** the rule and figures in one line (the 得分说明) */
    explanation: string;
    /** findings on the leaf's row */
    findings: string[];
  }[];
  warnings: { code: string; severity: Severity; cell: string; message: string }[];
  narrative: { section: string; text: string }[];
  /** 检查说明: what the clerk should look at before submitting, kept out of the report's body */
  checkNotes: { section: string; text: string }[];
  /** how the table and the framework were chosen (other candidate tables are named here) */
  notes: string[];
}

export function toJsonReport(analysis: Analysis, narrative: { section: string; text: string }[] = [], checkNotes: { section: string; text: string }[] = []): JsonReport {
  const { scored } = analysis;
  const choiceByRef = new Map(analysis.layout.leaves.map((x) => [x.ref, x.ruleChoice]));
  const accounts = scoreAccounts(analysis);
  return {
    framework: analysis.framework.id,
    sheet: analysis.table.sheet,
    range: analysis.table.range,
    total: { score: fixed(scored.total), max: fixed(scored.max), grade: scored.complete ? scored.grade : '不完整', complete: scored.complete, claimed: claimedTotal(analysis) },
    level1: scored.roots.map((r) => ({ name: r.name, score: fixed(r.score ?? 0), max: fixed(r.max) })),
    indicators: leavesOf(scored.roots).map((l, i) => {
      const choice = l.ref ? choiceByRef.get(l.ref) : undefined;
      const account = accounts[i];
      return {
      path: l.path,
      cell: l.ref ?? analysis.table.sheet,
      max: fixed(l.max),
      score: l.score === null ? null : fixed(l.score),
      selfScore: l.typedScore === null ? null : fixed(l.typedScore),
      rule: l.ruleId,
      status: l.status,
      missing: l.missing,
      ruleSource: choice?.source ?? null,
      standard: choice?.standard ?? null,
      ruleText: choice?.readingText ?? null,
      ruleNote: choice?.note ?? null,
      obtained: account.obtained,
      computedScore: account.computedScore,
      explanation: account.line,
      findings: account.findings,
      };
    }),
    warnings: analysis.warnings.map((w) => ({ code: w.code, severity: w.severity, cell: sheetCell(w.sheet, w.address), message: w.message })),
    narrative: narrative.map((n) => ({ section: n.section, text: n.text })),
    checkNotes: checkNotes.map((n) => ({ section: n.section, text: n.text })),
    notes: [...analysis.notes],
  };
}
