/**
 * The one place the 评分 preview reads the analysis: each leaf as an indicator row (name, points, the
 * unit's score, the computed score, how the score was obtained, the rule and figures in one line, its
 * findings) and the totals beside each other. How a score was obtained is worked out here from the
 * leaf's status until the analysis states it itself; the components only read these rows.
 */
import { D, type Dec } from '../../engine/decimal';
import { leavesOf } from '../../engine/treeWalk';
import type { ScoredLeaf } from '../../engine/tree.types';
import type { Analysis } from '../../workbook/analyse';
import type { Warning } from '../../workbook/checks';

/**
 * 计算: computed by its rule from the figures; 自评核验: the unit's score, checked against what the
 * rule allows (its figures are not given, or the score breaks the rule); 判断: a judgement score with
 * no rule, range-checked; 缺数据: no score can be had, or the unit's is carried unverified.
 */
export type ObtainedKind = 'computed' | 'selfChecked' | 'judgement' | 'missing';

export interface IndicatorRow {
  key: string;
  name: string;
  /** the 一级/二级 names above it */
  parents: string[];
  points: Dec;
  /** the unit's own score, as typed */
  unitScore: Dec | null;
  /** the score the rule computed (rounded as the table prints it); null unless `kind` is computed */
  computed: Dec | null;
  /** the score that counts in the total (computed, checked or carried); null when none */
  counted: Dec | null;
  kind: ObtainedKind;
  /** the rule and figures in one line (e.g. 政府采购执行率 = 4.73 ÷ 5.34 = 88.58%；…) */
  line: string;
  /** figures the rule needs and the workbook lacks */
  missing: string[];
  findings: Warning[];
}

export interface ScoreSummary {
  rows: IndicatorRow[];
  total: Dec;
  max: Dec;
  /** false when a leaf has no score: the total and grade are not final */
  complete: boolean;
  grade: string;
  /** the unit's own total (sum of its typed leaf scores), with how many leaves it left blank */
  unitTotal: Dec;
  unitBlank: number;
  counts: Record<ObtainedKind, number>;
}

function kindOf(leaf: ScoredLeaf, hasRule: boolean): ObtainedKind {
  if (leaf.score === null) return 'missing';
  switch (leaf.status) {
    case 'scored':
      return 'computed';
    case 'judgement':
      return hasRule ? 'selfChecked' : 'judgement';
    case 'error':
      return 'selfChecked';
    case 'missing-input':
      return 'missing';
  }
}

const ROW = /(\d+)$/;

/** Findings of each table row, by "sheet\u0000row" (1-based row as in the address). */
function findingsByRow(warnings: readonly Warning[]): Map<string, Warning[]> {
  const out = new Map<string, Warning[]>();
  for (const w of warnings) {
    const m = w.address ? ROW.exec(w.address) : null;
    if (!m) continue;
    const key = `${w.sheet}\u0000${m[1]}`;
    out.set(key, [...(out.get(key) ?? []), w]);
  }
  return out;
}

export function scoreSummary(analysis: Analysis): ScoreSummary {
  const layouts = new Map(analysis.layout.leaves.map((l) => [l.ref, l]));
  const findings = findingsByRow(analysis.warnings);
  const counts: Record<ObtainedKind, number> = { computed: 0, selfChecked: 0, judgement: 0, missing: 0 };
  let unitTotal = new D(0);
  let unitBlank = 0;
  const rows = leavesOf(analysis.scored.roots).map((leaf, i): IndicatorRow => {
    const layout = leaf.ref ? layouts.get(leaf.ref) : undefined;
    const kind = kindOf(leaf, !!layout?.rule);
    counts[kind] += 1;
    if (leaf.typedScore) unitTotal = unitTotal.plus(leaf.typedScore);
    else unitBlank += 1;
    return {
      key: `${leaf.ref ?? ''}#${i}`,
      name: leaf.name,
      parents: leaf.path.slice(0, -1),
      points: leaf.max,
      unitScore: leaf.typedScore,
      computed: kind === 'computed' ? leaf.score : null,
      counted: leaf.score,
      kind,
      line: leaf.steps.map((s) => s.text).join('；'),
      missing: leaf.missing,
      findings: layout ? (findings.get(`${layout.sheet}\u0000${layout.row + 1}`) ?? []) : [],
    };
  });
  const { total, max, complete, grade } = analysis.scored;
  return { rows, total, max, complete, grade, unitTotal, unitBlank, counts };
}
