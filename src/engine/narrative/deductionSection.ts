import type { ScoredLeaf } from '../tree.types';
import { CellList, figuresClause, orderedFigures, stepsText } from './figureText';
import { kindOf } from './kind';
import { loss, pts, quoteSentence } from './format';
import { lossLeaves, sourceOf } from './tree';
import type { NarrativeInput, Paragraph } from './types';

const SECTION = '扣分情况';

/** 扣分情况: one paragraph per leaf below full marks — its figures, the rule's steps, the points lost. */
export function deductionSection(input: NarrativeInput): Paragraph[] {
  return lossLeaves(input.scored).map((leaf) => deduction(input, leaf));
}

/** A leaf scored by eye (or carried in unverified) needs the reason written in the workbook. */
export function isJudged(leaf: ScoredLeaf): boolean {
  return leaf.status === 'judgement' || leaf.unverified || leaf.ruleId === null;
}

function deduction(input: NarrativeInput, leaf: ScoredLeaf): Paragraph {
  const cells = new CellList();
  const source = sourceOf(input, leaf);
  cells.add(source?.scoreCell);
  const score = leaf.score!;
  const sentences = [`${leaf.name}分值${pts(leaf.max)}分，得分${pts(score)}分，扣${pts(loss(leaf.max, score))}分。`];

  const figures = figuresClause(input, orderedFigures(input, kindOf(leaf, input.report), leaf.used, false), cells);
  if (figures) sentences.push(`${figures}。`);
  sentences.push(...basisSentences(input, leaf));

  if (source?.reason) {
    cells.add(source.reason.cell);
    sentences.push(`扣分理由：${quoteSentence(source.reason.text)}`);
  } else if (isJudged(leaf)) {
    const standard = source?.standard;
    if (standard) cells.add(standard.cell);
    sentences.push(standard ? `评分表中未写明扣分理由，该指标评分标准为${quoteSentence(standard.text)}` : '评分表中未写明扣分理由。');
  }
  return { section: SECTION, heading: leaf.name, text: sentences.join(''), cells: cells.cells };
}

/** 计分依据 (the rule's steps) and, when the typed score stands unverified, why: sentences of a leaf's paragraph. */
export function basisSentences(input: NarrativeInput, leaf: ScoredLeaf): string[] {
  const out: string[] = [];
  const steps = stepsText(leaf);
  if (steps) out.push(`计分依据：${steps}。`);
  const note = statusNote(input, leaf);
  if (note) out.push(note);
  return out;
}

/** Why a leaf's typed score stands unverified: the figures it lacks, or what the rule found wrong. */
export function statusNote(input: NarrativeInput, leaf: ScoredLeaf): string | null {
  if (leaf.status === 'missing-input') {
    const names = leaf.missing.map((id) => input.figureLabels[id] ?? id).join('、');
    return `工作簿未提供${names}，本项未能按规则复核，按填报得分计。`;
  }
  if (leaf.status === 'error') return `按规则计分时发现问题（${leaf.message ?? '数据无法计分'}），本项按填报得分计。`;
  return null;
}
