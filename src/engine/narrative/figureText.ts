import { percent, wan, type Dec } from '../decimal';
import { isNumberFigure } from '../quantity';
import { count, listDun, pts } from './format';
import { QUARTERS } from '../rules';
import type { NarrativeFigure, NarrativeInput } from './types';

/** A figure as the report states it: 1,936.12万元, 98.70%, 23人, 是/否, or its text. */
export function formatFigure(f: NarrativeFigure): string {
  const v = f.value;
  if (!isNumberFigure(v)) return `“${v}”`;
  switch (f.kind) {
    case 'amount':
      return wan(v);
    case 'rate':
      return percent(v);
    case 'count':
      return `${count(v)}${f.unit}`;
    case 'score':
      return `${pts(v)}分`;
    case 'flag':
      return v.equals(1) ? '是' : '否';
    default:
      return count(v);
  }
}

/** The number of a figure, or null when it is text or absent. */
export function numberOf(input: NarrativeInput, id: string): Dec | null {
  const v = input.figures.get(id)?.value;
  return isNumberFigure(v) ? v : null;
}

/** Collects "Sheet!A1" references in first-seen order, without repeats. */
export class CellList {
  private readonly seen = new Set<string>();
  readonly cells: string[] = [];

  add(cell: string | null | undefined): void {
    if (!cell || this.seen.has(cell)) return;
    this.seen.add(cell);
    this.cells.push(cell);
  }

  figure(input: NarrativeInput, id: string): NarrativeFigure | undefined {
    const f = input.figures.get(id);
    if (f) this.add(f.cell);
    return f;
  }
}

const PROGRESS = ['progress.q1', 'progress.q2', 'progress.q3', 'progress.q4'];

/** "一至四季度支出进度分别为26.24%、51.31%、76.51%、98.70%", or each quarter present on its own. */
export function quarterlyProgress(input: NarrativeInput, cells: CellList): string | null {
  const present = PROGRESS.map((id) => cells.figure(input, id));
  const formatted = present.map((f) => (f && isNumberFigure(f.value) ? percent(f.value) : null));
  if (formatted.every((t) => t !== null)) return `${QUARTERS[0]}至${QUARTERS[3]}季度支出进度分别为${listDun(formatted as string[])}`;
  const some = formatted.flatMap((t, i) => (t === null ? [] : [`${QUARTERS[i]}季度支出进度为${t}`]));
  return some.length > 0 ? some.join('，') : null;
}

/** "在编人数为23人，编外人数为4人": the figures a rule drew on, as the workbook labels them. */
export function figuresClause(input: NarrativeInput, ids: readonly string[], cells: CellList): string | null {
  const parts: string[] = [];
  let quartersDone = false;
  for (const id of ids) {
    if (PROGRESS.includes(id)) {
      if (quartersDone) continue;
      quartersDone = true;
      // the quarters as one clause, at the first of them
      const q = quarterlyProgress(input, cells);
      if (q) parts.push(q);
      continue;
    }
    const f = cells.figure(input, id);
    if (f) parts.push(`${f.label}为${formatFigure(f)}`);
  }
  return parts.length > 0 ? parts.join('，') : null;
}

/**
 * The figures a leaf's rule used, in its kind's reading order (the framework's `leadFigures` for the
 * kind first: plan before actual, budget before spending); with `withStated`, the kind's lead figures
 * the workbook states are added even when the rule did not read them (the stated rate).
 */
export function orderedFigures(input: NarrativeInput, kind: string | undefined, used: readonly string[], withStated: boolean): string[] {
  const leadFigures = input.report.leadFigures;
  const declared = kind && leadFigures && Object.prototype.hasOwnProperty.call(leadFigures, kind) ? leadFigures[kind] : [];
  const lead = declared.filter((id) => input.figures.has(id) && (withStated || used.includes(id)));
  return [...lead, ...used.filter((id) => !lead.includes(id))];
}
