import type { Change, WorkbookSnapshot, WritePlan } from '../port';
import { cellFormulaA1, cellValueA1, sheetOf } from '../read';
import { basisChanges } from './basis';
import { sameContent, type CellContent } from './sameContent';

export { sameContent, type CellContent } from './sameContent';

/**
 * Checks a write plan against the workbook as it is now. A plan is built from a snapshot; between
 * that read and the write the user may have typed into a cell the plan changes. Each cell change
 * records what it expects to find (`previous`): where the cell holds something else the change is a
 * conflict, as is a sheet the plan adds that exists by now. Pure: the caller reads the snapshot.
 *
 * A plan that carries its basis (what it was computed from: the table's cells and position, the
 * figures) is also refused when any of that changed, each difference named (a 基础数据 figure, an
 * inserted row). Comments are not part of a snapshot, so comment changes are not checked; column
 * widths always pass; deleting a sheet that is already gone is dropped (there is nothing left to delete).
 */

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
    }
  | {
      /** something the plan was computed from changed (a figure, a table cell, the table's position) */
      kind: 'basis';
      sheet: string;
      address: string | null;
      expected: null;
      found: null;
      /** what changed, in Chinese */
      message: string;
    };

export interface Verified {
  /** the changes that may be applied as they are */
  ok: Change[];
  conflicts: Conflict[];
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
  const conflicts: Conflict[] = plan.basis ? basisChanges(snapshot, plan.basis).map((b) => ({ kind: 'basis' as const, ...b, expected: null, found: null })) : [];
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
      case 'validation-list':
        ok.push(change);
        break;
    }
  }
  return { ok, conflicts };
}
