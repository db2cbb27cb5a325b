import { measureFor, problemText } from './measures';
import type { ScoredLeaf } from '../tree.types';
import { kindOf } from './kind';
import { CellList, figuresClause, orderedFigures } from './figureText';
import { loss, numeral, pts, selfReference, yearLabel } from './format';
import { lossLeaves, sourceOf } from './tree';
import type { NarrativeInput, Paragraph } from './types';
import { evaluationName } from './conclusionSection';

/** 存在问题: one numbered problem per leaf that lost points, with its figures and the points lost. */
export function problemSection(input: NarrativeInput): Paragraph[] {
  const losses = lossLeaves(input.scored);
  if (losses.length === 0) return [];
  const self = selfReference(input.unitName);
  const intro: Paragraph = {
    section: '存在问题',
    text: `${self}${yearLabel(input.year)}${evaluationName(input)}总体情况较好，但仍存在以下问题：`,
    cells: [],
  };
  return [intro, ...losses.map((leaf, i) => problem(input, leaf, i))];
}

function problem(input: NarrativeInput, leaf: ScoredLeaf, index: number): Paragraph {
  const cells = new CellList();
  const kind = kindOf(leaf, input.report);
  // The problem restates the workbook's own rate beside the figures (政府采购执行率为88.71%), as seed 002 does.
  const figures = figuresClause(input, orderedFigures(input, kind, leaf.used, true), cells);
  cells.add(sourceOf(input, leaf)?.scoreCell);
  const title = problemText(measureFor(input.measures, kind), leaf.name);
  const detail = `${figures ? `${figures}，` : ''}该指标得分${pts(leaf.score!)}分，扣${pts(loss(leaf.max, leaf.score!))}分。`;
  return { section: '存在问题', heading: title, text: `${numeral(index + 1)}是${title}。${detail}`, cells: cells.cells };
}

/** 改进措施: one numbered measure per kind of problem, naming the indicators it answers. */
export function measureSection(input: NarrativeInput, leaves: readonly ScoredLeaf[] = lossLeaves(input.scored)): Paragraph[] {
  if (leaves.length === 0) return [];
  const byKind = new Map<string, ScoredLeaf[]>();
  for (const leaf of leaves) {
    const k = kindOf(leaf, input.report) ?? '';
    byKind.set(k, [...(byKind.get(k) ?? []), leaf]);
  }
  const intro: Paragraph = { section: '改进措施', text: `针对上述问题，${selfReference(input.unitName)}将从以下方面加以改进：`, cells: [] };
  const items = [...byKind.entries()].map(([k, group], i): Paragraph => {
    const names = group.map((l) => l.name).join('、');
    const cells = new CellList();
    for (const leaf of group) cells.add(sourceOf(input, leaf)?.scoreCell);
    return {
      section: '改进措施',
      heading: names,
      text: `${numeral(i + 1)}是针对${names}失分的问题，${measureFor(input.measures, k || undefined).measure}`,
      cells: cells.cells,
    };
  });
  return [intro, ...items];
}
