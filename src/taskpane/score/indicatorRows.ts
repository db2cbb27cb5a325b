/**
 * The one place the 评分 preview reads the analysis: each leaf's account (name, points, the unit's
 * score, the verified score, how it was obtained, the rule and figures in one line, its findings) as
 * the analysis states it — the same account the 得分说明 column is written from — and the totals
 * beside each other. Nothing about a score is worked out here; the components only read these rows.
 */
import type { Dec } from '../../engine/decimal';
import type { ScoreBasis } from '../../engine/tree.types';
import { leavesOf } from '../../engine/treeWalk';
import { claimedTotal, scoreAccounts, type Analysis, type ClaimedTotal } from '../../workbook/analyse';
import type { Warning } from '../../workbook/checks';

/** How a score was obtained, as the badge's key (its DOM attribute and its texts in both languages). */
export type ObtainedKind = 'computed' | 'selfChecked' | 'judgement' | 'missing';

export const KIND_OF_BASIS: Record<ScoreBasis, ObtainedKind> = {
  计算: 'computed',
  自评核验: 'selfChecked',
  判断: 'judgement',
  缺数据: 'missing',
};

export interface IndicatorRow {
  key: string;
  name: string;
  /** the 一级/二级 names above it */
  parents: string[];
  /** 分值, 2 places */
  points: string;
  /** the unit's own score as typed, 2 places; null when blank */
  unitScore: string | null;
  /** the score the rule gave or verified, 2 places; null when nothing verified it (未核验) */
  verified: string | null;
  basis: ScoreBasis;
  kind: ObtainedKind;
  /** the rule and figures in one line, as the 得分说明 column says it */
  line: string;
  findings: Warning[];
}

export interface ScoreSummary {
  rows: IndicatorRow[];
  total: Dec;
  max: Dec;
  /** false when a leaf has no score: the total and grade are not final */
  complete: boolean;
  grade: string;
  /** leaves with no score at all (not even the unit's, carried unverified) */
  unscored: number;
  /** the unit's own total, as its table states it */
  claimed: ClaimedTotal;
  counts: Record<ObtainedKind, number>;
}

export function scoreSummary(analysis: Analysis): ScoreSummary {
  const counts: Record<ObtainedKind, number> = { computed: 0, selfChecked: 0, judgement: 0, missing: 0 };
  const rows = scoreAccounts(analysis).map((account, i): IndicatorRow => {
    const kind = KIND_OF_BASIS[account.obtained];
    counts[kind] += 1;
    return {
      key: `${account.ref}#${i}`,
      name: account.name,
      parents: account.path.slice(0, -1),
      points: account.points,
      unitScore: account.selfScore,
      verified: account.computedScore,
      basis: account.obtained,
      kind,
      line: account.line,
      findings: account.warnings,
    };
  });
  const { total, max, complete, grade, roots } = analysis.scored;
  const unscored = leavesOf(roots).filter((l) => l.score === null).length;
  return { rows, total, max, complete, grade, unscored, claimed: claimedTotal(analysis), counts };
}
