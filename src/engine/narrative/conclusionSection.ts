import type { ScoredGroup, ScoredNode } from '../tree.types';
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
  const cells = new CellList();
  const self = selfReference(input.unitName);
  const subject = input.project?.name ? projectSubject(input) : self;
  if (input.project?.name) cells.add(input.project.name.cell);
  let text = `${subject}${yearLabel(input.year)}${evaluationName(input)}自评得分为${pts(tree.total)}分，评价等级为“${tree.grade}”。`;
  if (tree.capped) text += `按执行率限制规则，总分由${pts(tree.capped.uncapped)}分调整为${pts(tree.total)}分（${tree.capped.reason}）。`;
  const parts = tree.roots.map((root) => levelOne(root)).filter((t): t is string => t !== null);
  if (parts.length > 0) text += `其中，${parts.join('；')}。`;

  const unscored = leavesOf(tree.roots).filter((l) => l.score === null);
  const unverified = leavesOf(tree.roots).filter((l) => l.unverified && l.status === 'missing-input');
  const failed = leavesOf(tree.roots).filter((l) => l.unverified && l.status === 'error');
  if (unscored.length > 0) text += `${unscored.map((l) => l.name).join('、')}尚缺评分所需数据或得分，未计入上述得分。`;
  if (unverified.length > 0) text += `${unverified.map((l) => l.name).join('、')}因缺少计分数据未能复核，按填报得分计入。`;
  if (failed.length > 0) text += `${failed.map((l) => l.name).join('、')}按规则计分时发现问题，未能复核，按填报得分计入。`;
  if (input.hasErrors) text += '工作簿检查发现的数据问题尚未处理，上述得分以复核后为准。';
  for (const leaf of leavesOf(tree.roots)) cells.add(sourceOf(input, leaf)?.scoreCell);
  return [{ section: SECTION, text, cells: cells.cells }];
}

function levelOne(node: ScoredNode): string | null {
  if (node.score === null) return null;
  const ratio = share(node.score, node.max);
  const group = node as ScoredGroup;
  const incomplete = node.kind === 'group' && !group.complete ? '（部分指标未计分）' : '';
  return `${node.name}得分${pts(node.score)}分${incomplete}${ratio ? `，得分百分比为${ratio}` : ''}`;
}
