import { D } from '../../engine/decimal';
import type { ScoredLeaf, ScoredNode } from '../../engine/tree.types';
import type { Analysis } from '../analyse';
import { sheetCell, type LeafLayout } from '../read';

/**
 * The signs reviewers look for when choosing which units to re-check (抽评). Each sign has a weight;
 * a unit's risk is the sum of the weights of the signs it shows. The list of signs follows the review
 * practice described in the issue; the weights and the thresholds marked below are our own reading of
 * how much each sign says, and are printed beside every ranking so a reviewer can weigh them otherwise.
 */
export type RedFlagCode =
  | 'TOTALS_DISAGREE'
  | 'SELF_ABOVE_COMPUTED'
  | 'OVER_ACHIEVED_NO_REASON'
  | 'PHRASE_AS_ACTUAL'
  | 'REASON_MISSING_BELOW_FULL'
  | 'SATISFACTION_FULL'
  | 'JUDGEMENTS_ALL_FULL';

export interface RedFlagKind {
  name: string;
  weight: number;
}

export const RED_FLAGS: ReadonlyMap<RedFlagCode, RedFlagKind> = new Map<RedFlagCode, RedFlagKind>([
  ['TOTALS_DISAGREE', { name: '合计与明细不符', weight: 3 }],
  ['SELF_ABOVE_COMPUTED', { name: '自评得分高于计算得分', weight: 3 }],
  ['OVER_ACHIEVED_NO_REASON', { name: '超额完成 130% 以上未说明原因', weight: 2 }],
  ['PHRASE_AS_ACTUAL', { name: '定量指标的完成值为文字', weight: 2 }],
  ['REASON_MISSING_BELOW_FULL', { name: '未得满分未填偏差原因', weight: 2 }],
  ['SATISFACTION_FULL', { name: '满意度为 100%', weight: 1 }],
  ['JUDGEMENTS_ALL_FULL', { name: '定性指标全部满分', weight: 1 }],
]);

/** Over-achievement from this share of the target (130%) counts only without a 偏差原因. */
const OVER_ACHIEVEMENT = new D('1.3');
/** "Every qualitative row at full marks" says little for one or two rows: from three rows on (our threshold). */
const JUDGEMENTS_AT_LEAST = 3;

export interface RedFlag {
  code: RedFlagCode;
  name: string;
  weight: number;
  /** how many rows (or totals) show the sign */
  count: number;
  /** "Sheet!A1" of the rows that show it, as many as fit a summary cell */
  cells: string[];
}

const CELLS_SHOWN = 5;

/** The red flags one analysed workbook shows, heaviest first; each sign is counted once per unit. */
export function redFlagsOf(analysis: Analysis): RedFlag[] {
  const found = new Map<RedFlagCode, string[]>();
  const add = (code: RedFlagCode, cell: string): void => {
    const cells = found.get(code) ?? [];
    cells.push(cell);
    found.set(code, cells);
  };

  for (const w of analysis.warnings) {
    // a difference within rounding is only a note (info), not a sign
    if ((w.code === 'SUM_MISMATCH' || w.code === 'PARTS_SUM_MISMATCH') && w.severity !== 'info') add('TOTALS_DISAGREE', sheetCell(w.sheet, w.address));
    if (w.code === 'REASON_MISSING') add('REASON_MISSING_BELOW_FULL', sheetCell(w.sheet, w.address));
  }

  const layoutByRef = new Map(analysis.layout.leaves.map((l) => [l.ref, l]));
  const judged: { leaf: ScoredLeaf; full: boolean }[] = [];
  for (const leaf of leavesOf(analysis.scored.roots)) {
    const layout = leaf.ref ? layoutByRef.get(leaf.ref) : undefined;
    const cell = leaf.ref ?? leaf.path.join('/');
    // a typed score above what the rule gives, or above what it still allows when part of it cannot be computed
    if (leaf.status !== 'judgement' && leaf.score && leaf.typedScore && leaf.typedScore.gt(leaf.score)) add('SELF_ABOVE_COMPUTED', cell);
    if (leaf.status === 'judgement' && leaf.typedScore) judged.push({ leaf, full: leaf.typedScore.gte(leaf.max) });
    if (layout) indicatorFlags(layout, add);
  }
  if (judged.length >= JUDGEMENTS_AT_LEAST && judged.every((j) => j.full)) {
    for (const j of judged) add('JUDGEMENTS_ALL_FULL', j.leaf.ref ?? j.leaf.path.join('/'));
  }

  for (const figure of analysis.figures.values()) {
    const def = analysis.figureDefs[figure.id];
    if (!def || def.kind !== 'rate' || !/满意/.test(def.label)) continue;
    // rates are held as fractions: 100% is 1
    if (typeof figure.value !== 'string' && figure.value.gte(1)) add('SATISFACTION_FULL', sheetCell(figure.sheet, figure.address));
  }

  const flags: RedFlag[] = [];
  for (const [code, kind] of RED_FLAGS) {
    const cells = found.get(code);
    if (!cells) continue;
    const unique = [...new Set(cells)];
    flags.push({ code, name: kind.name, weight: kind.weight, count: unique.length, cells: unique.slice(0, CELLS_SHOWN) });
  }
  return flags;
}

/** National indicator rows: a phrase where a number is expected, and 130% or more with no reason given. */
function indicatorFlags(layout: LeafLayout, add: (code: RedFlagCode, cell: string) => void): void {
  const indicator = layout.indicator;
  if (!indicator || indicator.target === null) return;
  const actualCell = sheetCell(layout.sheet, indicator.actualAddress);
  if (isPhrase(indicator.actual, indicator.actualText)) {
    add('PHRASE_AS_ACTUAL', actualCell);
    return;
  }
  if (indicator.actual === null || typeof indicator.actual === 'string') return;
  // rates are held as fractions: 100% is 1
  if (layout.path.some((name) => name.includes('满意')) && indicator.unit === '%' && indicator.actual.gte(1)) add('SATISFACTION_FULL', actualCell);
  if (indicator.direction !== 'positive' || indicator.target.lte(0)) return;
  const reasonGiven = layout.reason !== null && layout.reason.trim() !== '';
  if (layout.reasonAddress !== null && !reasonGiven && indicator.actual.div(indicator.target).gte(OVER_ACHIEVEMENT)) {
    add('OVER_ACHIEVED_NO_REASON', actualCell);
  }
}

/** An actual written in words with no figure in it ("基本完好"), where the target is a number. */
function isPhrase(actual: unknown, text: string): boolean {
  if (typeof actual === 'string') return true;
  return actual === null && text.trim() !== '' && !/[0-9０-９]/.test(text);
}

function leavesOf(nodes: ScoredNode[]): ScoredLeaf[] {
  return nodes.flatMap((n) => (n.kind === 'leaf' ? [n] : leavesOf(n.children)));
}

/** A unit's risk: the sum of the weights of the signs it shows (each sign once, however many rows). */
export function riskOf(flags: readonly RedFlag[]): number {
  return flags.reduce((sum, f) => sum + f.weight, 0);
}

/** One line per unit for the summary: "风险 5：合计与明细不符（3）×2；满意度为 100%（1）…". */
export function explainRisk(flags: readonly RedFlag[]): string {
  if (flags.length === 0) return '未见风险信号';
  const parts = flags.map((f) => `${f.name}（权重 ${f.weight}${f.count > 1 ? `，${f.count} 处` : ''}）`);
  return `风险 ${riskOf(flags)}：${parts.join('；')}`;
}
