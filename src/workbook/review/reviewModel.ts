import { D, sum, type Dec } from '../../engine/decimal';
import { gradeFor, type GradeBands } from '../../engine/grade';
import type { Grade, LeafStatus, ScoredLeaf, ScoredNode } from '../../engine/tree.types';
import { parseA1, sheetCell, toA1, parseNumberCell, cellText, cellValue, findSheet } from '../read';
import type { Analysis } from '../analyse';
import type { Warning } from '../checks';
import { figureDefsFor } from '../../frameworks/commonFigures';
import type { SheetSnapshot, WorkbookSnapshot } from '../port';
import {
  REVIEW_REASON_HEADER,
  REVIEW_SCORE_HEADER,
  REVIEW_STATUS_HEADER,
  isReviewStatus,
  type ReviewStatus,
} from './constants';
import { readHistory, type HistoryEntry, type HistoryRead } from './history';
import { figureDisplay } from '../analyse';

/** A raw figure behind a leaf, with the cell it came from (or marked missing). */
export interface ReviewFigure {
  id: string;
  label: string;
  /** the value formatted for display (98.70%, 5.34万元), '' when missing */
  display: string;
  /** the cell's own text as read from the workbook */
  source: string;
  /** "Sheet!A1", or null when the figure was not found */
  cell: string | null;
  missing: boolean;
}

/** What the workbook already holds in our review columns for one leaf. */
export interface PriorReview {
  status: ReviewStatus;
  reviewedScore: Dec | null;
  reason: string;
}

export interface ReviewLeaf {
  /** stable key of the leaf: its path joined */
  key: string;
  path: string[];
  name: string;
  sheet: string;
  /** 0-based row of the leaf in the table */
  row: number;
  /** A1 cell of the unit's own score ("I9"), or null when the table has no score column */
  scoreCell: string | null;
  max: Dec;
  /** the unit's typed score */
  selfScore: Dec | null;
  /** the score computed from the figures (rule-scored leaves only) */
  computed: Dec | null;
  /** the score the system carries into its total (computed, judgement or unverified typed) */
  systemScore: Dec | null;
  status: LeafStatus;
  ruleId: string | null;
  unverified: boolean;
  /** how the computed score was reached, in Chinese */
  steps: string[];
  warnings: Warning[];
  figures: ReviewFigure[];
  /** what the review columns hold now, null when the leaf was never reviewed */
  prior: PriorReview | null;
  /** the score a review starts from: the unit's own, else the system's */
  basis: Dec | null;
  /** the score in force now: a prior reviewed score, else the basis */
  current: Dec | null;
}

/** Columns of our review block on the table's sheet (0-based), where they already exist. */
export interface ReviewColumns {
  score?: number;
  reason?: number;
  status?: number;
}

export interface ReviewTotals {
  max: Dec;
  /** sum of the unit's typed scores; null when a leaf has none */
  self: Dec | null;
  /** the system's total (analysis.scored.total) */
  system: Dec;
  /** sum of the basis scores: the total before any review */
  before: Dec;
  gradeBefore: Grade;
  /** sum of the scores in force now (prior reviews applied) */
  current: Dec;
  gradeCurrent: Grade;
  /** the bands the analysis graded by, so every review total is graded the same way */
  gradeBands: GradeBands;
}

export interface ReviewState {
  columns: ReviewColumns;
  /** prior review of each leaf, by leaf key */
  prior: Map<string, PriorReview>;
  history: HistoryRead;
  /** findings about our own review cells (a score that cannot be read, an unknown status) */
  problems: Warning[];
}

export interface ReviewModel {
  sheet: string;
  range: string;
  unitName: string | null;
  year: string | null;
  leaves: ReviewLeaf[];
  state: ReviewState;
  totals: ReviewTotals;
  /** leaves whose review status is 有异议 now */
  openDisputes: number;
}

export function leafKey(path: readonly string[]): string {
  return path.join('\u0001');
}

export function collectLeaves(nodes: ScoredNode[], out: ScoredLeaf[] = []): ScoredLeaf[] {
  for (const node of nodes) {
    if (node.kind === 'leaf') out.push(node);
    else collectLeaves(node.children, out);
  }
  return out;
}

/** Our review headers may sit in any header row of the table, including a repeated one mid-table. */
function findReviewColumns(sheet: SheetSnapshot | undefined, headerRows: number[]): ReviewColumns {
  const columns: ReviewColumns = {};
  if (!sheet) return columns;
  const want: [keyof ReviewColumns, string][] = [
    ['score', REVIEW_SCORE_HEADER],
    ['reason', REVIEW_REASON_HEADER],
    ['status', REVIEW_STATUS_HEADER],
  ];
  for (const row of headerRows) {
    const cells = sheet.values[row] ?? [];
    cells.forEach((v, col) => {
      if (typeof v !== 'string') return;
      const text = v.replace(/\s+/g, '');
      for (const [key, header] of want) if (text === header && columns[key] === undefined) columns[key] = col;
    });
  }
  return columns;
}

/** The 0-based row of each leaf: from the layout, else from the detected table rows. */
function leafRows(analysis: Analysis): Map<string, number> {
  const rows = new Map<string, number>();
  for (const l of analysis.layout?.leaves ?? []) if (l.sheet === analysis.table.sheet && !rows.has(leafKey(l.path))) rows.set(leafKey(l.path), l.row);
  for (const r of analysis.table.rows) if (r.kind === 'leaf' && !rows.has(leafKey(r.path))) rows.set(leafKey(r.path), r.row);
  return rows;
}

/** The unit's own score cell of each leaf (A1), from the layout. */
function leafScoreCells(analysis: Analysis): Map<string, string> {
  const cells = new Map<string, string>();
  for (const l of analysis.layout?.leaves ?? []) if (l.scoreAddress) cells.set(leafKey(l.path), l.scoreAddress);
  return cells;
}

/** Reads what earlier reviews left in the workbook: the review columns beside the table and the history. */
export function readReview(snapshot: WorkbookSnapshot, analysis: Analysis): ReviewState {
  const table = analysis.table;
  const sheet = findSheet(snapshot, table.sheet);
  const columns = findReviewColumns(sheet, table.headerRows);
  const prior = new Map<string, PriorReview>();
  const problems: Warning[] = [];
  const rows = leafRows(analysis);
  for (const [key, row] of rows) {
    const statusText = columns.status !== undefined ? cellText(sheet, row, columns.status) : '';
    const reason = columns.reason !== undefined ? cellText(sheet, row, columns.reason) : '';
    let reviewedScore: Dec | null = null;
    if (columns.score !== undefined) {
      const raw = cellValue(sheet, row, columns.score);
      const cell = parseNumberCell(raw);
      if (cell.ok && cell.value instanceof D) reviewedScore = cell.value;
      else if (!cell.ok && !cell.blank) {
        problems.push({
          code: 'REVIEW_SCORE_UNREADABLE',
          severity: 'warning',
          sheet: table.sheet,
          address: toA1(row, columns.score),
          message: `${sheetCell(table.sheet, toA1(row, columns.score))} 的审核得分“${cell.text}”不是数字，已按未审处理。`,
        });
      }
    }
    let status: ReviewStatus | null = null;
    if (isReviewStatus(statusText)) status = statusText;
    else if (statusText !== '' && columns.status !== undefined) {
      problems.push({
        code: 'REVIEW_STATUS_UNKNOWN',
        severity: 'warning',
        sheet: table.sheet,
        address: toA1(row, columns.status),
        message: `${sheetCell(table.sheet, toA1(row, columns.status))} 的审核状态“${statusText}”无法识别（应为未审、已审或有异议），已按未审处理。`,
      });
    }
    // a score typed in our column without a status still counts as reviewed
    if (status === null && reviewedScore !== null) status = '已审';
    if (status === null && reason === '') continue;
    prior.set(key, { status: status ?? '未审', reviewedScore: status === '未审' ? null : reviewedScore, reason });
  }
  return { columns, prior, history: readHistory(snapshot), problems };
}

function leafFigures(leaf: ScoredLeaf, analysis: Analysis): ReviewFigure[] {
  const defs = analysis.figureDefs ?? figureDefsFor(analysis.framework.figures);
  const seen = new Set<string>();
  const out: ReviewFigure[] = [];
  for (const id of [...leaf.used, ...leaf.missing]) {
    if (seen.has(id)) continue;
    seen.add(id);
    const found = analysis.figures.get(id);
    if (found) {
      out.push({
        id,
        label: found.label,
        display: figureDisplay(found.value, found.unit),
        source: found.source,
        cell: sheetCell(found.sheet, found.address),
        missing: false,
      });
    } else {
      out.push({ id, label: defs[id]?.label ?? id, display: '', source: '', cell: null, missing: true });
    }
  }
  return out;
}

/** Warnings on the leaf's row of the table, and on the cells of the figures behind it. */
function leafWarnings(analysis: Analysis, row: number, figures: ReviewFigure[]): Warning[] {
  const figureCells = new Set(figures.map((f) => f.cell).filter((c): c is string => c !== null));
  return analysis.warnings.filter((w) => {
    if (w.address === null) return false;
    if (figureCells.has(sheetCell(w.sheet, w.address))) return true;
    if (w.sheet !== analysis.table.sheet) return false;
    const at = parseA1(w.address);
    return at !== null && at.row === row;
  });
}

function matchCell(analysis: Analysis, path: string[]): string | null {
  const key = leafKey(path);
  const m = analysis.matches.find((x) => leafKey(x.path) === key);
  return m ? m.scoreCell : null;
}

/** The reviewer's view of an analysis: every leaf with its scores, warnings, figures and prior review. */
export function buildReviewModel(analysis: Analysis, state: ReviewState = readReview(analysis.snapshot, analysis)): ReviewModel {
  const rows = leafRows(analysis);
  const scoreCells = leafScoreCells(analysis);
  const scoreCol = analysis.table.columns.score;
  const leaves: ReviewLeaf[] = collectLeaves(analysis.scored.roots).map((leaf) => {
    const key = leafKey(leaf.path);
    const row = rows.get(key) ?? parseA1(matchCell(analysis, leaf.path) ?? '')?.row ?? -1;
    const figures = leafFigures(leaf, analysis);
    const prior = state.prior.get(key) ?? null;
    const basis = leaf.typedScore ?? leaf.score;
    const current = prior && prior.status !== '未审' && prior.reviewedScore !== null ? prior.reviewedScore : basis;
    return {
      key,
      path: leaf.path,
      name: leaf.name,
      sheet: analysis.table.sheet,
      row,
      scoreCell: scoreCells.get(key) ?? (scoreCol !== undefined && row >= 0 ? toA1(row, scoreCol) : matchCell(analysis, leaf.path)),
      max: leaf.max,
      selfScore: leaf.typedScore,
      computed: leaf.status === 'scored' ? leaf.score : null,
      systemScore: leaf.score,
      status: leaf.status,
      ruleId: leaf.ruleId,
      unverified: leaf.unverified,
      steps: leaf.steps.map((s) => s.text),
      warnings: row >= 0 ? leafWarnings(analysis, row, figures) : [],
      figures,
      prior,
      basis,
      current,
    };
  });
  const self = leaves.every((l) => l.selfScore !== null) ? sum(leaves.map((l) => l.selfScore ?? 0)) : null;
  // null parts count as 0 (a leaf with no score at all)
  const before = sum(leaves.map((l) => l.basis ?? 0));
  const current = sum(leaves.map((l) => l.current ?? 0));
  return {
    sheet: analysis.table.sheet,
    range: analysis.table.range,
    unitName: analysis.unitName,
    year: analysis.year,
    leaves,
    state,
    totals: {
      max: analysis.scored.max,
      self,
      system: analysis.scored.total,
      before,
      gradeBefore: gradeFor(before, analysis.scored.max, analysis.scored.gradeBands),
      current,
      gradeCurrent: gradeFor(current, analysis.scored.max, analysis.scored.gradeBands),
      gradeBands: analysis.scored.gradeBands,
    },
    openDisputes: leaves.filter((l) => l.prior?.status === '有异议').length,
  };
}

export type { HistoryEntry };
