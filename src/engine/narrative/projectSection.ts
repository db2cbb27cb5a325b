import { percent, wan } from '../decimal';
import type { ScoredLeaf } from '../tree.types';
import { projectSubject } from './conclusionSection';
import { kindOf } from './kind';
import { CellList, figuresClause, numberOf, orderedFigures } from './figureText';
import { loss, normaliseTargetText, pts, quoteSentence, yearLabel } from './format';
import { lossLeaves, sourceOf } from './tree';
import type { LeafSource, NarrativeInput, Paragraph } from './types';
import { leavesOf } from '../treeWalk';

/**
 * The national project form (项目支出绩效自评表, 财预〔2020〕10号): 项目资金执行情况, 绩效目标完成情况
 * (each indicator's 年度指标值 against its 实际完成值, as written in the form) and 偏差原因 (the form's
 * own 偏差原因分析, quoted; said so when the form leaves it blank).
 */

/** The leaf scoring the funds' execution (10 points on the national form): the report data's leaf, or one reading the executed figure. */
function executionLeaf(input: NarrativeInput): ScoredLeaf | undefined {
  const { executionLeafId, funds } = input.report;
  const executed = funds?.executed;
  return leavesOf(input.scored.roots).find(
    (l) => (executionLeafId !== undefined && l.ruleId === executionLeafId) || (executed !== undefined && l.used.includes(executed)),
  );
}

export function projectFundsSection(input: NarrativeInput): Paragraph[] {
  const cells = new CellList();
  const sentences: string[] = [];
  const { project } = input;
  if (project?.name) cells.add(project.name.cell);
  const roles = [project?.department ? `主管部门为${project.department.text}` : null, project?.implementer ? `实施单位为${project.implementer.text}` : null].filter(
    (t): t is string => t !== null,
  );
  if (project?.department) cells.add(project.department.cell);
  if (project?.implementer) cells.add(project.implementer.cell);
  if (roles.length > 0) sentences.push(`${projectSubject(input)}${roles.join('，')}。`);

  const money: string[] = [];
  const funds = input.report.funds ?? {};
  for (const [id, word] of [
    [funds.initial, '年初预算数'],
    [funds.budget, '全年预算数'],
    [funds.executed, '全年执行数'],
  ] as const) {
    if (id === undefined) continue;
    const f = cells.figure(input, id);
    const v = numberOf(input, id);
    if (f && v) money.push(`${word}为${wan(v)}`);
  }
  const budget = funds.budget !== undefined ? numberOf(input, funds.budget) : null;
  const executed = funds.executed !== undefined ? numberOf(input, funds.executed) : null;
  if (budget && executed && !budget.isZero()) money.push(`预算执行率为${percent(executed.div(budget))}`);
  const leaf = executionLeaf(input);
  if (leaf && leaf.score !== null) {
    cells.add(sourceOf(input, leaf)?.scoreCell);
    money.push(`该项得分${pts(leaf.score)}分（分值${pts(leaf.max)}分）`);
  }
  if (money.length > 0) sentences.push(`${yearLabel(input.year)}，项目资金${money.join('，')}。`);
  if (sentences.length === 0) return [];
  return [{ section: '项目资金执行情况', text: sentences.join(''), cells: cells.cells }];
}

function indicatorClause(leaf: ScoredLeaf, source: LeafSource, cells: CellList): string {
  cells.add(source.target?.cell);
  cells.add(source.actual?.cell);
  cells.add(source.scoreCell);
  const target = source.target ? `年度指标值“${normaliseTargetText(source.target.text)}”` : null;
  const actual = source.actual ? `实际完成值“${normaliseTargetText(source.actual.text)}”` : null;
  const score = leaf.score !== null ? `得分${pts(leaf.score)}分（分值${pts(leaf.max)}分）` : `分值${pts(leaf.max)}分，尚未得出得分`;
  return `${leaf.name}${[target, actual, score].filter((t): t is string => t !== null).join('，')}`;
}

/** 绩效目标完成情况: one paragraph per level-1 indicator group holding form rows with targets. */
export function targetSection(input: NarrativeInput): Paragraph[] {
  const out: Paragraph[] = [];
  for (const root of input.scored.roots) {
    const rows = leavesOf([root]).flatMap((leaf) => {
      const source = sourceOf(input, leaf);
      return source && (source.target || source.actual) ? [{ leaf, source }] : [];
    });
    if (rows.length === 0) continue;
    const cells = new CellList();
    const clauses = rows.map(({ leaf, source }) => indicatorClause(leaf, source, cells));
    const head = `${root.name}分值${pts(root.max)}分，得分${pts(root.score ?? 0)}分。`;
    out.push({ section: '绩效目标完成情况', heading: root.name, text: `${head}${clauses.join('；')}。`, cells: cells.cells });
  }
  return out;
}

/** 偏差原因: each leaf below full marks, its target and actual and the form's reason (a blank reason is for the 检查说明). */
export function deviationSection(input: NarrativeInput): Paragraph[] {
  // leaves that lost points, and those achieved so far above target that the target looks set too low
  const lost = new Set(lossLeaves(input.scored));
  const leaves = leavesOf(input.scored.roots).filter((l) => lost.has(l) || l.flags?.includes('over-achievement'));
  return leaves.map((leaf) => {
    const cells = new CellList();
    const source = sourceOf(input, leaf);
    const sentences: string[] = [];
    if (source && (source.target || source.actual)) {
      const lost = loss(leaf.max, leaf.score!);
      sentences.push(`${indicatorClause(leaf, source, cells)}${lost.isZero() ? '' : `，扣${pts(lost)}分`}。`);
    } else {
      cells.add(source?.scoreCell);
      const figures = figuresClause(input, orderedFigures(input, kindOf(leaf, input.report), leaf.used, false), cells);
      sentences.push(`${leaf.name}${figures ? `：${figures}，` : ''}得分${pts(leaf.score!)}分（分值${pts(leaf.max)}分），扣${pts(loss(leaf.max, leaf.score!))}分。`);
    }
    if (source?.reason) {
      cells.add(source.reason.cell);
      sentences.push(`偏差原因分析：${quoteSentence(source.reason.text)}`);
    }
    return { section: '偏差原因', heading: leaf.name, text: sentences.join(''), cells: cells.cells };
  });
}
