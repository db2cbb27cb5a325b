import { fixed } from '../../engine/decimal';
import type { Analysis } from './analysis.types';
import type { Severity } from '../checks';
import { sheetCell, type RuleSource } from '../read';
import { leavesOf } from '../../engine/treeWalk';

/** The JSON report: a stable contract read by other tools. Numbers are decimal strings with 2 places. */

export interface JsonReport {
  framework: string;
  sheet: string;
  range: string;
  total: { score: string; max: string; grade: string };
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
  }[];
  warnings: { code: string; severity: Severity; cell: string; message: string }[];
  narrative: { section: string; text: string }[];
  /** how the table and the framework were chosen (other candidate tables are named here) */
  notes: string[];
}

export function toJsonReport(analysis: Analysis, narrative: { section: string; text: string }[] = []): JsonReport {
  const { scored } = analysis;
  const choiceByRef = new Map(analysis.layout.leaves.map((x) => [x.ref, x.ruleChoice]));
  return {
    framework: analysis.framework.id,
    sheet: analysis.table.sheet,
    range: analysis.table.range,
    total: { score: fixed(scored.total), max: fixed(scored.max), grade: scored.grade },
    level1: scored.roots.map((r) => ({ name: r.name, score: fixed(r.score ?? 0), max: fixed(r.max) })),
    indicators: leavesOf(scored.roots).map((l) => {
      const choice = l.ref ? choiceByRef.get(l.ref) : undefined;
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
      };
    }),
    warnings: analysis.warnings.map((w) => ({ code: w.code, severity: w.severity, cell: sheetCell(w.sheet, w.address), message: w.message })),
    narrative: narrative.map((n) => ({ section: n.section, text: n.text })),
    notes: [...analysis.notes],
  };
}
