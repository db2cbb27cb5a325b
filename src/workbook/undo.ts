import type { Change, WritePlan } from './port';

/**
 * The plan that undoes another: cells get their previous values and formulas back, comments their
 * previous text ('' removes one), sheets the plan added are deleted. Changes run in reverse order;
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
        inverse.push({ kind: 'comment', sheet: c.sheet, address: c.address, text: c.previous ?? '', author: c.author, previous: c.text });
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
    }
  }
  return { title: `撤销：${plan.title}`, changes: inverse };
}
