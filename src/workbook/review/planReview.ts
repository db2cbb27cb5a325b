import { D, fixed, roundHalfUp, toHostNumber, type Dec } from '../../engine/decimal';
import { sheetCell, toA1, cellFormula, cellValue, findSheet, isBlankValue } from '../read';
import type { Analysis } from '../analyse';
import type { Change, CellStyle, CellValue, WritePlan } from '../port';
import {
  REVIEW_REASON_HEADER,
  REVIEW_SCORE_HEADER,
  REVIEW_STATUS_HEADER,
  isReviewStatus,
  type ReviewStatus,
} from './constants';
import { historyChanges, type HistoryEntry } from './history';
import { buildReviewModel, leafKey, readReview, type ReviewColumns, type ReviewLeaf, type ReviewModel } from './reviewModel';
import { summaryChanges, type FinalLeafState } from './summarySheet';
import { reviewCellScore } from './reviewedScore';

export interface ReviewEntry {
  path: string[];
  status: ReviewStatus;
  reviewedScore?: Dec | null;
  reason?: string;
}

export interface ReviewInput {
  reviewer: string;
  date: string;
  entries: ReviewEntry[];
}

/** A review the plan refuses to write, with every reason in Chinese (sheet and cell named). */
export class ReviewError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ReviewError';
    this.problems = problems;
  }
}

function where(leaf: ReviewLeaf): string {
  const cell = leaf.scoreCell ? sheetCell(leaf.sheet, leaf.scoreCell) : leaf.sheet;
  return `${cell}「${leaf.name}」`;
}

/** A reviewed score that is usable, or why not. */
function scoreProblem(leaf: ReviewLeaf, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (!D.isDecimal(value) || !(value as Dec).isFinite()) return `${where(leaf)}：审核得分不是有效数字。`;
  const score = roundHalfUp(value as Dec);
  if (score.isNegative() && !score.isZero()) return `${where(leaf)}：审核得分 ${fixed(score)} 低于 0，不能采用。`;
  if (score.greaterThan(leaf.max)) return `${where(leaf)}：审核得分 ${fixed(score)} 高于该项分值 ${fixed(leaf.max)}，不能采用。`;
  return null;
}

interface Resolved {
  leaf: ReviewLeaf;
  status: ReviewStatus;
  /** what goes into the 审核得分 cell: the entered score, the accepted score, or nothing */
  cellScore: Dec | null;
  reason: string;
  /** the score in force before this review */
  old: Dec | null;
  changed: boolean;
}

function resolve(model: ReviewModel, review: ReviewInput): { resolved: Resolved[]; problems: string[] } {
  const problems: string[] = [];
  if (typeof review.reviewer !== 'string' || review.reviewer.trim() === '') problems.push('请填写审核人姓名。');
  if (typeof review.date !== 'string' || review.date.trim() === '') problems.push('请填写审核日期。');
  const byKey = new Map(model.leaves.map((l) => [l.key, l]));
  const seen = new Set<string>();
  const resolved: Resolved[] = [];
  for (const entry of Array.isArray(review.entries) ? review.entries : []) {
    const path = Array.isArray(entry?.path) ? entry.path.map(String) : [];
    const leaf = byKey.get(leafKey(path));
    if (!leaf) {
      problems.push(`指标表 ${model.sheet}（${model.range}）中找不到指标「${path.join(' / ')}」。`);
      continue;
    }
    if (seen.has(leaf.key)) {
      problems.push(`${where(leaf)}：同一指标出现了两条审核记录。`);
      continue;
    }
    seen.add(leaf.key);
    if (leaf.row < 0) {
      problems.push(`${where(leaf)}：无法确定该指标所在的行，不能写入审核结果。`);
      continue;
    }
    if (!isReviewStatus(entry.status)) {
      problems.push(`${where(leaf)}：审核状态“${String(entry.status)}”无效，应为未审、已审或有异议。`);
      continue;
    }
    const bad = scoreProblem(leaf, entry.reviewedScore);
    if (bad) {
      problems.push(bad);
      continue;
    }
    const reason = typeof entry.reason === 'string' ? entry.reason.trim() : '';
    const old = leaf.current;
    const cellScore = reviewCellScore(leaf, { status: entry.status, reviewedScore: entry.reviewedScore ?? null });
    const changed = entry.status !== '未审' && cellScore !== null && (old === null || !cellScore.eq(old));
    if ((changed || entry.status === '有异议') && reason === '') {
      problems.push(`${where(leaf)}：${entry.status === '有异议' ? '提出异议' : '调整得分'}时须填写审核意见。`);
      continue;
    }
    resolved.push({ leaf, status: entry.status, cellScore, reason, old, changed });
  }
  return { resolved, problems };
}

/** The problems that would make planReviewWrite refuse this review; empty when it can be written. */
export function checkReview(analysis: Analysis, review: ReviewInput, model: ReviewModel = buildReviewModel(analysis)): string[] {
  return resolve(model, review).problems;
}

interface Placement {
  score: number;
  reason: number;
  status: number;
  /** columns this plan adds */
  added: (keyof ReviewColumns)[];
}

/**
 * Where the review columns go: where our headers already are, otherwise the first columns right of
 * the table that are empty on every row from the header to the last leaf, so no typed cell is touched.
 */
function placeColumns(analysis: Analysis, found: ReviewColumns, leafRows: number[]): Placement {
  const table = analysis.table;
  const sheet = findSheet(analysis.snapshot, table.sheet);
  // leaves may sit outside the table body (the national form's 预算执行率 row in its funds block)
  const rows = [...table.headerRows, ...table.rows.map((r) => r.row), ...leafRows];
  const top = Math.max(0, Math.min(...rows) - 1);
  const bottom = Math.max(...rows);
  const taken = new Set([found.score, found.reason, found.status].filter((c): c is number => c !== undefined));
  const free = (col: number) => {
    if (taken.has(col)) return false;
    for (let r = top; r <= bottom; r += 1) if (!isBlankValue(cellValue(sheet, r, col)) || cellFormula(sheet, r, col) !== null) return false;
    return true;
  };
  const missing = (['score', 'reason', 'status'] as const).filter((k) => found[k] === undefined);
  const start = Math.max(table.lastColumn + 1, ...[...taken].map((c) => c + 1));
  let col = start;
  // a run of free columns for all missing ones, so the block stays together
  while (missing.length > 0 && !missing.every((_, i) => free(col + i))) col += 1;
  const placed: ReviewColumns = { ...found };
  missing.forEach((k, i) => {
    placed[k] = col + i;
  });
  return { score: placed.score!, reason: placed.reason!, status: placed.status!, added: missing };
}

/** First row of each run of consecutive header rows (a header repeated mid-table gets our headers too). */
function headerTops(headerRows: number[]): number[] {
  const sorted = [...new Set(headerRows)].sort((a, b) => a - b);
  return sorted.filter((r, i) => i === 0 || sorted[i - 1] !== r - 1);
}

function sameValue(a: CellValue, b: CellValue): boolean {
  if (a === b) return true;
  if (typeof a === 'string' && a.trim() === '' && b === null) return true;
  if (typeof b === 'string' && b.trim() === '' && a === null) return true;
  return false;
}

function commentText(review: ReviewInput, r: Resolved, earlier: HistoryEntry[]): string {
  const lines = [`审核人：${review.reviewer.trim()}（${review.date.trim()}）`];
  const oldText = r.old === null ? '无' : fixed(r.old);
  if (r.changed) lines.push(`得分：${oldText} → ${fixed(r.cellScore!)}`);
  else lines.push(`得分：${oldText}${r.cellScore === null ? '（待定）' : '（未调整）'}`);
  lines.push(`状态：${r.status}`);
  lines.push(`意见：${r.reason}`);
  const before = earlier.filter((e) => e.reviewer !== '' && (e.status !== '未审' || e.reason !== '')).slice(-3).reverse();
  if (before.length > 0) {
    lines.push('此前审核：');
    for (const e of before) {
      const scores = e.new !== null && (e.old === null || !e.new.eq(e.old)) ? `${e.old === null ? '无' : fixed(e.old)} → ${fixed(e.new)}` : e.new !== null ? fixed(e.new) : '待定';
      lines.push(`${e.reviewer}（${e.date}）${e.status} ${scores}${e.reason ? `：${e.reason}` : ''}`);
    }
  }
  return lines.join('\n');
}

// no fill: the port keeps no previous style, and an undo must not leave coloured empty cells behind
const HEADER_STYLE: CellStyle = { bold: true, wrap: true };

/**
 * The whole review as one write plan: the 审核得分 / 审核意见 / 审核状态 columns beside the table, a
 * comment on every leaf changed or disputed, the 审核汇总 sheet and the history lines. The unit's own
 * cells are never in it. Throws ReviewError (Chinese, naming the cells) for a review it cannot write.
 */
export function planReviewWrite(analysis: Analysis, review: ReviewInput): WritePlan {
  const state = readReview(analysis.snapshot, analysis);
  const model = buildReviewModel(analysis, state);
  const { resolved, problems } = resolve(model, review);
  if (problems.length > 0) throw new ReviewError(problems);
  const reviewer = review.reviewer.trim();
  const date = review.date.trim();
  const table = analysis.table;
  const sheetName = table.sheet;
  const sheet = findSheet(analysis.snapshot, sheetName);
  const leafRows = model.leaves.map((l) => l.row).filter((r) => r >= 0);
  const place = placeColumns(analysis, state.columns, leafRows);
  const cells: Change[] = [];
  const comments: Change[] = [];
  const widths: Change[] = [];

  const setCell = (row: number, col: number, value: CellValue, style?: CellStyle) => {
    const prevValue = cellValue(sheet, row, col);
    const prevFormula = cellFormula(sheet, row, col);
    if (prevFormula === null && sameValue(prevValue, value)) return;
    const change: Change = { kind: 'cell', sheet: sheetName, address: toA1(row, col), value, previous: { value: prevValue, formula: prevFormula } };
    if (style && value !== null) change.style = style;
    cells.push(change);
  };

  const headers: [keyof ReviewColumns, string][] = [
    ['score', REVIEW_SCORE_HEADER],
    ['reason', REVIEW_REASON_HEADER],
    ['status', REVIEW_STATUS_HEADER],
  ];
  const changedAny = resolved.length > 0;
  if (changedAny) {
    // a leaf above the table (a funds block) gets the headers on the row just above it
    const firstHeader = Math.min(...table.headerRows);
    const above = leafRows.filter((r) => r < firstHeader);
    const extra = above.length > 0 && Math.min(...above) > 0 ? [Math.min(...above) - 1] : [];
    for (const top of [...extra, ...headerTops(table.headerRows)]) {
      for (const [key, text] of headers) {
        const col = place[key];
        // only blank header cells: a repeated header row may carry the user's own text there
        if (isBlankValue(cellValue(sheet, top, col))) setCell(top, col, text, HEADER_STYLE);
      }
    }
    const widthsByKey: Record<keyof ReviewColumns, number> = { score: 10, reason: 32, status: 10 };
    for (const key of place.added) widths.push({ kind: 'column-width', sheet: sheetName, column: place[key], width: widthsByKey[key] });
  }

  const history = state.history;
  const batch = history.lastBatch + 1;
  const newHistory: HistoryEntry[] = [];
  const final = new Map<string, FinalLeafState>();
  const lastReviewer = new Map<string, string>();
  for (const e of history.entries) lastReviewer.set(leafKey(e.path), e.reviewer);
  for (const leaf of model.leaves) {
    if (leaf.prior) {
      final.set(leaf.key, {
        status: leaf.prior.status,
        reviewedScore: leaf.prior.reviewedScore,
        reason: leaf.prior.reason,
        reviewer: lastReviewer.get(leaf.key) ?? '',
      });
    }
  }

  for (const r of resolved) {
    const { leaf } = r;
    const prior = leaf.prior;
    const scoreAddress = toA1(leaf.row, place.score);
    const same =
      prior !== null &&
      prior.status === r.status &&
      prior.reason === r.reason &&
      ((prior.reviewedScore === null && r.cellScore === null) || (prior.reviewedScore !== null && r.cellScore !== null && prior.reviewedScore.eq(r.cellScore)));
    setCell(leaf.row, place.score, toHostNumber(r.cellScore), { numberFormat: '0.00' });
    setCell(leaf.row, place.reason, r.reason === '' ? null : r.reason, { wrap: true });
    setCell(leaf.row, place.status, r.status);
    final.set(leaf.key, { status: r.status, reviewedScore: r.cellScore, reason: r.reason, reviewer });
    // a leaf left 未审 and untouched is no event; anything else is recorded
    if (r.status === '未审' && (prior === null || same)) continue;

    const earlier = history.entries.filter((e) => leafKey(e.path) === leaf.key);
    let comment = '';
    if (r.changed || r.status === '有异议') {
      comment = commentText(review, r, earlier);
      // the comment now on the cell is the last one we recorded for it (only we write comments there)
      const last = [...history.entries].reverse().find((e) => e.sheet === sheetName && e.cell === scoreAddress && e.comment !== '');
      const previous = last?.comment ?? null;
      if (previous !== comment)
        comments.push({ kind: 'comment', sheet: sheetName, address: scoreAddress, text: comment, author: reviewer, previous, ...(last ? { previousAuthor: last.reviewer } : {}) });
    }
    newHistory.push({
      batch,
      reviewer,
      date,
      sheet: sheetName,
      cell: scoreAddress,
      path: leaf.path,
      old: r.old,
      new: r.cellScore,
      status: r.status,
      reason: r.reason,
      comment,
    });
  }

  const summary = summaryChanges(analysis.snapshot, { model, final, reviewer, date });
  const historyPart = historyChanges(history, newHistory);
  const addSheets = [...summary.changes, ...historyPart].filter((c) => c.kind === 'add-sheet');
  const rest = [...summary.changes, ...historyPart].filter((c) => c.kind !== 'add-sheet');
  return {
    title: `写入审核结果（${reviewer}，${date}）`,
    changes: [...addSheets, ...cells, ...rest.filter((c) => c.kind === 'cell'), ...comments, ...widths, ...rest.filter((c) => c.kind === 'column-width')],
  };
}


