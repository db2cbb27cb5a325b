import { D, sum, type Dec } from '../../engine/decimal';
import type { IndicatorNode } from '../../engine/tree.types';
import type { FigureValue, IndicatorRule } from '../../engine/types';
import { RULES } from '../../engine/rules';
import type { Framework, FrameworkLeaf } from '../../frameworks/types';
import type { SheetSnapshot, WorkbookSnapshot } from '../port';
import type { DetectedTable, FoundFigure, FundsLayout, GroupLayout, LeafLayout, TableLayout, TotalLayout, ParseIssue } from '../read';
import { normaliseChars, normaliseLabel, parseCell, parseNumberCell, readIndicatorValues, readTarget, headerKey, toA1, cellText, cellValue, sheetOf } from '../read';
import { qualitativeGrade } from '../../engine/rules/qualitativeGrade';
import { ruleFor } from './matchRules';
import { frameworkLeaves, leafRule } from '../../frameworks/indicatorTree';

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
  textNumbers: { sheet: string; address: string; text: string; value: Dec; what: string }[];
  /** leaves whose table points differ from the framework's for a rule with fixed tiers */
  pointsDiffer: { leaf: LeafLayout; frameworkPoints: Dec }[];
}

interface Reader {
  sheet: SheetSnapshot;
  issues: ParseIssue[];
  textNumbers: BuiltTree['textNumbers'];
}

/** A number cell of the table: blank → null, unreadable → issue and null (never a silent zero). */
function readNumber(rd: Reader, row: number, col: number | undefined, what: string): Dec | null {
  if (col === undefined) return null;
  const v = cellValue(rd.sheet, row, col);
  const parsed = parseNumberCell(v);
  const address = toA1(row, col);
  if (!parsed.ok) {
    if (!parsed.blank) rd.issues.push({ sheet: rd.sheet.name, address, text: parsed.text, message: parsed.message, what });
    return null;
  }
  const value = parsed.value as Dec;
  if (typeof v === 'string') rd.textNumbers.push({ sheet: rd.sheet.name, address, text: v, value, what });
  return value;
}

const FULL_MARKS = /^满分$/;
/** "5（满分）", "5分（满分）", "5 (满分)": the number before the note */
const NUMBER_THEN_FULL_MARKS = /^(.+?)\s*[(（]\s*满分\s*[)）]$/;

/**
 * A leaf's typed score. Besides numbers and numeric text it reads the common texts for full marks:
 * "满分" is the leaf's 分值 and "5（满分）" / "5分（满分）" is 5, each with an info note saying how it
 * was read; anything else unreadable is an issue, never a silent zero.
 */
function readScore(rd: Reader, row: number, col: number | undefined, what: string, points: Dec): Dec | null {
  if (col === undefined) return null;
  const v = cellValue(rd.sheet, row, col);
  if (typeof v === 'string') {
    const t = normaliseChars(v).replace(/\s+/g, '');
    const address = toA1(row, col);
    if (FULL_MARKS.test(t)) {
      rd.textNumbers.push({ sheet: rd.sheet.name, address, text: v, value: points, what: `${what}（满分即分值）` });
      return points;
    }
    const m = NUMBER_THEN_FULL_MARKS.exec(normaliseChars(v).trim());
    if (m) {
      const parsed = parseNumberCell(m[1]);
      if (parsed.ok) {
        rd.textNumbers.push({ sheet: rd.sheet.name, address, text: v, value: parsed.value as Dec, what });
        return parsed.value as Dec;
      }
    }
  }
  return readNumber(rd, row, col, what);
}

/** The leaf's rule with the table's points where its kind scales with them, else with the leaf's own. */
function withPoints(leaf: FrameworkLeaf, points: Dec) {
  return leafRule(leaf, leaf.rule && RULES[leaf.rule.kind].scalesWithPoints ? points.toString() : leaf.points);
}

function figure(id: string, label: string, value: FigureValue, sheet: string, address: string, source: string, extra: Partial<FoundFigure> = {}): FoundFigure {
  return { id, label, value, unit: '', sheet, address, source, ...extra };
}

/** The national form's 项目资金 block: the 年度资金总额 row under a header naming 全年预算数 / 全年执行数. */
function findFunds(sheet: SheetSnapshot): { layout: FundsLayout; header: Record<string, number> } | null {
  for (let r = 0; r < sheet.values.length; r += 1) {
    const cells = sheet.values[r] ?? [];
    const labelCol = cells.findIndex((v) => typeof v === 'string' && normaliseLabel(v).startsWith('年度资金总额'));
    if (labelCol < 0) continue;
    for (let h = r - 1; h >= Math.max(0, r - 4); h -= 1) {
      const header: Record<string, number> = {};
      (sheet.values[h] ?? []).forEach((v, c) => {
        const key = headerKey(v);
        for (const word of ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分']) {
          if (key.startsWith(word) && header[word] === undefined) header[word] = c;
        }
      });
      if (header['全年预算数'] === undefined || header['全年执行数'] === undefined) continue;
      const at = (w: string) => (header[w] !== undefined ? toA1(r, header[w]) : null);
      return {
        layout: {
          sheet: sheet.name,
          row: r,
          budgetAddress: at('全年预算数'),
          executedAddress: at('全年执行数'),
          rateAddress: at('执行率'),
          scoreAddress: at('得分'),
          pointsAddress: at('分值'),
        },
        header,
      };
    }
  }
  return null;
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

export function buildTree(
  snapshot: WorkbookSnapshot,
  table: DetectedTable,
  framework: Framework,
  overrides: Record<string, string> = {},
): BuiltTree {
  const sheet = sheetOf(snapshot, table.sheet) as SheetSnapshot;
  const cols = table.columns;
  const rd: Reader = { sheet, issues: [], textNumbers: [] };
  const tableFigures = new Map<string, FoundFigure>();
  const b: TreeBuilder = { roots: [], groups: new Map() };
  const leaves: LeafLayout[] = [];
  const pointsDiffer: BuiltTree['pointsDiffer'] = [];
  const indicatorForm = framework.indicatorRows === true && cols.target !== undefined && cols.actual !== undefined;

  // The national form's 预算执行率 (10 points) lives in the 项目资金 block above the indicator table.
  const funds = framework.indicatorRows ? findFunds(sheet) : null;
  const budgetLeaf = frameworkLeaves(framework).find((l) => l.rule?.kind === 'budget-execution') ?? null;
  const tableHasBudgetLeaf = table.rows.some((r) => r.kind === 'leaf' && budgetLeaf && ruleFor(r.path, framework, overrides)?.id === budgetLeaf.id);
  if (funds && budgetLeaf && budgetLeaf.rule && !tableHasBudgetLeaf) {
    const f = funds.layout;
    const row = f.row;
    const num = (w: string, id: string, label: string, kind: 'amount' | 'rate') => {
      const col = funds.header[w];
      if (col === undefined) return;
      const v = cellValue(sheet, row, col);
      const parsed = parseCell(v, kind);
      if (!parsed.ok) {
        if (!parsed.blank) rd.issues.push({ sheet: sheet.name, address: toA1(row, col), text: parsed.text, message: parsed.message, what: label });
        return;
      }
      tableFigures.set(id, figure(id, label, parsed.value, sheet.name, toA1(row, col), parsed.text, { unit: parsed.sourceUnit || parsed.unit, tolerance: parsed.tolerance, ...(parsed.written ? { written: parsed.written } : {}) }));
    };
    num('全年预算数', 'project.budget', '全年预算数', 'amount');
    num('全年执行数', 'project.executed', '全年执行数', 'amount');
    num('年初预算数', 'project.initial', '年初预算数', 'amount');
    num('执行率', 'project.rate', '执行率', 'rate');
    const statedPoints = readNumber(rd, row, funds.header['分值'], '分值');
    const points = statedPoints ?? new D(budgetLeaf.points);
    const typed = readScore(rd, row, funds.header['得分'], '得分', points);
    const scoreAddress = f.scoreAddress ?? toA1(row, funds.header['全年执行数']);
    const groupName = framework.tree.find((g) => g.children.includes(budgetLeaf))?.name ?? '预算执行';
    const siblings = ensureGroup(b, [groupName]);
    const ref = `${sheet.name}!${scoreAddress}`;
    const budgetRule = withPoints(budgetLeaf, points);
    siblings.push({
      name: budgetLeaf.names[0],
      points,
      children: [],
      rule: budgetRule,
      ...(typed !== null ? { typedScore: typed } : {}),
      ref,
      ...(budgetLeaf.problemKind ? { problemKind: budgetLeaf.problemKind } : {}),
    });
    leaves.push({
      ref,
      path: [groupName, budgetLeaf.names[0]],
      sheet: sheet.name,
      row,
      nameAddress: toA1(row, (sheet.values[row] ?? []).findIndex((v) => typeof v === 'string' && normaliseLabel(v).startsWith('年度资金总额'))),
      scoreAddress: f.scoreAddress,
      pointsAddress: f.pointsAddress,
      reasonAddress: null,
      points,
      pointsSource: statedPoints ? 'table' : 'framework',
      typedScore: typed,
      scoreBlank: f.scoreAddress !== null && cellText(sheet, row, funds.header['得分']) === '',
      reason: null,
      frameworkLeaf: budgetLeaf,
      ruleId: budgetLeaf.id,
      rule: budgetRule,
    });
  }

  for (const row of table.rows) {
    if (row.kind !== 'leaf') continue;
    // A leaf repaired by detection (printed out of its columns) reads its own name, 分值 and 得分 cells.
    const cols = row.shifted ? { ...table.columns, ...row.shifted.columns } : table.columns;
    const leafNameCol = cols.level3 ?? cols.level2 ?? cols.level1 ?? 0;
    const r = row.row;
    const name = row.path[row.path.length - 1];
    const fwLeaf: FrameworkLeaf | null = ruleFor(row.path, framework, overrides);
    const statedPoints = readNumber(rd, r, cols.points, `“${name}”的分值`);
    const points = statedPoints ?? (fwLeaf ? new D(fwLeaf.points) : new D(0));
    const typed = readScore(rd, r, cols.score, `“${name}”的得分`, points);
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
      pointsSource: statedPoints ? 'table' : fwLeaf ? 'framework' : 'none',
      typedScore: typed,
      scoreBlank: cols.score !== undefined && cellText(sheet, r, cols.score) === '',
      reason: cols.reason !== undefined ? cellText(sheet, r, cols.reason) : null,
      frameworkLeaf: fwLeaf,
      ruleId: fwLeaf?.rule ? fwLeaf.id : null,
      rule: null,
    };
    let rule: IndicatorNode['rule'] = fwLeaf ? withPoints(fwLeaf, points) : null;
    if (rule && !new D(rule.points).eq(points)) {
      pointsDiffer.push({ leaf: layout, frameworkPoints: new D(rule.points) });
    }

    if (indicatorForm && !fwLeaf) {
      const targetText = cellText(sheet, r, cols.target);
      const actualText = cellText(sheet, r, cols.actual);
      if (targetText !== '' || actualText !== '') {
        const n = r + 1;
        const ids = { target: `row${n}.target`, actual: `row${n}.actual`, score: `row${n}.score` };
        const targetAddress = toA1(r, cols.target as number);
        const actualAddress = toA1(r, cols.actual as number);
        const target = readTarget(targetText);
        let indicator: IndicatorRule;
        if (target.kind === 'quantitative') {
          // target and actual in one unit: "≥1万人次" is 10000 人次; "98" beside "≥95%" is 98%
          const values = actualText === '' ? null : readIndicatorValues(target, cellValue(sheet, r, cols.actual));
          const targetValue = values && values.ok ? values.target : target.value;
          const unit = values && values.ok ? values.unit : target.unit;
          tableFigures.set(ids.target, figure(ids.target, `${name}年度指标值`, targetValue, sheet.name, targetAddress, targetText, { unit: target.parsed.sourceUnit, tolerance: target.parsed.tolerance }));
          let actualValue: Dec | null = null;
          if (values && values.ok) {
            actualValue = values.actual;
            tableFigures.set(ids.actual, figure(ids.actual, `${name}实际完成值`, actualValue, sheet.name, actualAddress, values.actualParsed.text, { unit: values.actualParsed.sourceUnit, tolerance: values.actualParsed.tolerance }));
          } else if (values && !values.mismatch) {
            rd.issues.push({ sheet: sheet.name, address: actualAddress, text: actualText, message: values.message, what: `“${name}”的实际完成值` });
          }
          // a unit mismatch ("≥500人次" against "28天") is not scored; UNIT_MISMATCH names the cell
          indicator = {
            kind: 'indicator',
            direction: target.direction,
            points: points.toString(),
            label: name,
            target: ids.target,
            actual: ids.actual,
            unit,
            targetText,
            ...(actualText !== '' ? { actualText } : {}),
          };
          layout.indicator = { direction: target.direction, targetAddress, actualAddress, targetText, actualText, target: targetValue, actual: actualValue, unit };
        } else {
          const grade = qualitativeGrade(actualText);
          if (actualText !== '') tableFigures.set(ids.actual, figure(ids.actual, `${name}实际完成值`, grade ?? actualText, sheet.name, actualAddress, actualText));
          if (typed !== null && scoreAddress) tableFigures.set(ids.score, figure(ids.score, `${name}得分`, typed, sheet.name, scoreAddress, cellText(sheet, r, cols.score)));
          indicator = { kind: 'indicator', direction: 'qualitative', points: points.toString(), label: name, target: ids.target, actual: ids.actual, score: ids.score };
          layout.indicator = { direction: 'qualitative', targetAddress, actualAddress, targetText, actualText, target: null, actual: grade ?? (actualText || null), unit: '' };
        }
        rule = { ...indicator, id: `indicator-${indicator.direction}` };
        layout.ruleId = rule.id ?? null;
      }
    }

    layout.rule = rule ?? null;
    const siblings = ensureGroup(b, row.path.slice(0, -1));
    const node: IndicatorNode = {
      name,
      points,
      children: [],
      rule,
      ref,
      ...(typed !== null ? { typedScore: typed } : {}),
      ...(fwLeaf?.judgementWhenMissing ? { judgementWhenMissing: true } : {}),
      ...(fwLeaf?.problemKind ? { problemKind: fwLeaf.problemKind } : {}),
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
    const points = g.pointsCell ? readNumber(rd, g.pointsCell.row, g.pointsCell.col, `“${g.path[g.path.length - 1]}”的分值`) : null;
    const score = g.scoreCell ? readNumber(rd, g.scoreCell.row, g.scoreCell.col, `“${g.path[g.path.length - 1]}”的得分`) : null;
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
    total = {
      sheet: sheet.name,
      row: r,
      nameAddress: toA1(r, Math.max(nameCol, 0)),
      pointsAddress: pointsCol !== undefined ? toA1(r, pointsCol) : null,
      scoreAddress: cols.score !== undefined ? toA1(r, cols.score) : null,
      statedPoints: readNumber(rd, r, pointsCol, '合计分值'),
      statedScore: readNumber(rd, r, cols.score, '合计得分'),
    };
  }

  return {
    roots: b.roots,
    layout: { sheet: sheet.name, leaves, groups, total, hasReasonColumn: cols.reason !== undefined, funds: funds ? funds.layout : null },
    tableFigures,
    issues: rd.issues,
    textNumbers: rd.textNumbers,
    pointsDiffer,
  };
}
