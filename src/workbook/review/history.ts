import { D, type Dec } from '../../engine/decimal';
import { parseNumberCell, toA1, cellText, cellValue, findSheet } from '../read';
import type { Change, CellValue, WorkbookSnapshot } from '../port';
import { HISTORY_FIELDS, HISTORY_HEADERS, HISTORY_SHEET, isReviewStatus, type HistoryField, type ReviewStatus } from './constants';

/** One line of the review history kept in the hidden sheet: who, when, which leaf, old → new, why. */
export interface HistoryEntry {
  batch: number;
  reviewer: string;
  date: string;
  /** sheet and A1 cell of the 审核得分 cell the entry wrote */
  sheet: string;
  cell: string;
  path: string[];
  old: Dec | null;
  new: Dec | null;
  status: ReviewStatus;
  reason: string;
  /** the comment text written on the cell, '' when none */
  comment: string;
}

export interface HistoryRead {
  entries: HistoryEntry[];
  /** 0-based row where the next entry goes; 0 when the sheet does not exist yet */
  nextRow: number;
  exists: boolean;
  /** column of each field, by header text */
  columns: Record<HistoryField, number>;
  /** highest batch number seen */
  lastBatch: number;
}

function decOrNull(value: CellValue): Dec | null {
  const cell = parseNumberCell(value);
  return cell.ok && cell.value instanceof D ? cell.value : null;
}

function parsePath(text: string, leaf: string): string[] {
  try {
    const parsed: unknown = JSON.parse(text);
    if (Array.isArray(parsed) && parsed.every((p) => typeof p === 'string')) return parsed as string[];
  } catch {
    // a hand-edited history line: fall back to the leaf name
  }
  return leaf ? [leaf] : [];
}

function defaultColumns(): Record<HistoryField, number> {
  return Object.fromEntries(HISTORY_FIELDS.map((f, i) => [f, i])) as Record<HistoryField, number>;
}

/** Reads the history sheet; rows that do not parse are skipped rather than failing the review. */
export function readHistory(snapshot: WorkbookSnapshot): HistoryRead {
  const sheet = findSheet(snapshot, HISTORY_SHEET);
  const columns = defaultColumns();
  if (!sheet) return { entries: [], nextRow: 0, exists: false, columns, lastBatch: 0 };
  const header = sheet.values[0] ?? [];
  for (const field of HISTORY_FIELDS) {
    const at = header.findIndex((v) => typeof v === 'string' && v.trim() === HISTORY_HEADERS[field]);
    if (at >= 0) columns[field] = at;
  }
  const entries: HistoryEntry[] = [];
  let lastBatch = 0;
  for (let r = 1; r < sheet.values.length; r += 1) {
    const get = (f: HistoryField) => cellText(sheet, r, columns[f]);
    const status = get('status');
    const reviewer = get('reviewer');
    if (!isReviewStatus(status) || reviewer === '') continue;
    const batchCell = decOrNull(cellValue(sheet, r, columns.batch));
    const batch = batchCell && batchCell.isInteger() && batchCell.gt(0) ? batchCell.toNumber() : 1;
    lastBatch = Math.max(lastBatch, batch);
    entries.push({
      batch,
      reviewer,
      date: get('date'),
      sheet: get('sheet'),
      cell: get('cell'),
      path: parsePath(get('path'), get('leaf')),
      old: decOrNull(cellValue(sheet, r, columns.old)),
      new: decOrNull(cellValue(sheet, r, columns.new)),
      status,
      reason: get('reason'),
      comment: get('comment'),
    });
  }
  return { entries, nextRow: Math.max(sheet.values.length, 1), exists: true, columns, lastBatch };
}

/** Score text as the history stores it: exact, two places ('' for none). */
function scoreText(value: Dec | null): CellValue {
  return value === null ? null : value.toFixed(2);
}

/**
 * Changes that append `entries` to the history sheet (creating it, hidden, with its header when
 * absent). Every appended cell was empty, so undo clears it again.
 */
export function historyChanges(history: HistoryRead, entries: HistoryEntry[]): Change[] {
  if (entries.length === 0) return [];
  const changes: Change[] = [];
  let row = history.nextRow;
  const cols = history.columns;
  if (!history.exists) {
    changes.push({ kind: 'add-sheet', sheet: HISTORY_SHEET, hidden: true });
    for (const field of HISTORY_FIELDS) {
      changes.push({
        kind: 'cell',
        sheet: HISTORY_SHEET,
        address: toA1(0, cols[field]),
        value: HISTORY_HEADERS[field],
        style: { bold: true },
        previous: { value: null, formula: null },
      });
    }
    row = 1;
  }
  for (const entry of entries) {
    const values: Record<HistoryField, CellValue> = {
      batch: entry.batch,
      reviewer: entry.reviewer,
      date: entry.date,
      sheet: entry.sheet,
      cell: entry.cell,
      leaf: entry.path[entry.path.length - 1] ?? '',
      path: JSON.stringify(entry.path),
      old: scoreText(entry.old),
      new: scoreText(entry.new),
      status: entry.status,
      reason: entry.reason,
      comment: entry.comment,
    };
    for (const field of HISTORY_FIELDS) {
      const value = values[field];
      if (value === null || value === '') continue;
      changes.push({ kind: 'cell', sheet: HISTORY_SHEET, address: toA1(row, cols[field]), value, previous: { value: null, formula: null } });
    }
    row += 1;
  }
  return changes;
}
