import type { Analysis } from '../analyse';
import type { CellValue, PlanBasis, WorkbookSnapshot } from '../port';
import { cellFormula, cellFormulaA1, cellValue, cellValueA1, parseRangeA1, rangeA1, sheetOf } from '../read';
import { sameContent, type CellContent } from './sameContent';

/**
 * What a plan was computed from, and whether it still holds. A score is worked out from the table's
 * cells (names, points, rules, typed scores) and the figures found in 基础数据; the cells it writes
 * are chosen by the table's position. Each cell change guards only its own cell, so a changed figure
 * (5.34 → 20) or an inserted row would let stale scores land; the basis is read again before a write
 * and every difference is named in Chinese.
 */

/** One way the workbook no longer matches what the plan was computed from. */
export interface BasisChange {
  sheet: string;
  /** the cell concerned, or null when the change is about the table as a whole */
  address: string | null;
  message: string;
}

/** The basis of a scoring run: the table's range and every cell in it, and each figure's cell as read. */
export function planBasis(analysis: Analysis): PlanBasis {
  const { table, snapshot } = analysis;
  const sheet = sheetOf(snapshot, table.sheet);
  const box = parseRangeA1(table.range);
  const cells: PlanBasis['table']['cells'] = [];
  if (box) {
    for (let r = box.top; r <= box.bottom; r += 1) {
      const row: CellContent[] = [];
      for (let c = box.left; c <= box.right; c += 1) row.push({ value: cellValue(sheet, r, c), formula: cellFormula(sheet, r, c) });
      cells.push(row);
    }
  }
  const figures = [...analysis.figures.values()].map((f) => {
    const s = sheetOf(snapshot, f.sheet);
    return { label: f.label, sheet: f.sheet, address: f.address, content: { value: cellValueA1(s, f.address), formula: cellFormulaA1(s, f.address) } };
  });
  return { table: { sheet: table.sheet, range: table.range, cells }, figures };
}

function shown(content: CellContent | null): string {
  if (content === null) return '（工作表已不存在）';
  if (content.formula !== null) return content.formula;
  const v: CellValue = content.value;
  return v === null || v === '' ? '（空）' : typeof v === 'string' ? `“${v}”` : String(v);
}

const MAX_SHIFT = 50;

/** Rows of the table as read then, and of the same columns now, from `row` down, offset by `shift`. */
function rowsMatch(now: (r: number) => CellContent[], then: CellContent[][], top: number, from: number, shift: number): boolean {
  for (let i = from; i < then.length; i += 1) {
    const r = top + i + shift;
    if (r < 0) return false;
    const found = now(r);
    if (!then[i].every((cell, c) => sameContent(cell, found[c]))) return false;
  }
  return true;
}

/** Every way `snapshot` differs from what the plan was computed from; empty when it still holds. */
export function basisChanges(snapshot: WorkbookSnapshot, basis: PlanBasis): BasisChange[] {
  const changes: BasisChange[] = [];
  const { table } = basis;
  const sheet = sheetOf(snapshot, table.sheet);
  const box = parseRangeA1(table.range);
  if (!sheet) changes.push({ sheet: table.sheet, address: null, message: `评分表所在的工作表“${table.sheet}”已不存在` });
  else if (box) {
    const now = (r: number) => table.cells[0].map((_, c) => ({ value: cellValue(sheet, r, box.left + c), formula: cellFormula(sheet, r, box.left + c) }));
    const first = table.cells.findIndex((row, i) => !rowsMatch(now, [row], box.top + i, 0, 0));
    if (first >= 0) {
      // rows inserted or deleted show as the same rows found lower or higher
      let shift = 0;
      for (let d = 1; d <= MAX_SHIFT && shift === 0; d += 1) {
        if (rowsMatch(now, table.cells, box.top, first, d)) shift = d;
        else if (rowsMatch(now, table.cells, box.top, first, -d)) shift = -d;
      }
      const row = box.top + first + 1;
      if (shift !== 0 && first === 0) {
        const moved = rangeA1(box.top + shift, box.left, box.bottom + shift, box.right);
        const why = shift > 0 ? `表格上方插入了 ${shift} 行` : `表格上方删除了 ${-shift} 行`;
        changes.push({ sheet: table.sheet, address: null, message: `评分表“${table.sheet}”已从 ${table.range} 移到 ${moved}（${why}），得分会写到错误的行` });
      } else if (shift !== 0) {
        const why = shift > 0 ? `在第 ${row} 行处插入了 ${shift} 行` : `删除了第 ${row} 行起的 ${-shift} 行`;
        changes.push({ sheet: table.sheet, address: null, message: `评分表“${table.sheet}”${why}，此后各行的指标与得分已错位` });
      } else {
        table.cells.forEach((cells, i) => {
          const found = now(box.top + i);
          cells.forEach((cell, c) => {
            if (sameContent(cell, found[c])) return;
            const address = rangeA1(box.top + i, box.left + c, box.top + i, box.left + c);
            changes.push({ sheet: table.sheet, address, message: `评分表 ${table.sheet}!${address} 由 ${shown(cell)} 改为 ${shown(found[c])}` });
          });
        });
      }
    }
  }
  for (const f of basis.figures) {
    const s = sheetOf(snapshot, f.sheet);
    const found = s ? { value: cellValueA1(s, f.address), formula: cellFormulaA1(s, f.address) } : null;
    if (found !== null && sameContent(f.content, found)) continue;
    changes.push({ sheet: f.sheet, address: f.address, message: `${f.sheet}“${f.label}”（${f.sheet}!${f.address}）由 ${shown(f.content)} 改为 ${shown(found)}` });
  }
  return changes;
}
