import { toHostNumber } from '../../engine/decimal';
import { SEVERITY_NAMES } from '../checks';
import { cellFormula, cellValue, parseRangeA1, sheetCell, sheetOf, toA1 } from '../read';
import type { CellStyle, CellValue, Change, PlanBasis, SheetSnapshot, WorkbookSnapshot, WritePlan } from '../port';
import { COL, FIRST_CHECKPOINT_ROW, FINDINGS_HEADERS, FINDINGS_TITLE, HEADER_ROW, REVIEW_HEADERS, REVIEW_MARKER } from './reviewSheetLayout';
import { findReviewSheet, highestText, type TargetReview } from './targetReview';
import { TARGET_FINDINGS, type TargetFinding } from './targetFindings';
import type { TargetSheet } from './targetSheet.types';

/**
 * The review written back as one plan: our 目标审核 sheet with the checkpoints, the bounds the checks
 * set, the total once every checkpoint is judged, and the findings listed. The reviewer's 等级 / 得分 /
 * 审核意见 cells are never in it, nor is any cell of the 绩效目标表 itself. The plan carries its basis
 * (the target table, its goals and budget, the typed judgements) so a change made meanwhile refuses it.
 */

const BOLD: CellStyle = { bold: true, wrap: true };
const WIDTHS = [10, 14, 6, 18, 6, 8, 30, 48];

interface Desired {
  row: number;
  col: number;
  value: CellValue;
  style?: CellStyle;
}

function foundText(findings: readonly TargetFinding[]): string {
  return findings.map((f) => `${TARGET_FINDINGS[f.code]}${f.address ? `（${f.address}）` : ''}`).join('；');
}

function desiredCells(target: TargetSheet, findings: readonly TargetFinding[], review: TargetReview): Desired[] {
  const cells: Desired[] = [
    { row: 0, col: 0, value: REVIEW_MARKER, style: { bold: true } },
    { row: 1, col: 0, value: '审核对象' },
    { row: 1, col: 1, value: target.sheet },
    { row: 1, col: 2, value: '范围' },
    { row: 1, col: 3, value: target.range },
    ...REVIEW_HEADERS.map((h, col) => ({ row: HEADER_ROW, col, value: h, style: BOLD })),
  ];
  review.checkpoints.forEach((c, i) => {
    const row = FIRST_CHECKPOINT_ROW + i;
    cells.push(
      { row, col: COL.part, value: c.checkpoint.part },
      { row, col: COL.name, value: c.checkpoint.name },
      { row, col: COL.points, value: Number(c.checkpoint.points) },
      { row, col: COL.highest, value: highestText(c) },
      { row, col: COL.found, value: foundText([...c.bounding, ...c.informing]) },
    );
  });
  const totalRow = FIRST_CHECKPOINT_ROW + review.checkpoints.length;
  const judged = review.checkpoints.filter((c) => c.state.kind === 'scored').length;
  cells.push(
    { row: totalRow, col: COL.part, value: '合计', style: { bold: true } },
    { row: totalRow, col: COL.points, value: 100 },
    { row: totalRow, col: COL.grade, value: review.grade ?? '' },
    { row: totalRow, col: COL.score, value: review.total !== null ? toHostNumber(review.total) : `待评（已评 ${judged}/${review.checkpoints.length} 项）` },
  );
  const title = totalRow + 2;
  cells.push({ row: title, col: 0, value: FINDINGS_TITLE, style: { bold: true } }, ...FINDINGS_HEADERS.map((h, col) => ({ row: title + 1, col, value: h, style: BOLD })));
  if (findings.length === 0) cells.push({ row: title + 2, col: 0, value: '未发现问题' });
  findings.forEach((f, i) => {
    const row = title + 2 + i;
    cells.push(
      { row, col: 0, value: TARGET_FINDINGS[f.code] },
      { row, col: 1, value: SEVERITY_NAMES[f.severity] },
      { row, col: 2, value: sheetCell(f.sheet, f.address) },
      { row, col: 3, value: f.message },
    );
  });
  return cells;
}

function same(a: CellValue, b: CellValue): boolean {
  const blank = (v: CellValue) => v === null || v === '';
  return a === b || (blank(a) && blank(b));
}

function basisOf(snapshot: WorkbookSnapshot, target: TargetSheet, review: TargetReview, reviewSheet: SheetSnapshot | undefined): PlanBasis {
  const sheet = sheetOf(snapshot, target.sheet);
  const box = parseRangeA1(target.range)!;
  const cells: PlanBasis['table']['cells'] = [];
  for (let r = box.top; r <= box.bottom; r += 1) {
    const row: { value: CellValue; formula: string | null }[] = [];
    for (let c = box.left; c <= box.right; c += 1) row.push({ value: cellValue(sheet, r, c), formula: cellFormula(sheet, r, c) });
    cells.push(row);
  }
  const figure = (label: string, sheetName: string, s: SheetSnapshot | undefined, address: string) => {
    const at = parseRangeA1(address)!;
    return { label, sheet: sheetName, address, content: { value: cellValue(s, at.top, at.left), formula: cellFormula(s, at.top, at.left) } };
  };
  const figures = [target.overall, target.annual, target.budget].flatMap((g) => (g ? [figure(g.label, target.sheet, sheet, g.cell)] : []));
  if (reviewSheet) {
    for (const c of review.checkpoints) {
      if (c.typed.row === null) continue;
      figures.push(figure(`${c.checkpoint.name}等级`, reviewSheet.name, reviewSheet, toA1(c.typed.row, COL.grade)));
      figures.push(figure(`${c.checkpoint.name}得分`, reviewSheet.name, reviewSheet, toA1(c.typed.row, COL.score)));
    }
  }
  return { table: { sheet: target.sheet, range: target.range, cells }, figures };
}

export function planTargetReview(snapshot: WorkbookSnapshot, target: TargetSheet, findings: readonly TargetFinding[], review: TargetReview): WritePlan {
  const existing = findReviewSheet(snapshot, target);
  const name = existing?.name ?? review.sheet;
  const changes: Change[] = [];
  if (!existing) changes.push({ kind: 'add-sheet', sheet: name });
  const desired = desiredCells(target, findings, review);
  const wanted = new Map(desired.map((d) => [`${d.row},${d.col}`, d]));
  // cells of ours from an earlier run that this run no longer fills (a shorter list of findings)
  if (existing) {
    const findingsTop = FIRST_CHECKPOINT_ROW + review.checkpoints.length + 2;
    for (let r = findingsTop; r < existing.values.length; r += 1) {
      for (let c = 0; c < FINDINGS_HEADERS.length; c += 1) {
        if (!wanted.has(`${r},${c}`) && cellValue(existing, r, c) !== null) desired.push({ row: r, col: c, value: null });
      }
    }
  }
  for (const d of desired) {
    const previous = { value: cellValue(existing, d.row, d.col), formula: cellFormula(existing, d.row, d.col) };
    // a cell already holding what we would write (or blank where we write nothing) is left alone
    if (previous.formula === null && same(previous.value, d.value)) continue;
    changes.push({ kind: 'cell', sheet: name, address: toA1(d.row, d.col), value: d.value, ...(d.style ? { style: d.style } : {}), previous });
  }
  if (!existing) WIDTHS.forEach((width, column) => changes.push({ kind: 'column-width', sheet: name, column, width }));
  return { title: existing ? '更新目标审核结果' : '写入目标审核结果', changes, basis: basisOf(snapshot, target, review, existing) };
}
