import { ruleFigures } from '../../engine/ruleFigures';
import type { Rule } from '../../engine/types';
import type { FigureDef, Framework } from '../../frameworks/types';
import type { Analysis } from '../analyse';
import type { CellValue, Change, WorkbookSnapshot, WritePlan } from '../port';
import { figureDefsFor } from '../../frameworks/commonFigures';
import { DATA_SHEET_NAMES, dataColumns, findFigures, isDataSheet, toA1 } from '../read';
import { readableWidth } from './columnWidth';

/**
 * `perfscore template`: a 基础数据 sheet listing every figure the detected leaves' rules need (label,
 * empty value, unit, 说明), for the unit to fill. An existing 基础数据 sheet is never overwritten: only
 * the figures it lacks are appended below its rows, in its own columns. A figure is never asked twice:
 * not when the analysis already read it (基础数据, or the national form's 项目资金 block), nor when a row
 * labels it, filled or not, by the same label matching as `findFigures`. The sheet is not recorded as
 * ours: once the unit fills it in, every value there is the unit's own. A 是/否 figure's value cell
 * and a category's get a drop-down of their choices; a sheet the template creates gets readable
 * column widths (a unit's own sheet keeps its widths: the snapshot does not say what they are).
 */

export interface TemplateLeaf {
  path: string[];
  rule: Rule | null;
  /** checklists and counted deductions: optional, the typed score is taken when left empty */
  judgementWhenMissing?: boolean;
}

const HEADER: CellValue[] = ['指标', '数值', '单位', '说明'];

function kindHint(def: FigureDef): string {
  switch (def.kind) {
    case 'amount':
      return '金额，单位万元（写“元”或“亿元”会自动换算）';
    case 'rate':
      return '百分比，如 98.70%';
    case 'flag':
      return '填“是”或“否”';
    case 'category':
      return def.options ? `填 ${def.options.join(' / ')}` : '填文字';
    case 'score':
      return '判断评分（分）';
    default:
      return '数量';
  }
}

/** The drop-down a figure's value cell gets: 是/否 for a flag, the categories for a category; null for a number. */
function choices(def: FigureDef): string[] | null {
  if (def.kind === 'flag') return ['是', '否'];
  if (def.kind === 'category' && def.options?.length) return def.options;
  return null;
}

/** Figures the analysis already read (基础数据 rows, the national form's 项目资金 block): never asked again. */
function alreadyFound(source: Analysis | TemplateLeaf[]): Set<string> {
  return new Set(Array.isArray(source) ? [] : source.figures.keys());
}

function leavesFrom(source: Analysis | TemplateLeaf[]): TemplateLeaf[] {
  if (Array.isArray(source)) return source;
  return source.layout.leaves.map((l) => ({
    path: l.path,
    rule: l.indicator ? null : l.rule,
    judgementWhenMissing: l.frameworkLeaf?.judgementWhenMissing,
  }));
}

export function planTemplate(snapshot: WorkbookSnapshot, source: Analysis | TemplateLeaf[], framework: Framework): WritePlan {
  const defs = figureDefsFor(framework.figures);
  const needed = new Map<string, { leaves: string[]; optional: boolean }>();
  for (const leaf of leavesFrom(source)) {
    if (!leaf.rule) continue;
    const name = leaf.path[leaf.path.length - 1];
    for (const id of ruleFigures(leaf.rule)) {
      if (!defs[id]) continue;
      const entry = needed.get(id) ?? { leaves: [], optional: true };
      entry.leaves.push(name);
      entry.optional = entry.optional && leaf.judgementWhenMissing === true;
      needed.set(id, entry);
    }
  }
  const existing = snapshot.sheets.find((s) => isDataSheet(s.name));
  const sheetName = existing?.name ?? DATA_SHEET_NAMES[0];
  const present = alreadyFound(source);
  if (existing) {
    // the same reading as findFigures (words, the row above, elimination): a row the unit has labelled is there, filled or not
    for (const row of findFigures({ sheets: [existing] }, defs).rows) if (row.figure) present.add(row.figure);
  }
  // Append in the existing sheet's own columns (its header's 数值 / 单位 / 说明), else label | 数值 | 单位 | 说明.
  const cols = existing ? dataColumns(existing) : { labelCol: 0, valueCol: 1, unitCol: 2, noteCol: 3 };
  const unitCol = cols.unitCol ?? cols.valueCol + 1;
  const noteCol = cols.noteCol ?? Math.max(cols.labelCol, cols.valueCol, unitCol) + 1;
  const place = (label: CellValue, unit: CellValue, note: CellValue): CellValue[] => {
    const row: CellValue[] = [];
    row[cols.labelCol] = label;
    row[unitCol] = unit;
    row[noteCol] = note;
    return Array.from(row, (v) => v ?? null);
  };
  const rows: CellValue[][] = [];
  const lists = new Map<number, string[]>();
  if (!existing) {
    rows.push(HEADER);
    rows.push(place('单位名称', null, '填报单位全称'));
    rows.push(place('年度', null, '评价年度，如 2024'));
  }
  // Required figures first, then the optional checklist answers.
  const ordered = [...needed].sort((a, b) => Number(a[1].optional) - Number(b[1].optional));
  for (const [id, entry] of ordered) {
    if (present.has(id)) continue;
    const def = defs[id];
    const used = `用于：${[...new Set(entry.leaves)].join('、')}`;
    const note = entry.optional ? `可选，不填则采用表内得分作为判断分。${kindHint(def)}；${used}` : `${kindHint(def)}；${used}`;
    const list = choices(def);
    if (list) lists.set(rows.length, list);
    rows.push(place(def.label, def.unit || null, note));
  }
  const changes: Change[] = [];
  if (!existing) changes.push({ kind: 'add-sheet', sheet: sheetName });
  const start = existing ? existing.values.length : 0;
  rows.forEach((row, i) =>
    row.forEach((value, c) => {
      if (value === null) return;
      changes.push({ kind: 'cell', sheet: sheetName, address: toA1(start + i, c), value, ...(i === 0 && !existing ? { style: { bold: true } } : {}), previous: { value: null, formula: null } });
    }),
  );
  lists.forEach((options, i) => changes.push({ kind: 'validation-list', sheet: sheetName, address: toA1(start + i, cols.valueCol), options, previous: null }));
  if (!existing) {
    // readable at a glance: every label, value, unit and note of the new sheet fits (notes up to the cap)
    const text = (c: number) => rows.map((r) => (r[c] === null || r[c] === undefined ? '' : String(r[c])));
    const widths: [number, number][] = [
      [cols.labelCol, readableWidth(text(cols.labelCol))],
      [cols.valueCol, readableWidth([...text(cols.valueCol), ...[...lists.values()].flat()], 14)],
      [unitCol, readableWidth(text(unitCol))],
      [noteCol, readableWidth(text(noteCol))],
    ];
    for (const [column, width] of widths) changes.push({ kind: 'column-width', sheet: sheetName, column, width });
  }
  return { title: existing ? `补充基础数据表“${sheetName}”` : '新建基础数据表', changes };
}
