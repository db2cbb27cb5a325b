import type { CellValue, SheetSnapshot, WorkbookSnapshot, WritePlan } from '../port';
import { DENSE_CELL_LIMIT, parseA1 } from '../read';

/**
 * Applies a plan to a snapshot in memory, the way a host applies it to a workbook (values, formulas,
 * sheets; styles, comments and widths are not part of a snapshot). Used for previews and tests.
 * Trailing empty rows and columns are trimmed so a plan and its inverse give back the same snapshot.
 */
export function applyToSnapshot(snapshot: WorkbookSnapshot, plan: WritePlan): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = snapshot.sheets.map((s) => ({
    ...s,
    values: s.values.map((r) => [...r]),
    ...(s.formulas ? { formulas: s.formulas.map((r) => [...r]) } : {}),
  }));
  for (const c of plan.changes) {
    if (c.kind === 'add-sheet') {
      if (!sheets.some((s) => s.name === c.sheet)) sheets.push({ name: c.sheet, values: [], ...(c.hidden ? { hidden: true } : {}) });
    } else if (c.kind === 'delete-sheet') {
      const i = sheets.findIndex((s) => s.name === c.sheet);
      if (i >= 0) sheets.splice(i, 1);
    } else if (c.kind === 'cell') {
      const sheet = sheets.find((s) => s.name === c.sheet);
      const pos = parseA1(c.address);
      if (!sheet || !pos) continue;
      while (sheet.values.length <= pos.row) sheet.values.push([]);
      // a row without content of a bounded sheet is a hole
      const row = sheet.values[pos.row] ?? (sheet.values[pos.row] = []);
      while (row.length <= pos.col) row.push(null);
      row[pos.col] = c.value;
      if (c.formula !== undefined || sheet.formulas) {
        sheet.formulas = sheet.formulas ?? sheet.values.map((r) => r.map(() => null));
        while (sheet.formulas.length <= pos.row) sheet.formulas.push([]);
        const frow = sheet.formulas[pos.row] ?? (sheet.formulas[pos.row] = []);
        while (frow.length <= pos.col) frow.push(null);
        frow[pos.col] = c.formula ?? null;
      }
    }
  }
  return { ...snapshot, sheets: sheets.map(trim) };
}

function isEmpty(v: CellValue | string | undefined): boolean {
  return v === null || v === undefined || v === '';
}

/** Drops trailing empty rows and columns (values and formulas together) and pads rows to one width. */
export function trim(sheet: SheetSnapshot): SheetSnapshot {
  const f = sheet.formulas;
  let height = 0;
  let width = 0;
  sheet.values.forEach((row, r) => {
    row.forEach((v, c) => {
      if (!isEmpty(v) || !isEmpty(f?.[r]?.[c] ?? null)) {
        height = Math.max(height, r + 1);
        width = Math.max(width, c + 1);
      }
    });
  });
  f?.forEach((row, r) =>
    row.forEach((v, c) => {
      if (!isEmpty(v)) {
        height = Math.max(height, r + 1);
        width = Math.max(width, c + 1);
      }
    }),
  );
  // a sheet past the dense limit stays bounded by its content, as the hosts read it
  const dense = height * width <= DENSE_CELL_LIMIT;
  const rect = <T>(grid: (T | null)[][]): (T | null)[][] =>
    dense ? Array.from({ length: height }, (_, r) => Array.from({ length: width }, (_, c) => grid[r]?.[c] ?? null)) : boundedCopy(grid, height, width);
  const values = rect(sheet.values);
  const out: SheetSnapshot = { ...sheet, values };
  if (f) {
    const formulas = rect(f);
    if (formulas.some((r) => r.some((x) => x !== null))) out.formulas = formulas;
    else delete out.formulas;
  }
  return out;
}

/** Rows of content only (holes kept), cut to `height` rows and `width` columns. */
function boundedCopy<T>(grid: (T | null)[][], height: number, width: number): (T | null)[][] {
  const out = new Array<(T | null)[]>(height);
  grid.forEach((row, r) => {
    if (r < height) out[r] = row.slice(0, width);
  });
  return out;
}
