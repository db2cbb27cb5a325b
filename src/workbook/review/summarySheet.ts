import { D, toHostNumber, type Dec } from '../../engine/decimal';
import { sheetCell, toA1, cellFormula, cellValue, findSheet, sheetWidth } from '../read';
import type { Change, CellStyle, CellValue, WorkbookSnapshot } from '../port';
import { SUMMARY_MARKER, SUMMARY_SHEET, type ReviewStatus } from './constants';
import type { ReviewModel } from './reviewModel';
import { reviewedScore, reviewTotals } from './reviewedScore';

/** A leaf's state once the review is applied, as the summary shows it. */
export interface FinalLeafState {
  status: ReviewStatus;
  /** what the 审核得分 cell holds after the plan */
  reviewedScore: Dec | null;
  reason: string;
  /** who last reviewed the leaf, '' when nobody did */
  reviewer: string;
}

export interface SummaryInput {
  model: ReviewModel;
  final: Map<string, FinalLeafState>;
  reviewer: string;
  date: string;
}

type GridCell = { value: CellValue; style?: CellStyle };

const SCORE: CellStyle = { numberFormat: '0.00' };
const HEAD: CellStyle = { bold: true, fill: '#DDEBF7', wrap: true };

/** A score cell: the exact decimal as the host's two-place number. */
function num(value: Dec | null): GridCell {
  return value === null ? { value: null } : { value: toHostNumber(value), style: SCORE };
}

function text(value: string, style?: CellStyle): GridCell {
  return style ? { value, style } : { value };
}

/**
 * The 审核汇总 sheet as a grid. Header words are chosen so that the sheet never reads as an
 * indicator table itself (no 分值/得分/指标名称 header cells).
 */
export function summaryGrid(input: SummaryInput): GridCell[][] {
  const { model, final } = input;
  const grid: GridCell[][] = [];
  grid.push([text(`${SUMMARY_SHEET}${model.unitName ? `：${model.unitName}` : ''}`, { bold: true })]);
  grid.push([text(SUMMARY_MARKER)]);
  grid.push([text('被评价单位', { bold: true }), text(model.unitName ?? '（工作簿未注明）'), text('年度', { bold: true }), text(model.year ?? '')]);
  grid.push([text('本次审核人', { bold: true }), text(input.reviewer), text('审核日期', { bold: true }), text(input.date)]);
  grid.push([text('指标表位置', { bold: true }), text(sheetCell(model.sheet, model.range))]);
  grid.push([]);
  const headers = ['序号', '审核指标', '本项满分', '单位自评', '系统计算', '审核结果', '审核调整', '审核状态', '审核意见', '最后审核人', '所在单元格'];
  grid.push(headers.map((h) => text(h, HEAD)));
  const groupBefore = new Map<string, Dec>();
  const groupAfter = new Map<string, Dec>();
  const totals = reviewTotals(model.leaves, (i) => final.get(model.leaves[i].key), model.totals.max, model.totals.gradeBands);
  model.leaves.forEach((leaf, i) => {
    const state = final.get(leaf.key);
    const status = state?.status ?? leaf.prior?.status ?? '未审';
    // blank while a dispute has no proposed score: the summary shows only what the 审核得分 cell holds
    const result = state && status !== '未审' ? state.reviewedScore : null;
    const afterValue = reviewedScore(leaf, state);
    const diff = result !== null && leaf.basis !== null ? result.minus(leaf.basis) : null;
    const top = leaf.path[0] ?? leaf.name;
    groupBefore.set(top, (groupBefore.get(top) ?? new D(0)).plus(leaf.basis ?? 0));
    groupAfter.set(top, (groupAfter.get(top) ?? new D(0)).plus(afterValue ?? 0));
    grid.push([
      { value: i + 1 },
      text(leaf.path.join(' / ')),
      num(leaf.max),
      num(leaf.selfScore),
      num(leaf.systemScore),
      num(result),
      num(diff),
      text(status),
      text(state?.reason ?? ''),
      text(state?.reviewer ?? ''),
      text(leaf.scoreCell ? sheetCell(leaf.sheet, leaf.scoreCell) : ''),
    ]);
  });
  grid.push([]);
  grid.push(['汇总项', '审核前', '审核后', '变化'].map((h) => text(h, HEAD)));
  for (const [name, b] of groupBefore) {
    const a = groupAfter.get(name) ?? new D(0);
    grid.push([text(name), num(b), num(a), num(a.minus(b))]);
  }
  grid.push([text('总分', { bold: true }), num(totals.before), num(totals.after), num(totals.after.minus(totals.before))]);
  grid.push([text('等级', { bold: true }), text(totals.gradeBefore), text(totals.gradeAfter)]);
  grid.push([]);
  grid.push([text('满分合计'), num(model.totals.max)]);
  grid.push([text('单位自评总分'), model.totals.self === null ? text('（有指标未填自评分）') : num(model.totals.self)]);
  grid.push([text('系统计算总分'), num(model.totals.system)]);
  grid.push([text('未解决异议'), { value: totals.disputes }, text('项')]);
  grid.push([text('已审'), { value: totals.reviewed }, text('项')]);
  grid.push([text('未审'), { value: totals.pending }, text('项')]);
  return grid;
}

/** Our summary sheet, if one exists: a sheet carrying our marker in A2. */
export function findOwnSummary(snapshot: WorkbookSnapshot): string | null {
  const ours = snapshot.sheets.filter((s) => cellValue(s, 1, 0) === SUMMARY_MARKER);
  const exact = ours.find((s) => s.name === SUMMARY_SHEET);
  return (exact ?? ours[0])?.name ?? null;
}

/** A name for a new summary sheet that does not take a sheet the user owns. */
function freeSummaryName(snapshot: WorkbookSnapshot): string {
  const taken = new Set(snapshot.sheets.map((s) => s.name.toLowerCase()));
  if (!taken.has(SUMMARY_SHEET)) return SUMMARY_SHEET;
  for (let i = 2; ; i += 1) if (!taken.has(`${SUMMARY_SHEET}${i}`)) return `${SUMMARY_SHEET}${i}`;
}

const WIDTHS = [6, 40, 10, 10, 10, 10, 10, 10, 36, 12, 14];

/**
 * Changes that write the summary: a new sheet, or our earlier summary rewritten in place cell by
 * cell (each with its previous value, so undo puts the old summary back; cells left over are cleared).
 */
export function summaryChanges(snapshot: WorkbookSnapshot, input: SummaryInput): { sheet: string; changes: Change[] } {
  const grid = summaryGrid(input);
  const existing = findOwnSummary(snapshot);
  const name = existing ?? freeSummaryName(snapshot);
  const old = existing ? findSheet(snapshot, existing) : undefined;
  const changes: Change[] = [];
  if (!existing) changes.push({ kind: 'add-sheet', sheet: name });
  const rows = Math.max(grid.length, old ? old.values.length : 0);
  const cols = Math.max(...grid.map((r) => r.length), sheetWidth(old));
  for (let r = 0; r < rows; r += 1) {
    for (let c = 0; c < cols; c += 1) {
      const cell = grid[r]?.[c] ?? { value: null };
      const prevValue = cellValue(old, r, c);
      const prevFormula = cellFormula(old, r, c);
      if (prevFormula === null && prevValue === cell.value) continue;
      if (cell.value === null && prevValue === null && prevFormula === null) continue;
      const change: Change = { kind: 'cell', sheet: name, address: toA1(r, c), value: cell.value, previous: { value: prevValue, formula: prevFormula } };
      if (cell.style && cell.value !== null) change.style = cell.style;
      changes.push(change);
    }
  }
  if (!existing) WIDTHS.forEach((width, column) => changes.push({ kind: 'column-width', sheet: name, column, width }));
  return { sheet: name, changes };
}
