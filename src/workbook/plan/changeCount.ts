import type { Change, WritePlan } from '../port';

/**
 * How many changes a plan makes, counted the one way every message uses (preview, write, undo): each
 * cell, comment, drop-down list and sheet added or deleted is one. Column widths are layout, not
 * content, and an undo leaves them as they are, so they are not counted.
 */
export function changeCount(plan: WritePlan): number {
  return plan.changes.filter(counted).length;
}

function counted(c: Change): boolean {
  return c.kind !== 'column-width';
}

const at = (kind: string, sheet: string, address = '') => `${kind}|${sheet}|${address}`;

/**
 * How many of a written plan's changes an undo plan takes back, counted as `changeCount` counts the
 * written plan: a deleted sheet takes back its addition and every cell written on it; a cell, comment
 * or list is taken back when the undo touches the same place. An undo of everything gives
 * changeCount(written); cells the user edited since (kept) are not counted.
 */
export function restoredCount(written: WritePlan, undo: WritePlan): number {
  const touched = new Set<string>();
  const deleted = new Set<string>();
  for (const c of undo.changes) {
    if (c.kind === 'delete-sheet') deleted.add(c.sheet);
    else if (c.kind === 'add-sheet') touched.add(at('sheet', c.sheet));
    else if (c.kind !== 'column-width') touched.add(at(c.kind, c.sheet, c.address));
  }
  return written.changes.filter((c) => {
    if (!counted(c)) return false;
    if (c.kind === 'add-sheet') return deleted.has(c.sheet);
    if (c.kind === 'delete-sheet') return touched.has(at('sheet', c.sheet));
    if (c.kind === 'column-width') return false;
    return deleted.has(c.sheet) || touched.has(at(c.kind, c.sheet, c.address));
  }).length;
}
