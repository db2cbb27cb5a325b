import type { ScoredLeaf } from '../tree.types';
import { CellList, figuresClause, orderedFigures } from './figureText';
import { kindOf } from './kind';
import { loss, pts, quoteSentence } from './format';
import { lossLeaves, sourceOf } from './tree';
import type { NarrativeInput, Paragraph } from './types';

const SECTION = '扣分情况';

/**
 * 扣分情况: one paragraph per leaf below full marks — the points lost, the figures as the workbook
 * states them, and the reason the unit wrote. How the score was worked out, and what the workbook
 * lacks, go to the 检查说明, not into the report.
 */
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
  // the rate as the workbook states it (seed 002: 政府采购执行率为88.71%)
  const figures = figuresClause(input, orderedFigures(input, kindOf(leaf, input.report), leaf.used, true), cells);
  if (figures) sentences.push(`${figures}。`);
  if (source?.reason) {
    cells.add(source.reason.cell);
    sentences.push(`扣分理由：${quoteSentence(source.reason.text)}`);
  }
  return { section: SECTION, heading: leaf.name, text: sentences.join(''), cells: cells.cells };
}
