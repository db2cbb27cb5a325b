import type { Dec } from '../../engine/decimal';
import { cellFormat, cellText, cellValue, joinSplitTarget, normaliseLabel, rangeA1, readCell, toA1 } from '../read';
import type { SheetSnapshot, WorkbookSnapshot } from '../port';
import { findTargetHeader, type TargetHeader } from './targetHeader';
import { readTargetValue, splitTargetText } from './targetValue';
import type { TargetCategory, TargetIndicator, TargetSheet, TargetValue } from './targetSheet.types';

/**
 * A 绩效目标表 (project or 部门整体) read from its sheet: the goals and budget printed above the
 * indicator block, then one indicator per row. 一级 and 二级 cells are merged down on the printed forms,
 * so a blank one takes the name above it.
 */

const OVERALL = /^(总体目标|实施期(绩效)?目标|长期(绩效)?目标|总目标|年度总体目标|整体绩效目标|部门整体绩效目标)$/;
const ANNUAL = /^(年度目标|本年度(绩效)?目标|年度绩效目标|本年度总体目标)$/;
const BUDGET = /^(年度资金总额|资金总额|年度本级预算金额|本级预算金额|预算金额|项目预算|年度预算(金额|数)?|预算总额|部门预算总额)(\((万元|元)\))?$/;
const END = /审核意见|填表人|填报人|单位负责人|联系电话/;
const TITLE = /绩效目标/;

function labelOf(sheet: SheetSnapshot, r: number, c: number): string {
  return normaliseLabel(cellText(sheet, r, c));
}

/** The first filled cell right of a label on its row (the label's cell is often merged over several). */
function valueRightOf(sheet: SheetSnapshot, r: number, c: number): { col: number; text: string } | null {
  const width = sheet.values[r]?.length ?? 0;
  for (let x = c + 1; x < width; x += 1) {
    const text = cellText(sheet, r, x);
    if (text !== '') return { col: x, text };
  }
  return null;
}

function sheetSaysUnit(sheet: SheetSnapshot, before: number): '万元' | '元' | null {
  for (let r = 0; r < before; r += 1) {
    for (let c = 0; c < (sheet.values[r]?.length ?? 0); c += 1) {
      const m = /单位[:：]\s*(万元|元)/.exec(cellText(sheet, r, c));
      if (m) return m[1] as '万元' | '元';
    }
  }
  return null;
}

/** A budget amount in 万元: "250万", "2,500,000元", or a bare number where the label or the sheet gives the unit. */
function budgetValue(text: string, label: string, sheetUnit: '万元' | '元' | null): Dec | null {
  const cell = readCell(text);
  if (!cell.ok) return null;
  if (cell.kind === 'amount') return cell.value as Dec;
  if (cell.kind !== 'number') return null;
  const unit = /\(元\)/.test(label) ? '元' : /\(万元\)/.test(label) ? '万元' : sheetUnit;
  if (unit === null) return null;
  return unit === '元' ? (cell.value as Dec).dividedBy(10000) : (cell.value as Dec);
}

function categoryOf(level1: string, level2: string, name: string): TargetCategory {
  for (const [re, category] of [
    [/数量/, '数量'],
    [/质量/, '质量'],
    [/时效/, '时效'],
    [/成本/, '成本'],
    [/满意度/, '满意度'],
    [/效益|影响/, '效益'],
  ] as const) {
    if (re.test(level2)) return category;
  }
  if (/成本/.test(level1)) return '成本';
  if (/满意度/.test(level1) || /满意度/.test(name)) return '满意度';
  if (/效益/.test(level1)) return '效益';
  return '其他';
}

function readGoals(sheet: SheetSnapshot, header: TargetHeader, target: Pick<TargetSheet, 'overall' | 'annual' | 'budget' | 'title'>): void {
  const sheetUnit = sheetSaysUnit(sheet, header.row);
  for (let r = 0; r < header.row; r += 1) {
    for (let c = 0; c < (sheet.values[r]?.length ?? 0); c += 1) {
      const label = labelOf(sheet, r, c);
      if (label === '') continue;
      if (target.title === '' && TITLE.test(label) && label.length > 4 && !OVERALL.test(label) && !ANNUAL.test(label)) target.title = cellText(sheet, r, c);
      const isOverall = OVERALL.test(label);
      const isAnnual = ANNUAL.test(label);
      const isBudget = BUDGET.test(label);
      if (!isOverall && !isAnnual && !isBudget) continue;
      const found = valueRightOf(sheet, r, c);
      if (isBudget) {
        if (target.budget || !found) continue;
        const value = budgetValue(found.text, label, sheetUnit);
        if (value !== null) target.budget = { label, cell: toA1(r, found.col), value };
        continue;
      }
      // an empty goal is kept with '' so the check can name the cell it expected
      const goal = { label, cell: toA1(r, found?.col ?? c + 1), text: found && !OVERALL.test(normaliseLabel(found.text)) && !ANNUAL.test(normaliseLabel(found.text)) ? found.text : '' };
      if (isOverall && !target.overall) target.overall = goal;
      else if (isAnnual && !target.annual) target.annual = goal;
    }
  }
}

function valueAt(sheet: SheetSnapshot, header: TargetHeader, r: number): TargetValue {
  if (header.sign === undefined && header.unit === undefined) return readTargetValue(cellValue(sheet, r, header.value), cellFormat(sheet, r, header.value));
  const joined = joinSplitTarget(cellText(sheet, r, header.sign), cellText(sheet, r, header.value), cellText(sheet, r, header.unit));
  return splitTargetText(joined);
}

function numberAt(sheet: SheetSnapshot, r: number, c: number | undefined): Dec | null {
  if (c === undefined) return null;
  const cell = readCell(cellValue(sheet, r, c));
  if (!cell.ok || cell.kind === 'text' || cell.kind === 'flag') return null;
  // a weight written "20%" is read as 20 points of 100
  return cell.kind === 'rate' ? (cell.value as Dec).times(100) : (cell.value as Dec);
}

/** The 绩效目标表 of a sheet, or null when the sheet holds none. */
export function readTargetSheetOf(sheet: SheetSnapshot): TargetSheet | null {
  const header = findTargetHeader(sheet);
  if (!header) return null;
  const target: TargetSheet = {
    sheet: sheet.name,
    kind: 'project',
    title: '',
    overall: null,
    annual: null,
    budget: null,
    headerRow: header.row,
    range: '',
    columns: {
      level1: header.level1,
      level2: header.level2,
      name: header.name,
      value: header.value,
      ...(header.weight !== undefined ? { weight: header.weight } : {}),
      ...(header.lastYear !== undefined ? { lastYear: header.lastYear } : {}),
    },
    indicators: [],
    weightParents: [],
    emptySections: [],
  };
  readGoals(sheet, header, target);
  if (/部门整体|整体支出/.test(`${target.title}${sheet.name}`)) target.kind = 'department';
  let level1 = '';
  let level2 = '';
  let last = header.row;
  const cols = [header.level1, header.level2, header.name, header.value, header.sign, header.unit, header.weight, header.lastYear].filter((c): c is number => c !== undefined && c >= 0);
  const left = Math.min(...cols);
  const right = Math.max(...cols);
  for (let r = header.row + 1; r < sheet.values.length; r += 1) {
    const texts = Array.from({ length: right + 1 }, (_, c) => cellText(sheet, r, c));
    if (texts.some((t) => END.test(t))) break;
    const own1 = cellText(sheet, r, header.level1);
    const own2 = cellText(sheet, r, header.level2);
    // a second header (the 年度 block under a 长期 block) ends the block read
    if (normaliseLabel(own1) === '一级指标') break;
    if (own1 !== '') {
      level1 = own1;
      level2 = '';
    }
    if (own2 !== '') level2 = own2;
    const name = cellText(sheet, r, header.name);
    const value = valueAt(sheet, header, r);
    const weight = numberAt(sheet, r, header.weight);
    if (name === '' && value.kind === 'blank') {
      if (weight !== null && header.weight !== undefined && (own1 !== '' || own2 !== '')) {
        target.weightParents.push({ row: r, name: own2 !== '' ? own2 : own1, level: own2 !== '' ? 2 : 1, cell: toA1(r, header.weight), weight });
        last = r;
      } else if (own2 !== '') {
        target.emptySections.push({ row: r, level1, level2, category: categoryOf(level1, level2, '') });
        last = r;
      }
      continue;
    }
    const indicator: TargetIndicator = {
      row: r,
      level1,
      level2,
      name,
      category: categoryOf(level1, level2, name),
      valueCell: toA1(r, header.value),
      value,
      weight: weight !== null && header.weight !== undefined ? { cell: toA1(r, header.weight), value: weight } : null,
      lastYear: null,
    };
    if (header.lastYear !== undefined) {
      const before = readTargetValue(cellValue(sheet, r, header.lastYear), cellFormat(sheet, r, header.lastYear));
      if (before.kind !== 'blank') indicator.lastYear = { cell: toA1(r, header.lastYear), value: before };
    }
    target.indicators.push(indicator);
    last = r;
  }
  target.range = rangeA1(header.row, left, last, right);
  return target;
}

/** Every 绩效目标表 of a workbook, in sheet order (hidden sheets are left out). */
export function readTargetSheets(snapshot: WorkbookSnapshot): TargetSheet[] {
  return snapshot.sheets.filter((s) => !s.hidden).flatMap((s) => readTargetSheetOf(s) ?? []);
}
