import { hasOwnKey } from '../../engine/ownKey';
import { D, sum, type Dec } from '../../engine/decimal';
import type { IndicatorNode } from '../../engine/tree.types';
import { RULES } from '../../engine/rules';
import type { Framework, FrameworkLeaf } from '../../frameworks/types';
import type { SheetSnapshot, WorkbookSnapshot } from '../port';
import {
  cellText,
  cellValue,
  parseRangeA1,
  parseNumberCell,
  readTableNumber,
  readTableScore,
  sheetOf,
  tableCellReader,
  toA1,
  type DetectedTable,
  type FoundFigure,
  type GroupLayout,
  type LeafLayout,
  type ParseIssue,
  type SelfScoreField,
  type TableColumns,
  type TableLayout,
  type TextNumber,
  type TotalLayout,
} from '../read';
import { hasIndicatorColumns, indicatorRowRule, isNationalProjectForm, readFundsLeaf, readNarratives, readSelfScoreField, reportUnreadableTarget } from '../forms';
import { pathKey, ruleFor } from './matchRules';
import { chooseLeafRule, type FigureNames, type LeafRuleChoice } from './leafRule';
import { leafRule } from '../../frameworks/indicatorTree';

/**
 * The workbook's own table → IndicatorNode[] for the engine. The workbook is the source of truth for
 * the tree and the max points; framework rules are attached by name, and framework points are only a
 * fallback for a blank points cell.
 */

export interface BuiltTree {
  roots: IndicatorNode[];
  layout: TableLayout;
  /** figures read from the table itself (national rows, 项目资金 block) */
  tableFigures: Map<string, FoundFigure>;
  /** cells that could not be read as numbers */
  issues: ParseIssue[];
  /** table cells holding numbers as text (read, and reported as info) */
  textNumbers: TextNumber[];
  /** leaves whose table points differ from the framework's for a rule with fixed tiers */
  pointsDiffer: { leaf: LeafLayout; frameworkPoints: Dec }[];
}

/** The leaf's rule with the table's points where its kind scales with them, else with the leaf's own. */
function withPoints(leaf: FrameworkLeaf, points: Dec) {
  return leafRule(leaf, leaf.rule && RULES[leaf.rule.kind].scalesWithPoints ? points.toString() : leaf.points);
}

interface TreeBuilder {
  roots: IndicatorNode[];
  groups: Map<string, IndicatorNode>;
}

function ensureGroup(b: TreeBuilder, path: string[]): IndicatorNode[] {
  let siblings = b.roots;
  for (let i = 0; i < path.length; i += 1) {
    const key = path.slice(0, i + 1).join('\u0000');
    let node = b.groups.get(key);
    if (!node) {
      node = { name: path[i], points: new D(0), children: [] };
      b.groups.set(key, node);
      siblings.push(node);
    }
    siblings = node.children;
  }
  return siblings;
}

export interface BuildOptions {
  /** leaf path key → the user's framework leaf id or 'none' */
  overrides?: Record<string, string>;
  /** leaf path key → a rule the user confirmed, as printed */
  confirmed?: Record<string, string>;
  /** names in rule texts → figures (known ones, and new ones the texts name) */
  names: FigureNames;
}

/**
 * A leaf's text in one column, with the lines a page break carried onto the rows below it (up to the
 * next row of the table, repeated headers left out): a 评分标准 printed across two pages is one text.
 * The table's rows are indexed once, so a 1,000-leaf table is not searched again for every leaf.
 */
function continuedTextReader(table: DetectedTable, sheet: SheetSnapshot): (row: number, col: number | undefined) => string {
  const rows = [...new Set(table.rows.map((r) => r.row))].sort((a, b) => a - b);
  const nextRow = new Map<number, number>();
  rows.forEach((r, i) => nextRow.set(r, i + 1 < rows.length ? rows[i + 1] : Infinity));
  const headerRows = new Set(table.headerRows);
  const bottom = parseRangeA1(table.range)?.bottom;
  return (row, col) => {
    if (col === undefined) return '';
    const next = nextRow.get(row) ?? rows.find((r) => r > row) ?? Infinity;
    const end = Math.min(next, (bottom ?? row) + 1);
    const parts: string[] = [];
    for (let r = row; r < end; r += 1) {
      if (r !== row && headerRows.has(r)) continue;
      const t = cellText(sheet, r, col);
      if (t !== '') parts.push(t);
    }
    return parts.join('\n');
  };
}

/** A framework is clearly the table's when most leaf names are its own and their points agree. */
function frameworkFits(table: DetectedTable, framework: Framework, overrides: Record<string, string>, sheet: SheetSnapshot): boolean {
  if (isNationalProjectForm(framework)) return true;
  const leaves = table.rows.filter((r) => r.kind === 'leaf');
  const matched = leaves.map((r) => ({ row: r, leaf: ruleFor(r.path, framework, overrides) })).filter((m) => m.leaf !== null);
  const pointsCol = table.columns.points;
  const agree = matched.filter((m) => {
    if (pointsCol === undefined) return true;
    const stated = parseNumberCell(cellValue(sheet, m.row.row, pointsCol));
    return stated.ok && new D(m.leaf?.points ?? '0').eq(stated.value as Dec);
  });
  return leaves.length > 0 && matched.length * 2 >= leaves.length && agree.length * 5 >= matched.length * 4;
}

/** Why a leaf with a bad 分值 cell is in no total, as the leaf's own message shows it. */
function outOfTotalsReason(sheet: string, address: string, negative: Dec | null): string {
  const why = negative ? `是负数 ${negative.toFixed(2)}` : '无法识别';
  return `工作表“${sheet}”${address} 的分值${why}，该指标未计入任何合计，请更正分值`;
}

/**
 * The column holding the 合计/总分 row's stated score: the 得分 column, or, when that cell is blank, the
 * only number on the row besides its points (总分 | 99.55分 merged across the row; 总分 under 合计).
 */
function totalScoreCol(sheet: SheetSnapshot, r: number, nameCol: number, cols: TableColumns, pointsCol: number | undefined): number | undefined {
  if (cols.score !== undefined && cellText(sheet, r, cols.score) !== '') return cols.score;
  const numbers: number[] = [];
  (sheet.values[r] ?? []).forEach((v, c) => {
    if (c <= nameCol || c === pointsCol) return;
    const parsed = parseNumberCell(v);
    if (parsed.ok) numbers.push(c);
  });
  return numbers.length === 1 ? numbers[0] : cols.score;
}

/** The form's stated 自评得分 above the table, when it has one. */
function selfScoreFieldOf(sheet: SheetSnapshot, table: DetectedTable): { selfScoreField?: SelfScoreField } {
  const field = readSelfScoreField(sheet, Math.min(...table.headerRows));
  return field ? { selfScoreField: field } : {};
}

export function buildTree(snapshot: WorkbookSnapshot, table: DetectedTable, framework: Framework, options: BuildOptions): BuiltTree {
  const overrides = options.overrides ?? {};
  const sheet = sheetOf(snapshot, table.sheet) as SheetSnapshot;
  const cols = table.columns;
  const rd = tableCellReader(sheet);
  const tableFigures = new Map<string, FoundFigure>();
  const b: TreeBuilder = { roots: [], groups: new Map() };
  const leaves: LeafLayout[] = [];
  const pointsDiffer: BuiltTree['pointsDiffer'] = [];
  const indicatorForm = isNationalProjectForm(framework) && hasIndicatorColumns(cols);
  const fits = frameworkFits(table, framework, overrides, sheet);
  const continuedText = continuedTextReader(table, sheet);

  // A form may add leaves outside the table's rows: the national form's 项目资金 block.
  const national = isNationalProjectForm(framework)
    ? readFundsLeaf(rd, framework, (id) => table.rows.some((r) => r.kind === 'leaf' && ruleFor(r.path, framework, overrides)?.id === id), tableFigures)
    : { funds: null, leaf: null };
  if (national.leaf && national.leaf.leaf.rule) {
    const { leaf, layout } = national.leaf;
    const rule = withPoints(leaf, layout.points);
    layout.rule = rule;
    ensureGroup(b, [national.leaf.groupName]).push({
      name: leaf.names[0],
      points: layout.points,
      children: [],
      rule,
      ...(layout.typedScore !== null ? { typedScore: layout.typedScore } : {}),
      ref: layout.ref,
      ...(leaf.problemKind ? { problemKind: leaf.problemKind } : {}),
    });
    leaves.push(layout);
  }

  for (const row of table.rows) {
    if (row.kind !== 'leaf') continue;
    // A leaf repaired by detection (printed out of its columns) reads its own name, 分值 and 得分 cells.
    const cols = row.shifted ? { ...table.columns, ...row.shifted.columns } : table.columns;
    const leafNameCol = cols.level3 ?? cols.level2 ?? cols.level1 ?? 0;
    const r = row.row;
    const name = row.path[row.path.length - 1];
    const fwLeaf: FrameworkLeaf | null = ruleFor(row.path, framework, overrides);
    const issuesBefore = rd.issues.length;
    const pointsCell = readTableNumber(rd, r, cols.points, `“${name}”的分值`);
    // a negative or unreadable 分值 puts the leaf out of every total: no framework points in its place
    const negative = pointsCell !== null && pointsCell.isNegative();
    const invalidPoints = negative || rd.issues.length > issuesBefore;
    const statedPoints = invalidPoints ? null : pointsCell ?? row.namePoints ?? null;
    // A framework's points stand in for a missing 分值 only in a table that is that framework: a
    // same-named row of another table (seed 004's level-2 预算执行) is not its leaf.
    const borrowed = fwLeaf && fits && !invalidPoints ? new D(fwLeaf.points) : null;
    const points = invalidPoints ? new D(0) : statedPoints ?? borrowed ?? new D(0);
    const typed = readTableScore(rd, r, cols.score, `“${name}”的得分`, statedPoints ?? borrowed);
    const scoreAddress = cols.score !== undefined ? toA1(r, cols.score) : null;
    const ref = `${sheet.name}!${scoreAddress ?? toA1(r, leafNameCol)}`;
    const layout: LeafLayout = {
      ref,
      path: row.path,
      sheet: sheet.name,
      row: r,
      nameAddress: toA1(r, leafNameCol),
      scoreAddress,
      pointsAddress: cols.points !== undefined ? toA1(r, cols.points) : null,
      reasonAddress: cols.reason !== undefined ? toA1(r, cols.reason) : null,
      points,
      pointsSource: invalidPoints ? 'invalid' : statedPoints ? 'table' : borrowed ? 'framework' : 'none',
      ...(negative ? { negativePoints: { text: cellText(sheet, r, cols.points as number), value: pointsCell } } : {}),
      typedScore: typed,
      scoreBlank: cols.score !== undefined && cellText(sheet, r, cols.score) === '',
      reason: cols.reason !== undefined ? cellText(sheet, r, cols.reason) : null,
      frameworkLeaf: fwLeaf,
      ruleId: fwLeaf?.rule ? fwLeaf.id : null,
      rule: null,
    };
    const frameworkRule = fwLeaf ? withPoints(fwLeaf, points) : null;
    const key = pathKey(row.path);
    const standard = continuedText(r, cols.standard);
    let choice: LeafRuleChoice;
    if (hasOwnKey(overrides, key)) {
      // the user chose a framework leaf (or none) for this row: that choice stands
      choice = { rule: frameworkRule, source: 'user', reading: null, readingText: null, offered: null, judgementWhenMissing: false, note: frameworkRule ? `按所选“${fwLeaf?.names[0]}”的规则评分` : '已选择不套用规则：按判断评分' };
    } else {
      choice = chooseLeafRule(
        {
          name,
          points,
          standard,
          definition: continuedText(r, cols.description),
          frameworkLeaf: fwLeaf,
          frameworkRule,
          frameworkTitle: framework.title,
          frameworkFits: fits,
          ...(hasOwnKey(options.confirmed, key) ? { confirmed: (options.confirmed as Record<string, string>)[key] } : {}),
          ...(framework.settings ? { settings: framework.settings } : {}),
        },
        options.names,
      );
    }
    if (layout.pointsSource === 'none' && !hasOwnKey(overrides, key)) {
      // No 分值 anywhere: a rule would score the row out of 0 and call the unit's score wrong. The row's
      // score is the unit's own, and POINTS_MISSING says why it cannot be checked.
      choice = { ...choice, rule: null, source: 'none', reading: null, readingText: null, judgementWhenMissing: false, note: '分值未知，不按规则计算：以填报得分为准，未经核验' };
    }
    let rule: IndicatorNode['rule'] = choice.rule;
    if (rule && rule === frameworkRule && !invalidPoints && !new D(rule.points).eq(points)) {
      pointsDiffer.push({ leaf: layout, frameworkPoints: new D(rule.points) });
    }
    layout.ruleId = rule?.id ?? null;

    // a row with no points gets no rule, but its unreadable target is still named
    if (indicatorForm && !fwLeaf && layout.pointsSource === 'none') reportUnreadableTarget(rd, cols, r, name);
    if (indicatorForm && !fwLeaf && layout.pointsSource !== 'none') {
      const indicator = indicatorRowRule(rd, cols, layout, name, points, tableFigures);
      if (indicator) {
        rule = indicator;
        layout.ruleId = indicator.id;
        choice = { ...choice, rule: indicator, source: 'form', note: '按项目支出绩效自评表的指标值与实际完成值评分' };
      }
    }
    layout.ruleChoice = { source: choice.source, standard: standard || null, readingText: choice.readingText, note: choice.note, offered: choice.offered?.id ?? null };

    layout.rule = rule ?? null;
    const siblings = ensureGroup(b, row.path.slice(0, -1));
    const node: IndicatorNode = {
      name,
      points,
      children: [],
      rule,
      ref,
      ...(typed !== null ? { typedScore: typed } : {}),
      ...(layout.pointsSource === 'none' && !rule ? { pointsUnknown: true } : {}),
      ...((rule === frameworkRule && fwLeaf?.judgementWhenMissing) || choice.judgementWhenMissing ? { judgementWhenMissing: true } : {}),
      ...(fwLeaf?.problemKind ? { problemKind: fwLeaf.problemKind } : {}),
      ...(invalidPoints ? { outOfTotals: outOfTotalsReason(sheet.name, toA1(r, cols.points as number), negative ? pointsCell : null) } : {}),
    };
    siblings.push(node);
    leaves.push(layout);
  }

  // Group points: the table's own cells first, else the sum of the children.
  const groups: GroupLayout[] = [];
  const statedGroupPoints = new Map<string, { points: Dec | null; score: Dec | null; det: DetectedTable['groups'][number] }>();
  for (const g of table.groups) {
    const key = g.path.join('\u0000');
    if (statedGroupPoints.has(key)) continue;
    const points = (g.pointsCell ? readTableNumber(rd, g.pointsCell.row, g.pointsCell.col, `“${g.path[g.path.length - 1]}”的分值`) : null) ?? g.namePoints ?? null;
    const score = g.scoreCell ? readTableNumber(rd, g.scoreCell.row, g.scoreCell.col, `“${g.path[g.path.length - 1]}”的得分`) : null;
    statedGroupPoints.set(key, { points, score, det: g });
  }
  const fill = (nodes: IndicatorNode[], prefix: string[]) => {
    for (const node of nodes) {
      if (node.children.length === 0) continue;
      const path = [...prefix, node.name];
      fill(node.children, path);
      const stated = statedGroupPoints.get(path.join('\u0000'));
      const childSum = sum(node.children.map((c) => c.points));
      node.points = stated?.points ?? childSum;
      const det = stated?.det;
      if (det?.scoreCell) node.ref = `${sheet.name}!${toA1(det.scoreCell.row, det.scoreCell.col)}`;
      groups.push({
        path,
        sheet: sheet.name,
        row: det ? det.row : null,
        pointsAddress: det?.pointsCell ? toA1(det.pointsCell.row, det.pointsCell.col) : null,
        scoreAddress: det?.scoreCell ? toA1(det.scoreCell.row, det.scoreCell.col) : null,
        statedPoints: stated?.points ?? null,
        statedScore: stated?.score ?? null,
      });
    }
  };
  fill(b.roots, []);
  let total: TotalLayout | null = null;
  const totalRow = table.rows.find((r) => r.kind === 'total');
  if (totalRow) {
    const r = totalRow.row;
    const nameCol = (sheet.values[r] ?? []).findIndex((v) => typeof v === 'string' && v.trim() !== '');
    const pointsCol = cols.points ?? cols.level1Points;
    const scoreCol = totalScoreCol(sheet, r, nameCol, cols, pointsCol);
    total = {
      sheet: sheet.name,
      row: r,
      nameAddress: toA1(r, Math.max(nameCol, 0)),
      pointsAddress: pointsCol !== undefined ? toA1(r, pointsCol) : null,
      scoreAddress: scoreCol !== undefined ? toA1(r, scoreCol) : null,
      statedPoints: readTableNumber(rd, r, pointsCol, '合计分值'),
      statedScore: readTableNumber(rd, r, scoreCol, '合计得分'),
    };
  }

  return {
    roots: b.roots,
    layout: { sheet: sheet.name, leaves, groups, total, hasReasonColumn: cols.reason !== undefined, funds: national.funds, ...(isNationalProjectForm(framework) ? { narratives: readNarratives(sheet) } : {}), ...selfScoreFieldOf(sheet, table) },
    tableFigures,
    issues: rd.issues,
    textNumbers: rd.textNumbers,
    pointsDiffer,
  };
}
