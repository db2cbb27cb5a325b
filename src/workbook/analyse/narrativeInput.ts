import type { CellText, LeafSource, NarrativeFigure, NarrativeInput, ProjectHeader, ReportData, SetAsideFigure } from '../../engine/narrative';
import type { FindingCode } from '../checks';
import type { FigureKind } from '../../engine/types';
import { COMMON_GROUP_KINDS, figureDefsFor } from '../../frameworks/commonFigures';
import { MEASURE_LIBRARY } from '../../frameworks/measures';
import { sheetCell, toA1 } from '../read';
import type { Analysis } from './analysis.types';
import type { FoundFigure } from '../read';
import type { CellValue, SheetSnapshot } from '../port';
import { isNationalProjectForm } from '../forms';
import { figureLabelsOf } from './figureLabels';

/**
 * The report data of a framework that declares none (the table-only fallback): a department report.
 * Its rows carry no problem kind, so the common indicator group names give one, and the common
 * execution rate leads a spending-progress problem.
 */
const DEFAULT_REPORT: ReportData = {
  form: 'department',
  evaluationName: '部门整体支出绩效',
  leadFigures: { 'spending-progress': ['execution.rate'] },
  groupKinds: COMMON_GROUP_KINDS,
};

/** Findings that make a figure unfit to state in a report: the 检查说明 names it instead. */
const SET_ASIDE_CODES: ReadonlySet<FindingCode> = new Set<FindingCode>(['RATE_INCONSISTENT', 'UNIT_MISMATCH']);

/**
 * An Analysis (snapshot, detected table, figures, scored tree) → the narrative's input. Reads only what
 * the analysis already holds: the workbook's own text in the reason / 评分标准 / target / actual columns
 * is carried as text, never parsed into figures.
 */
export function narrativeInputFromAnalysis(analysis: Analysis): NarrativeInput {
  const defs = figureDefsFor(analysis.framework.figures);
  const figures = new Map<string, NarrativeFigure>();
  const setAside: SetAsideFigure[] = [];
  for (const [id, found] of analysis.figures) {
    // a stated rate outside what its figures' rounding allows, or an amount in the wrong unit, is not repeated in the report
    const doubt = analysis.warnings.find((w) => SET_ASIDE_CODES.has(w.code) && w.sheet === found.sheet && w.address === found.address);
    if (doubt) setAside.push({ id, label: found.label, cell: sheetCell(found.sheet, found.address), why: doubt.message });
    else figures.set(id, toNarrativeFigure(found, defs[id]?.kind, defs[id]?.unit));
  }
  const figureLabels = { ...Object.fromEntries(Object.entries(defs).map(([id, def]) => [id, def.label])), ...figureLabelsOf(analysis) };
  const sheet = analysis.snapshot.sheets.find((s) => s.name === analysis.table.sheet);
  return {
    frameworkId: analysis.framework.id,
    frameworkTitle: analysis.framework.title,
    unitName: analysis.unitName,
    year: analysis.year,
    scored: analysis.scored,
    figures,
    leaves: sheet ? leafSources(analysis, sheet) : [],
    figureLabels,
    hasErrors: analysis.warnings.some((w) => w.severity === 'error'),
    errorCount: analysis.warnings.filter((w) => w.severity === 'error').length,
    setAside,
    measures: MEASURE_LIBRARY,
    report: analysis.framework.report ?? DEFAULT_REPORT,
    ...(isNationalProjectForm(analysis.framework) && sheet ? { project: projectHeader(sheet) } : {}),
  };
}

function toNarrativeFigure(found: FoundFigure, kind: FigureKind | undefined, defUnit: string | undefined): NarrativeFigure {
  const guessed: NarrativeFigure['kind'] = kind ?? (found.unit === '%' ? 'rate' : /元$/.test(found.unit) ? 'amount' : 'number');
  return {
    id: found.id,
    label: found.label,
    value: found.value,
    kind: guessed,
    unit: guessed === 'count' ? defUnit || found.unit : found.unit,
    cell: sheetCell(found.sheet, found.address),
  };
}

function textAt(sheet: SheetSnapshot, row: number, col: number | undefined): CellText | undefined {
  if (col === undefined) return undefined;
  const value: CellValue | undefined = sheet.values[row]?.[col];
  if (value === null || value === undefined || typeof value === 'boolean') return undefined;
  const text = String(value).trim();
  return text === '' ? undefined : { text, cell: sheetCell(sheet.name, toA1(row, col)) };
}

/** Each leaf's cells as the analysis laid them out: score, reason, 评分标准, and the form's target and actual. */
function leafSources(analysis: Analysis, sheet: SheetSnapshot): LeafSource[] {
  const { columns } = analysis.table;
  return analysis.layout.leaves.map((leaf) => {
    const source: LeafSource = { ref: leaf.ref, path: leaf.path, scoreCell: leaf.scoreAddress ? sheetCell(leaf.sheet, leaf.scoreAddress) : leaf.ref };
    const at = (address: string | null | undefined, text: string | null | undefined): CellText | undefined =>
      address && text && text.trim() !== '' ? { text: text.trim(), cell: sheetCell(leaf.sheet, address) } : undefined;
    const reason = at(leaf.reasonAddress, leaf.reason);
    const standard = leaf.sheet === sheet.name ? textAt(sheet, leaf.row, columns.standard) : undefined;
    const target = at(leaf.indicator?.targetAddress, leaf.indicator?.targetText);
    const actual = at(leaf.indicator?.actualAddress, leaf.indicator?.actualText);
    return { ...source, ...(reason ? { reason } : {}), ...(standard ? { standard } : {}), ...(target ? { target } : {}), ...(actual ? { actual } : {}) };
  });
}

const HEADER_LABELS: [keyof ProjectHeader, string][] = [
  ['name', '项目名称'],
  ['department', '主管部门'],
  ['implementer', '实施单位'],
];

/** The form's 项目名称 / 主管部门 / 实施单位: the first filled cell to the right of each label. */
function projectHeader(sheet: SheetSnapshot): ProjectHeader {
  const header: ProjectHeader = {};
  sheet.values.forEach((cells, row) => {
    cells.forEach((value, col) => {
      if (typeof value !== 'string') return;
      const label = value.replace(/\s+/g, '');
      const hit = HEADER_LABELS.find(([, l]) => l === label);
      if (!hit || header[hit[0]]) return;
      for (let c = col + 1; c < cells.length; c += 1) {
        const found = textAt(sheet, row, c);
        if (found) {
          header[hit[0]] = found;
          break;
        }
      }
    });
  });
  return header;
}
