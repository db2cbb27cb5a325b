import type { ScoredLeaf } from '../tree.types';
import { leavesOf } from '../treeWalk';
import { fundNotes } from './budgetSection';
import { isJudged } from './deductionSection';
import { loss, pts } from './format';
import { lossLeaves, sourceOf } from './tree';
import type { NarrativeInput, Paragraph } from './types';

const SECTION = '检查说明';

/**
 * 检查说明: what the clerk should see to before submitting, kept out of the report's body — leaves
 * without a score, scores the workbook's figures could not verify, deductions without a written reason,
 * figures the report leaves out and why, and the workbook checks' errors. Each note is one paragraph;
 * none when there is nothing to say.
 */
export function buildCheckNotes(input: NarrativeInput): Paragraph[] {
  const leaves = leavesOf(input.scored.roots);
  const notes: Paragraph[] = [];
  const note = (text: string, leaf?: ScoredLeaf) => {
    const cell = leaf ? sourceOf(input, leaf)?.scoreCell : undefined;
    notes.push({ section: SECTION, ...(leaf ? { heading: leaf.name } : {}), text, cells: cell ? [cell] : [] });
  };

  const unscored = leaves.filter((l) => l.score === null);
  if (unscored.length > 0) {
    note(`${unscored.map((l) => l.name).join('、')}尚无得分（缺少评分所需数据或自评分），总分不完整，报告未写自评结论；补齐后重新生成。`);
  }
  for (const leaf of leaves) {
    if (leaf.score === null) continue;
    if (leaf.status === 'missing-input') {
      const names = leaf.missing.map((id) => `“${input.figureLabels[id] ?? id}”`).join('、');
      note(`${leaf.name}：缺少可计分的${names}，无法按评分标准核验，报告中的${pts(leaf.score)}分是单位自评分。`, leaf);
    } else if (leaf.status === 'error') {
      note(`${leaf.name}：按评分标准核对时发现问题（${leaf.message ?? '数据无法计分'}），报告中的${pts(leaf.score)}分未经核验。`, leaf);
    }
  }
  const judged = leaves.filter((l) => l.basis === '判断' && l.score !== null);
  if (judged.length > 0) note(`${judged.length} 项指标为判断评分（${judged.map((l) => `“${l.name}”`).join('、')}），报告采用单位自评分，未经核验。`);

  const project = input.report.form === 'project';
  const lost = new Set(lossLeaves(input.scored));
  for (const leaf of leaves) {
    const source = sourceOf(input, leaf);
    // a computed score is explained by its figures; a judged one, or a form row against its target, needs the unit's words
    if (!source?.reason && lost.has(leaf) && (isJudged(leaf) || (project && source?.target !== undefined))) {
      const what = project ? '偏差原因分析' : '扣分理由';
      note(`${leaf.name}扣${pts(loss(leaf.max, leaf.score!))}分，评分表中未写${what}，请补充后重新生成报告。`, leaf);
    }
    // achieved far above the target (with the over-achievement setting): the rule's own words, and whether a reason is written
    const over = leaf.flags?.includes('over-achievement') ? leaf.steps.find((s) => s.text.includes('目标设置可能偏低')) : undefined;
    if (over) note(`${leaf.name}：${over.text.replace(/[，。]?应说明偏差原因$/, '')}，${source?.reason ? '评分表已写偏差原因分析，请确认其说明了这一点' : '评分表中未写偏差原因分析，请补充'}。`, leaf);
  }

  for (const f of input.setAside ?? []) note(`${f.label}（${f.cell}）未写入报告：${f.why}`);
  for (const text of fundNotes(input)) note(text);
  if (input.hasErrors) {
    const count = input.errorCount !== undefined ? ` ${input.errorCount} 条` : '';
    note(`工作簿检查发现错误${count}，见“检查结果”表；处理后重新评分并生成报告。`);
  }
  return notes;
}
