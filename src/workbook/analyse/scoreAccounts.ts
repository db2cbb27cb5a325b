import { D, fixed } from '../../engine/decimal';
import type { ScoreBasis, ScoredLeaf } from '../../engine/tree.types';
import { leavesOf } from '../../engine/treeWalk';
import { figureLabelsOf } from './figureLabels';
import { parseA1 } from '../read';
import type { Analysis } from './analysis.types';
import type { Warning } from '../checks';

/**
 * Each leaf's score as a reader is told it: the points, the unit's own score, the score the rule gave
 * (null when nothing could verify it: the workbook then says 未核验), how it was obtained, the rule and
 * figures in one line of plain Chinese, and the findings on the leaf's row. The 得分说明 column, the
 * task pane and the JSON report all read these.
 */
export interface ScoreAccount {
  /** the leaf's reference ("Sheet!A1" of its score cell), as the scored tree carries it */
  ref: string;
  path: string[];
  name: string;
  /** 分值, 2 places */
  points: string;
  /** the unit's own 得分 as typed, 2 places; null when blank */
  selfScore: string | null;
  /** the score the rule gave or verified, 2 places; null when unverified (未核验) */
  computedScore: string | null;
  obtained: ScoreBasis;
  /** the rule and figures in one line: “完成值 480人次 ÷ 目标值 500人次 …，得 9.60 分” */
  line: string;
  /** the findings of the checks on the leaf's row */
  findings: string[];
  /** the same findings as the checks gave them, for a reader that points at their cells */
  warnings: Warning[];
}

/** What a 系统评分 cell says for a leaf nothing could verify. */
export const UNVERIFIED_TEXT = '未核验';

/** Engine steps read as one line: exact decimals past 4 places rounded, the score's own formula words plain. */
function plainStep(text: string, leafName: string): string {
  return text
    .replace(/\d+\.\d{5,}/g, (m) => fixed(m, 4))
    .replace(new RegExp(`^${escape(leafName)}[：:]`), '')
    .replace(/^得分\s*=\s*/, '')
    .replace(/min\(([^,()]+),\s*([^()]+)\)/g, '$1（不超过 $2）')
    .replace(/按填报得分推算为/g, '由自评分扣除计算部分得')
    .replace(/采用填报得分/g, '采用自评分')
    .trim();
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The one line: for a computed leaf its steps and the score; otherwise what the score rests on. */
function accountLine(leaf: ScoredLeaf, figureLabels: Readonly<Record<string, string>>): string {
  const typed = leaf.typedScore === null ? null : fixed(leaf.typedScore);
  const steps = leaf.steps.map((s) => plainStep(s.text, leaf.name)).filter((t) => t !== '' && !/^合计\s/.test(t));
  switch (leaf.basis) {
    case '计算':
    case '自评核验':
      if (leaf.status === 'error') return `${leaf.message ?? '自评分未通过评分标准的核对'}${typed !== null ? `；自评 ${typed} 分未核验` : ''}`;
    {
      // the last step's own "得 1 分" gives way to the leaf's rounded score, said once
      const last = steps.length
        ? steps[steps.length - 1].replace(/[，,]?\s*得(满分)?\s*([\d.]+)\s*分?$/, (whole, _full, n: string) => (new D(n).eq(leaf.score!) ? '' : whole))
        : '';
      const body = [...steps.slice(0, -1), ...(last ? [last] : [])];
      const summed = leaf.steps.some((t) => /^合计\s/.test(t.text));
      return `${body.join('；')}${body.length ? (summed ? '；合计' : '，') : ''}得 ${fixed(leaf.score!)} 分（满分 ${fixed(leaf.max)} 分）`;
    }
    case '判断':
      if (leaf.status === 'error') return `${leaf.message ?? '自评分超出分值范围'}；自评分未核验`;
      return typed !== null
        ? `评分标准需人工判断：自评 ${typed} 分，在 0 至 ${fixed(leaf.max)} 分之内，未经核验`
        : `评分标准需人工判断，尚未填写自评分`;
    case '缺数据': {
      const what = leaf.status === 'missing-input' ? `缺少${leaf.missing.map((id) => `“${figureLabels[id] ?? id}”`).join('、')}，无法按评分标准计算` : (leaf.message ?? '数据无法计分');
      return `${what}${typed !== null ? `；自评 ${typed} 分未核验` : '；尚无得分'}`;
    }
  }
}

/** The accounts of every leaf of an analysis, in the table's order. */
export function scoreAccounts(analysis: Analysis): ScoreAccount[] {
  const labels = figureLabelsOf(analysis);
  const layoutByRef = new Map(analysis.layout.leaves.map((l) => [l.ref, l]));
  return leavesOf(analysis.scored.roots).map((leaf) => {
    const layout = leaf.ref ? layoutByRef.get(leaf.ref) : undefined;
    const warnings = layout ? analysis.warnings.filter((w) => w.sheet === layout.sheet && w.address !== null && parseA1(w.address)?.row === layout.row) : [];
    return {
      ref: leaf.ref ?? '',
      path: leaf.path,
      name: leaf.name,
      points: fixed(leaf.max),
      selfScore: leaf.typedScore === null ? null : fixed(leaf.typedScore),
      computedScore: leaf.verified === null ? null : fixed(leaf.verified),
      obtained: leaf.basis,
      line: accountLine(leaf, labels),
      findings: warnings.map((w) => w.message),
      warnings,
    };
  });
}

/** The unit's own total, as its table states it: the 合计 row, and the sum of its leaf scores. */
export interface ClaimedTotal {
  /** the 合计 row's score as typed, 2 places; null when the table has none */
  stated: string | null;
  /** the sum of the typed leaf scores, 2 places; null when one is blank */
  sumOfLeaves: string | null;
  /** leaves whose score the unit left blank */
  blankLeaves: number;
}

export function claimedTotal(analysis: Analysis): ClaimedTotal {
  const leaves = leavesOf(analysis.scored.roots);
  const blank = leaves.filter((l) => l.typedScore === null).length;
  const stated = analysis.layout.total?.statedScore ?? null;
  return {
    stated: stated === null ? null : fixed(stated),
    sumOfLeaves: blank > 0 ? null : fixed(leaves.reduce((s, l) => s.plus(l.typedScore!), new D(0))),
    blankLeaves: blank,
  };
}

/** "96.88", "100.00（合计行；各项自评分之和 95.82）", or "未填齐（3 项自评分空白）". */
export function claimedTotalText(analysis: Analysis): string {
  const { stated, sumOfLeaves, blankLeaves } = claimedTotal(analysis);
  if (stated !== null && sumOfLeaves !== null && stated !== sumOfLeaves) return `${stated}（合计行；各项自评分之和 ${sumOfLeaves}）`;
  if (stated !== null) return stated;
  if (sumOfLeaves !== null) return sumOfLeaves;
  return blankLeaves === leavesOf(analysis.scored.roots).length ? '未填写' : `未填齐（${blankLeaves} 项自评分空白）`;
}

/** The computed total as a summary states it: a grade only when every leaf has a score. */
export function computedTotalText(analysis: Analysis): string {
  const { scored } = analysis;
  if (scored.complete) return `${fixed(scored.total)} / ${fixed(scored.max)}，等级：${scored.grade}`;
  const unscored = leavesOf(scored.roots).filter((l) => l.score === null).length;
  return `不完整（${unscored} 项指标没有得分；已有得分的指标合计 ${fixed(scored.total)} / ${fixed(scored.max)}），不评等级`;
}
