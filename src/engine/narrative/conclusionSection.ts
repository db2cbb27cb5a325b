import type { ScoredNode } from '../tree.types';
import { CellList } from './figureText';
import { pts, selfReference, share, yearLabel } from './format';
import { sourceOf } from './tree';
import type { NarrativeInput, Paragraph } from './types';
import { leavesOf } from '../treeWalk';

const SECTION = '自评结论';

/** The project as the form names it: “青少年科技创新人才培育项目”, or 本项目. */
export function projectSubject(input: NarrativeInput): string {
  const name = input.project?.name?.text;
  if (!name) return '本项目';
  return name.endsWith('项目') ? `“${name}”` : `“${name}”项目`;
}

/** What the evaluation is called (部门整体支出绩效 / 项目支出绩效), as the framework's report data names it. */
export function evaluationName(input: NarrativeInput): string {
  return input.report.evaluationName;
}

/**
 * 自评结论 (seed 003): total, grade, then each level-1 indicator's score and its share of its points:
 * "我会2023年部门整体支出绩效自评得分为95.82分，评价等级为“优”。其中，履职效能得分48.82分，得分百分比为97.64%；…"
 */
export function conclusionSection(input: NarrativeInput): Paragraph[] {
  const tree = input.scored;
  // a total with leaves unscored is no conclusion: the 检查说明 says what is missing
  if (!tree.complete) return [];
  const cells = new CellList();
  const self = selfReference(input.unitName);
  const subject = input.project?.name ? projectSubject(input) : self;
  if (input.project?.name) cells.add(input.project.name.cell);
  let text = `${subject}${yearLabel(input.year)}${evaluationName(input)}自评得分为${pts(tree.total)}分，评价等级为“${tree.grade}”。`;
  if (tree.capped) text += `因预算执行率未达到要求，总分由${pts(tree.capped.uncapped)}分调整为${pts(tree.total)}分。`;
  const parts = tree.roots.map((root) => levelOne(root)).filter((t): t is string => t !== null);
  if (parts.length > 0) text += `其中，${parts.join('；')}。`;

  for (const leaf of leavesOf(tree.roots)) cells.add(sourceOf(input, leaf)?.scoreCell);
  return [{ section: SECTION, text, cells: cells.cells }];
}

function levelOne(node: ScoredNode): string | null {
  if (node.score === null) return null;
  const ratio = share(node.score, node.max);
  return `${node.name}得分${pts(node.score)}分${ratio ? `，得分百分比为${ratio}` : ''}`;
}
