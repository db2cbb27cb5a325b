import { fixed, toHostNumber } from '../../engine/decimal';
import { claimedTotalText, computedTotalText, scoreAccounts, UNVERIFIED_TEXT, type Analysis } from '../analyse';
import { SEVERITY_NAMES, type Warning } from '../checks';
import type { CellStyle, CellValue, Change, SheetSnapshot, WritePlan } from '../port';
import type { LeafLayout } from '../read';
import { columnLetters, parseA1, toA1, cellFormula, cellValue, sheetOf, OWN_EXPLAIN_HEADER, OWN_NOTES_HEADER, OWN_SCORE_HEADER, isOwnResultSheet, RESULT_MARKER, RESULT_SHEET, settingsChanges, type WorkbookSettings } from '../read';
import { recordedColumns, sortOwnedWrites, type IntendedCell } from './ownedWrites';
import { planBasis } from './basis';
import { leafFormula } from './scoreFormula';
import { findGroup, leavesOf } from '../../engine/treeWalk';
import type { ScoredNode } from '../../engine/tree.types';

/**
 * The write plan of a scoring run. Computed scores go to the table's score column only while it is
 * empty; once the unit has typed self-scores they go to a 系统评分 column of ours beside the table,
 * which holds only scores the rules gave or verified: a leaf nothing could verify (a judgement, missing
 * figures) says 未核验 there, and a group or total over such a leaf says 不完整 — never a number copied
 * from the unit. A 得分说明 column says for each leaf how its score was obtained with the rule and
 * figures in one line, beside the score it explains (a clerk reads a row across, and the line prints
 * and filters with its row); a 检查提示 column lists each row's findings and a 检查结果 sheet lists them
 * all. Nothing a user typed is overwritten: a cell is written only when it is empty or still holds what
 * we recorded writing there (ownedWrites.ts); a cell of ours edited since is left and listed for the
 * user to confirm.
 */

export interface ScoreWriteOptions {
  /** write PERF.* formulas (and =SUM for totals) instead of plain values where a rule allows */
  formulas: boolean;
  /** the user confirmed writing over cells of ours edited since we wrote them (the plan's `edited`) */
  overwriteEdited?: boolean;
}

const SCORE_FORMAT = '0.00';
/** what the 系统评分 column says for a group or total over a leaf it cannot state */
const INCOMPLETE_TEXT = '不完整';

/** True when every leaf under the nodes has a verified score: their sum is then a score of ours. */
function allVerified(nodes: ScoredNode[]): boolean {
  return leavesOf(nodes).every((l) => l.verified !== null);
}
const OWN_FILL = '#EAF3FB';

function isEmpty(sheet: SheetSnapshot | undefined, row: number, col: number): boolean {
  const v = cellValue(sheet, row, col);
  return (v === null || (typeof v === 'string' && v === '')) && cellFormula(sheet, row, col) === null;
}

/** "=SUM(J5:J7,J9)" over the given rows of one column, runs of consecutive rows as ranges. */
export function sumFormula(col: number, rows: number[]): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const parts: string[] = [];
  let start = sorted[0];
  for (let i = 1; i <= sorted.length; i += 1) {
    if (i < sorted.length && sorted[i] === sorted[i - 1] + 1) continue;
    const end = sorted[i - 1];
    parts.push(start === end ? toA1(start, col) : `${toA1(start, col)}:${toA1(end, col)}`);
    start = sorted[i];
  }
  return `=SUM(${parts.join(',')})`;
}

class PlanBuilder {
  readonly changes: Change[] = [];
  /** every cell the plan means to set, changed or already as meant: what is recorded as ours */
  readonly intended: IntendedCell[] = [];
  private readonly written = new Set<string>();
  constructor(private readonly analysis: Analysis) {}

  sheet(name: string): SheetSnapshot | undefined {
    return sheetOf(this.analysis.snapshot, name);
  }

  cell(sheetName: string, row: number, col: number, value: CellValue, extra: { formula?: string; style?: CellStyle } = {}): void {
    const key = `${sheetName}!${row}!${col}`;
    if (this.written.has(key)) return;
    const sheet = this.sheet(sheetName);
    const previous = { value: cellValue(sheet, row, col), formula: cellFormula(sheet, row, col) };
    this.intended.push({ sheet: sheetName, address: toA1(row, col), value, formula: extra.formula ?? null });
    // Unchanged content is left alone (its style was set when we wrote it).
    if (previous.value === value && previous.formula === (extra.formula ?? null)) return;
    this.written.add(key);
    this.changes.push({ kind: 'cell', sheet: sheetName, address: toA1(row, col), value, ...(extra.formula ? { formula: extra.formula } : {}), ...(extra.style ? { style: extra.style } : {}), previous });
  }
}

/** First column at or right of `from` whose cells over `rows` are all empty (or that is ours already). */
function freeColumn(sheet: SheetSnapshot, from: number, rows: number[], taken: number[]): number {
  for (let c = from; ; c += 1) {
    if (taken.includes(c)) continue;
    if (rows.every((r) => isEmpty(sheet, r, c))) return c;
  }
}

function notesByRow(warnings: Warning[], sheet: string): Map<number, string> {
  const out = new Map<number, string[]>();
  for (const w of warnings) {
    if (w.sheet !== sheet || !w.address) continue;
    const pos = parseA1(w.address);
    if (!pos) continue;
    const list = out.get(pos.row) ?? [];
    list.push(`【${SEVERITY_NAMES[w.severity]}】${w.message}`);
    out.set(pos.row, list);
  }
  return new Map([...out].map(([r, l]) => [r, l.join('\n')]));
}

function resultSheetName(analysis: Analysis): { name: string; exists: boolean } {
  const { snapshot, settings } = analysis;
  const own = snapshot.sheets.find((s) => isOwnResultSheet(s, settings) && s.name.startsWith(RESULT_SHEET));
  if (own) return { name: own.name, exists: true };
  let name = RESULT_SHEET;
  for (let i = 2; snapshot.sheets.some((s) => s.name === name); i += 1) name = `${RESULT_SHEET}${i}`;
  return { name, exists: false };
}

function resultRows(analysis: Analysis): CellValue[][] {
  const { scored, warnings } = analysis;
  const count = (s: string) => warnings.filter((w) => w.severity === s).length;
  // the unit's claimed total beside ours; no grade for a table with blank scores
  const total = scored.complete ? `总分 ${fixed(scored.total)}（满分 ${fixed(scored.max)}，等级“${scored.grade}”）` : `总分${computedTotalText(analysis)}`;
  const summary = `${analysis.framework.title}：${total}；单位自评总分 ${claimedTotalText(analysis)}；错误 ${count('error')} 条，警告 ${count('warning')} 条，提示 ${count('info')} 条。`;
  const rows: CellValue[][] = [[RESULT_MARKER, null, null, null, null], [summary, null, null, null, null], ['序号', '级别', '代码', '位置', '说明']];
  warnings.forEach((w, i) => rows.push([i + 1, SEVERITY_NAMES[w.severity], w.code, w.address ? `${w.sheet}!${w.address}` : w.sheet, w.message]));
  return rows;
}

export function planScoreWrite(analysis: Analysis, options: ScoreWriteOptions): WritePlan {
  const { table, layout, scored, snapshot } = analysis;
  const b = new PlanBuilder(analysis);
  const sheetName = table.sheet;
  const sheet = b.sheet(sheetName) as SheetSnapshot;
  const headerRow = table.headerRows[0];
  const leafByRef = new Map(leavesOf(scored.roots).map((l) => [l.ref ?? '', l]));
  const bodyRows = [
    ...table.headerRows,
    ...table.rows.map((r) => r.row),
    ...(layout.funds && layout.funds.sheet === sheetName ? [layout.funds.row] : []),
  ];
  const top = Math.min(...bodyRows);
  const bottom = Math.max(...bodyRows);
  const span = Array.from({ length: bottom - top + 1 }, (_, i) => top + i);

  // Where computed scores go.
  const hasTyped = layout.leaves.some((l) => l.typedScore !== null);
  let scoreCol: number;
  let scoreInUserColumn = false;
  const ownCols: number[] = [];
  // ours only as recorded: a column the unit headed 系统评分 or 检查提示 itself is the unit's
  const recorded = recordedColumns(analysis);
  if (recorded.score !== undefined) scoreCol = recorded.score;
  else if (!hasTyped && table.columns.score !== undefined) {
    scoreCol = table.columns.score;
    scoreInUserColumn = true;
  } else scoreCol = freeColumn(sheet, table.lastColumn + 1, span, [recorded.notes ?? -1, recorded.explain ?? -1]);
  if (!scoreInUserColumn) ownCols.push(scoreCol);
  const after = scoreInUserColumn ? table.lastColumn : Math.max(table.lastColumn, scoreCol);
  const explainCol = recorded.explain ?? freeColumn(sheet, after + 1, span, [scoreCol, recorded.notes ?? -1]);
  const notesCol = recorded.notes ?? freeColumn(sheet, Math.max(after, explainCol) + 1, span, [scoreCol, explainCol]);
  ownCols.push(explainCol, notesCol);

  const headerStyle = { bold: true, fill: OWN_FILL, wrap: true };
  if (!scoreInUserColumn) b.cell(sheetName, headerRow, scoreCol, OWN_SCORE_HEADER, { style: headerStyle });
  b.cell(sheetName, headerRow, explainCol, OWN_EXPLAIN_HEADER, { style: headerStyle });
  b.cell(sheetName, headerRow, notesCol, OWN_NOTES_HEADER, { style: headerStyle });

  // Leaf scores: only what the rules gave or verified; in our own column a leaf without one says 未核验.
  const scoreRows: number[] = [];
  const leafScoreRows = new Map<LeafLayout, number>();
  const unverifiedRows: number[] = [];
  for (const leaf of layout.leaves) {
    const scoredLeaf = leafByRef.get(leaf.ref);
    if (!scoredLeaf) continue;
    // The national 预算执行率 lives in the 项目资金 block; its own 得分 cell is the place when empty.
    const col = leaf.sheet === sheetName ? scoreCol : null;
    if (col === null) continue;
    if (scoreInUserColumn && !isEmpty(sheet, leaf.row, col)) continue;
    if (scoredLeaf.verified === null) {
      if (!scoreInUserColumn) {
        b.cell(sheetName, leaf.row, col, UNVERIFIED_TEXT);
        unverifiedRows.push(leaf.row);
      }
      continue;
    }
    const formula = options.formulas ? leafFormula(leaf.rule, scoredLeaf, snapshot, analysis.figures) : null;
    b.cell(sheetName, leaf.row, col, toHostNumber(scoredLeaf.verified), { ...(formula ? { formula } : {}), style: { numberFormat: SCORE_FORMAT } });
    scoreRows.push(leaf.row);
    leafScoreRows.set(leaf, leaf.row);
  }

  // Group rows and the total row: a sum of ours only over verified leaves; else 不完整 in our column, nothing in the unit's.
  for (const g of layout.groups) {
    if (g.row === null || g.scoreAddress === null || g.sheet !== sheetName) continue;
    const node = findGroup(scored.roots, g.path);
    if (!node) continue;
    if (scoreInUserColumn && !isEmpty(sheet, g.row, scoreCol)) continue;
    if (!allVerified(node.children)) {
      if (!scoreInUserColumn) b.cell(sheetName, g.row, scoreCol, INCOMPLETE_TEXT);
      continue;
    }
    const rows = leavesOf(node.children).map((l) => layout.leaves.find((x) => x.ref === l.ref)).filter((x): x is LeafLayout => !!x && leafScoreRows.has(x)).map((x) => x.row);
    const formula = options.formulas && rows.length > 0 ? sumFormula(scoreCol, rows) : undefined;
    b.cell(sheetName, g.row, scoreCol, toHostNumber(node.score), { ...(formula ? { formula } : {}), style: { numberFormat: SCORE_FORMAT } });
  }
  if (layout.total && layout.total.sheet === sheetName && !(scoreInUserColumn && !isEmpty(sheet, layout.total.row, scoreCol))) {
    if (allVerified(scored.roots)) {
      const formula = options.formulas && scoreRows.length > 0 && !scored.capped ? sumFormula(scoreCol, scoreRows) : undefined;
      b.cell(sheetName, layout.total.row, scoreCol, toHostNumber(scored.total), { ...(formula ? { formula } : {}), style: { numberFormat: SCORE_FORMAT, bold: true } });
    } else if (!scoreInUserColumn) b.cell(sheetName, layout.total.row, scoreCol, INCOMPLETE_TEXT, { style: { bold: true } });
  }

  // 得分说明: each leaf's way to its score in one line; 检查提示: each row's findings. Rows of ours that held old text are cleared.
  const explained = new Map<number, string>();
  const accountByRef = new Map(scoreAccounts(analysis).map((a) => [a.ref, a]));
  for (const leaf of layout.leaves) {
    const account = accountByRef.get(leaf.ref);
    if (account && leaf.sheet === sheetName) explained.set(leaf.row, `${account.obtained}：${account.line}`);
  }
  const notes = notesByRow(analysis.warnings, sheetName);
  for (const [col, texts, ours] of [
    [explainCol, explained, recorded.explain !== undefined],
    [notesCol, notes, recorded.notes !== undefined],
  ] as const) {
    for (const r of span) {
      if (r === headerRow) continue;
      const text = texts.get(r) ?? null;
      if (text !== null) b.cell(sheetName, r, col, text, { style: { wrap: true } });
      else if (!isEmpty(sheet, r, col) && ours) b.cell(sheetName, r, col, null);
    }
  }
  if (recorded.score !== undefined) {
    const keep = new Set([...scoreRows, ...unverifiedRows, headerRow, ...layout.groups.map((g) => g.row ?? -1), layout.total?.row ?? -1]);
    for (const r of span) if (!keep.has(r) && !isEmpty(sheet, r, scoreCol)) b.cell(sheetName, r, scoreCol, null);
  }

  // 检查结果 sheet: replaced only when it is ours.
  const result = resultSheetName(analysis);
  const resultSheet = b.sheet(result.name);
  if (!result.exists) b.changes.push({ kind: 'add-sheet', sheet: result.name });
  const rows = resultRows(analysis);
  const height = Math.max(rows.length, resultSheet?.values.length ?? 0);
  const width = Math.max(5, ...(resultSheet?.values.map((r) => r.length) ?? [0]));
  for (let r = 0; r < height; r += 1) {
    for (let c = 0; c < width; c += 1) {
      const value = rows[r]?.[c] ?? null;
      if (value === null && isEmpty(resultSheet, r, c)) continue;
      b.cell(result.name, r, c, value, r === 2 ? { style: { bold: true } } : {});
    }
  }

  // Record what we own, so the next run recognises it; cells of ours edited since are left and listed.
  const sorted = sortOwnedWrites(analysis, b.changes, b.intended, { tableSheet: sheetName, columns: ownCols, sheets: [result.name] }, options.overwriteEdited === true);
  const settings: WorkbookSettings = {
    ...analysis.settings,
    sheet: sheetName,
    framework: analysis.framework.id,
    formulas: options.formulas,
    ownedSheets: [...new Set([...analysis.settings.ownedSheets, result.name])],
    ownedColumns: [
      ...analysis.settings.ownedColumns.filter((c) => c.sheet !== sheetName || ownCols.map(columnLetters).includes(c.column)),
      ...ownCols.map((c) => ({ sheet: sheetName, column: columnLetters(c) })).filter((c) => !analysis.settings.ownedColumns.some((o) => o.sheet === c.sheet && o.column === c.column)),
    ],
  };
  settings.ownedCells = sorted.ownedCells;
  const all = [...sorted.changes, ...settingsChanges(snapshot, settings)];
  return { title: '写入评分结果', changes: all, basis: planBasis(analysis), ...(sorted.edited.length > 0 ? { edited: sorted.edited } : {}) };
}
