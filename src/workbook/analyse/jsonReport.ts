import { fixed } from '../../engine/decimal';
import type { Analysis } from './analysis.types';
import type { Severity } from '../checks';
import { sheetCell } from '../read';
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
  }[];
  warnings: { code: string; severity: Severity; cell: string; message: string }[];
  narrative: { section: string; text: string }[];
  /** how the table and the framework were chosen (other candidate tables are named here) */
  notes: string[];
}

export function toJsonReport(analysis: Analysis, narrative: { section: string; text: string }[] = []): JsonReport {
  const { scored } = analysis;
  return {
    framework: analysis.framework.id,
    sheet: analysis.table.sheet,
    range: analysis.table.range,
    total: { score: fixed(scored.total), max: fixed(scored.max), grade: scored.grade },
    level1: scored.roots.map((r) => ({ name: r.name, score: fixed(r.score ?? 0), max: fixed(r.max) })),
    indicators: leavesOf(scored.roots).map((l) => ({
      path: l.path,
      cell: l.ref ?? analysis.table.sheet,
      max: fixed(l.max),
      score: l.score === null ? null : fixed(l.score),
      selfScore: l.typedScore === null ? null : fixed(l.typedScore),
      rule: l.ruleId,
      status: l.status,
      missing: l.missing,
    })),
    warnings: analysis.warnings.map((w) => ({ code: w.code, severity: w.severity, cell: sheetCell(w.sheet, w.address), message: w.message })),
    narrative: narrative.map((n) => ({ section: n.section, text: n.text })),
    notes: [...analysis.notes],
  };
}
