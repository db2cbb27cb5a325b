import { ownEntry } from '../../engine/ownKey';
import type { Analysis } from '../analyse';
import type { CellValue, Change, EditedCell } from '../port';
import { cellText, recordedFingerprint, OWN_EXPLAIN_HEADER, OWN_NOTES_HEADER, OWN_SCORE_HEADER, parseA1, recordedState, SETTINGS_SHEET, sheetOf, type OwnedContent } from '../read';

/**
 * Which cells a scoring run may write over, decided by the settings' records and never by a header:
 * a column the unit headed 系统评分 itself is the unit's. A cell we wrote is written over while it still
 * holds what we recorded; one edited since (a hand-corrected score, a reply typed into 检查提示, a note on
 * 检查结果) is left as it is and listed for the user to confirm. After the run, every cell of ours holds
 * a record of what we wrote.
 *
 * Workbooks written before cells were recorded have their columns and sheets recorded but no cells:
 * there a cell already holding what the run writes is taken as ours (and recorded now); any other
 * content is treated as the user's, listed and left unless confirmed, for an edit cannot be told from
 * a value we wrote then. A column recorded by header text alone, with no record at all, is the user's.
 */

/** A cell the plan means to hold `value` (or `formula`), whether or not it changes. */
export interface IntendedCell extends OwnedContent {
  sheet: string;
  address: string;
}

/** Our columns on the table's sheet, as recorded in the settings and still headed as we headed them. */
export function recordedColumns(analysis: Analysis): { score?: number; explain?: number; notes?: number } {
  const { settings, table, snapshot } = analysis;
  const sheet = sheetOf(snapshot, table.sheet);
  const headerRow = table.headerRows[0];
  const out: { score?: number; explain?: number; notes?: number } = {};
  for (const c of settings.ownedColumns) {
    if (c.sheet !== table.sheet) continue;
    const col = parseA1(`${c.column}1`)?.col;
    if (col === undefined) continue;
    const header = cellText(sheet, headerRow, col);
    if (header === OWN_SCORE_HEADER && out.score === undefined) out.score = col;
    else if (header === OWN_NOTES_HEADER && out.notes === undefined) out.notes = col;
    else if (header === OWN_EXPLAIN_HEADER && out.explain === undefined) out.explain = col;
  }
  return out;
}

export interface OwnedPlaces {
  /** the table's sheet and the columns of ours on it (recorded, or made by this run) */
  tableSheet: string;
  columns: number[];
  /** sheets wholly ours (检查结果) */
  sheets: string[];
}

export interface SortedWrites {
  /** the changes that may be made as they are */
  changes: Change[];
  /** the changes left out, for the user to confirm */
  edited: EditedCell[];
  /** the record of our cells once `changes` are made */
  ownedCells: Record<string, string>;
}

function isOurs(places: OwnedPlaces, sheet: string, address: string): boolean {
  if (places.sheets.includes(sheet)) return true;
  const pos = parseA1(address);
  return sheet === places.tableSheet && pos !== null && places.columns.includes(pos.col);
}

function content(value: CellValue, formula: string | null | undefined): OwnedContent {
  return { value, formula: formula ?? null };
}

/**
 * Sorts a run's changes: cells outside our places are written only while empty (the rest dropped);
 * cells of ours only while empty or holding what we recorded, unless `overwriteEdited`. Returns the
 * record of our cells after the changes.
 */
export function sortOwnedWrites(analysis: Analysis, planned: Change[], intended: IntendedCell[], places: OwnedPlaces, overwriteEdited: boolean): SortedWrites {
  const { settings } = analysis;
  const changes: Change[] = [];
  const edited: EditedCell[] = [];
  const left = new Set<string>();
  for (const c of planned) {
    if (c.kind !== 'cell' || c.sheet === SETTINGS_SHEET) {
      changes.push(c);
      continue;
    }
    const state = recordedState(settings, c.sheet, c.address, c.previous);
    if (state === 'empty' || state === 'ours' || (overwriteEdited && isOurs(places, c.sheet, c.address))) changes.push(c);
    else if (isOurs(places, c.sheet, c.address)) {
      edited.push({ sheet: c.sheet, address: c.address, found: c.previous, planned: content(c.value, c.formula), why: state });
      left.add(`${c.sheet}!${c.address}`);
    }
  }
  const ownedCells: Record<string, string> = Object.create(null) as Record<string, string>;
  // records of other places (a sheet of ours from an earlier run, a report sheet) stand; ours are redone
  for (const [key, print] of Object.entries(settings.ownedCells)) {
    const bang = key.lastIndexOf('!');
    if (bang > 0 && !isOurs(places, key.slice(0, bang), key.slice(bang + 1))) ownedCells[key] = print;
  }
  for (const cell of intended) {
    if (!isOurs(places, cell.sheet, cell.address)) continue;
    const key = `${cell.sheet}!${cell.address}`;
    const recorded = ownEntry(settings.ownedCells, key);
    if (left.has(key)) {
      if (recorded !== undefined) ownedCells[key] = recorded; // still ours, still edited: asked again next time
      continue;
    }
    const print = recordedFingerprint(cell);
    if (print !== null) ownedCells[key] = print;
  }
  return { changes, edited, ownedCells };
}
