import type { CellValue, Change, WorkbookSnapshot, WritePlan } from '../port';
import { cellFormulaA1, cellValueA1, isBlankValue, sheetOf } from '../read';

/**
 * Checks a write plan against the workbook as it is now. A plan is built from a snapshot; between
 * that read and the write the user may have typed into a cell the plan changes. Each cell change
 * records what it expects to find (`previous`): where the cell holds something else the change is a
 * conflict, as is a sheet the plan adds that exists by now. Pure: the caller reads the snapshot.
 *
 * Comments are not part of a snapshot, so comment changes are not checked; column widths always
 * pass; deleting a sheet that is already gone is dropped (there is nothing left to delete).
 */

/** What a cell holds: its value, and its formula when it has one. */
export interface CellContent {
  value: CellValue;
  formula: string | null;
}

export type Conflict =
  | {
      kind: 'cell';
      sheet: string;
      address: string;
      /** what the plan expected to find there */
      expected: CellContent;
      /** what is there now; null when the sheet itself is gone */
      found: CellContent | null;
    }
  | {
      /** the plan adds this sheet, and a sheet of that name exists now */
      kind: 'sheet';
      sheet: string;
      address: null;
      expected: null;
      found: null;
    };

export interface Verified {
  /** the changes that may be applied as they are */
  ok: Change[];
  conflicts: Conflict[];
}

const NUMBER_TEXT = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const PERCENT_TEXT = /^([-+]?(\d+\.?\d*|\.\d+))%$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** Excel's serial number of a calendar date (days since 1899-12-30). */
function dateSerial(y: number, m: number, d: number): number | null {
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return null;
  return Math.round((t - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/**
 * True when `found` is what a host makes of `expected` once written: text that reads as a number,
 * a percentage, a date or TRUE/FALSE is stored by Excel as that number or boolean; a leading
 * apostrophe is not part of the value; surrounding spaces do not count.
 */
function sameValue(expected: CellValue, found: CellValue): boolean {
  if (isBlankValue(expected) || isBlankValue(found)) return isBlankValue(expected) && isBlankValue(found);
  if (expected === found) return true;
  if (typeof expected === 'string' && typeof found === 'string') {
    const e = expected.startsWith("'") ? expected.slice(1) : expected;
    return e.trim() === found.trim();
  }
  const [text, other] = typeof expected === 'string' ? [expected.trim(), found] : typeof found === 'string' ? [found.trim(), expected] : [null, null];
  if (text === null) return false;
  if (typeof other === 'number') {
    if (NUMBER_TEXT.test(text)) return Number(text) === other;
    const pct = PERCENT_TEXT.exec(text);
    if (pct) return Math.abs(Number(pct[1]) / 100 - other) < 1e-12;
    const date = ISO_DATE.exec(text);
    if (date) return dateSerial(Number(date[1]), Number(date[2]), Number(date[3])) === other;
    return false;
  }
  if (typeof other === 'boolean') return text.toUpperCase() === (other ? 'TRUE' : 'FALSE');
  return false;
}

/** Formulas compare without regard to case or spaces (hosts tidy what they are given). */
function sameFormula(a: string, b: string): boolean {
  return a.replace(/\s+/g, '').toUpperCase() === b.replace(/\s+/g, '').toUpperCase();
}

/**
 * True when a cell's content is still what the plan expects: a formula is compared as a formula (its
 * value is whatever it calculates to now); a constant by its value, and the cell must hold no formula.
 */
export function sameContent(expected: CellContent, found: CellContent): boolean {
  if (expected.formula !== null) return found.formula !== null && sameFormula(expected.formula, found.formula);
  return found.formula === null && sameValue(expected.value, found.value);
}

function contentAt(snapshot: WorkbookSnapshot, sheet: string, address: string): CellContent | null {
  const s = sheetOf(snapshot, sheet);
  if (!s) return null;
  return { value: cellValueA1(s, address), formula: cellFormulaA1(s, address) };
}

export function verifyPlan(snapshot: WorkbookSnapshot, plan: WritePlan): Verified {
  const exists = (name: string) => snapshot.sheets.some((s) => s.name === name);
  const added = new Set(plan.changes.filter((c) => c.kind === 'add-sheet').map((c) => c.sheet));
  const ok: Change[] = [];
  const conflicts: Conflict[] = [];
  for (const change of plan.changes) {
    switch (change.kind) {
      case 'add-sheet':
        if (exists(change.sheet)) conflicts.push({ kind: 'sheet', sheet: change.sheet, address: null, expected: null, found: null });
        else ok.push(change);
        break;
      case 'delete-sheet':
        if (exists(change.sheet)) ok.push(change);
        break;
      case 'cell': {
        const expected = change.previous;
        // a sheet this plan adds starts empty (if it exists already, the add-sheet conflict says so)
        const found = contentAt(snapshot, change.sheet, change.address) ?? (added.has(change.sheet) ? { value: null, formula: null } : null);
        if (found !== null && sameContent(expected, found)) ok.push(change);
        else conflicts.push({ kind: 'cell', sheet: change.sheet, address: change.address, expected, found });
        break;
      }
      case 'comment':
      case 'column-width':
        ok.push(change);
        break;
    }
  }
  return { ok, conflicts };
}
