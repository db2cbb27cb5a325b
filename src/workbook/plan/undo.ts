import type { Change, WorkbookSnapshot, WritePlan } from '../port';
import { parseA1, toA1 } from '../read';
import { sameContent, verifyPlan, type CellContent, type Conflict } from './verifyPlan';
import { restoredCount } from './changeCount';
import { writablePlan } from './writableText';

/**
 * The plan that undoes another: cells get their previous values and formulas back, comments their
 * previous text ('' removes one), drop-down lists their previous choices (none removes one), sheets
 * the plan added are deleted. Changes run in reverse order;
 * cells on a sheet that is about to be deleted are not restored (they go with the sheet).
 */
export function invertPlan(plan: WritePlan): WritePlan {
  const added = new Set(plan.changes.filter((c) => c.kind === 'add-sheet').map((c) => c.sheet));
  const inverse: Change[] = [];
  for (const c of [...plan.changes].reverse()) {
    switch (c.kind) {
      case 'cell':
        if (added.has(c.sheet)) break;
        inverse.push({
          kind: 'cell',
          sheet: c.sheet,
          address: c.address,
          value: c.previous.value,
          ...(c.previous.formula !== null ? { formula: c.previous.formula } : {}),
          previous: { value: c.value, formula: c.formula ?? null },
        });
        break;
      case 'comment':
        if (added.has(c.sheet)) break;
        inverse.push({
          kind: 'comment',
          sheet: c.sheet,
          address: c.address,
          text: c.previous ?? '',
          author: c.previousAuthor ?? c.author,
          previous: c.text,
          ...(c.previousAuthor !== undefined ? { previousAuthor: c.author } : {}),
        });
        break;
      case 'add-sheet':
        inverse.push({ kind: 'delete-sheet', sheet: c.sheet });
        break;
      case 'delete-sheet':
        // Our plans never delete a sheet; the best inverse is an empty sheet of the same name.
        inverse.push({ kind: 'add-sheet', sheet: c.sheet });
        break;
      case 'column-width':
        break;
      case 'validation-list':
        if (added.has(c.sheet)) break;
        // an added list (previous null) is removed; a replaced one comes back
        inverse.push({ kind: 'validation-list', sheet: c.sheet, address: c.address, options: c.previous, previous: c.options });
        break;
    }
  }
  return { title: `撤销：${plan.title}`, changes: inverse };
}

/** An undo worked out against the workbook as it is now, and the cells it leaves as the user left them. */
export interface CheckedUndo {
  /** the changes that may be applied: only cells that still hold what the write put there */
  plan: WritePlan;
  /** cells edited since the write (or a sheet the user added to since), left untouched */
  kept: Conflict[];
  /** how many of the written plan's changes this undo takes back, counted as changeCount counts them */
  restored: number;
}

function written(plan: WritePlan, sheet: string): Map<string, CellContent> {
  const out = new Map<string, CellContent>();
  for (const c of plan.changes) {
    if (c.kind !== 'cell' || c.sheet !== sheet) continue;
    const at = parseA1(c.address);
    if (at) out.set(toA1(at.row, at.col), { value: c.value, formula: c.formula ?? null });
  }
  return out;
}

/**
 * The undo of a plan that was written, checked against a snapshot read just now: a cell is restored
 * only while it still holds what the write put there. A sheet the write added is deleted only while
 * it holds nothing but what the write put there; otherwise it stays, our cells on it are cleared and
 * the user's are kept. Everything left alone is listed in `kept`.
 */
export function checkedUndo(snapshot: WorkbookSnapshot, asPlanned: WritePlan): CheckedUndo {
  // what the host wrote: texts cut or cleaned as every host writes them
  const plan = writablePlan(asPlanned);
  const inverse = invertPlan(plan);
  const { ok, conflicts } = verifyPlan(snapshot, inverse);
  const changes: Change[] = [];
  for (const change of ok) {
    const sheet = change.kind === 'delete-sheet' ? snapshot.sheets.find((s) => s.name === change.sheet) : undefined;
    if (!sheet) {
      changes.push(change);
      continue;
    }
    // a sheet we added: deleted only when nobody has written on it since
    const ours = written(plan, change.sheet);
    const edited: Conflict[] = [];
    const clear: Change[] = [];
    sheet.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const found: CellContent = { value, formula: sheet.formulas?.[r]?.[c] ?? null };
        if (found.formula === null && (value === null || value === '')) return;
        const address = toA1(r, c);
        const expected = ours.get(address) ?? { value: null, formula: null };
        if (sameContent(expected, found)) clear.push({ kind: 'cell', sheet: change.sheet, address, value: null, previous: expected });
        else edited.push({ kind: 'cell', sheet: change.sheet, address, expected, found });
      }),
    );
    if (edited.length === 0) changes.push(change);
    else {
      changes.push(...clear);
      conflicts.push(...edited);
    }
  }
  const undo = { title: inverse.title, changes };
  return { plan: undo, kept: conflicts, restored: restoredCount(plan, undo) };
}
