import { D, type Dec } from '../../engine/decimal';
import type { CategoryTiersRule, IndicatorRule, Rule } from '../../engine/types';
import { qualitativeGrade } from '../../engine/rules';
import type { Framework, FrameworkLeaf } from '../../frameworks/types';
import { frameworkLeaves } from '../../frameworks/indicatorTree';
import type { SheetSnapshot } from '../port';
import {
  cellText,
  cellValue,
  headerKey,
  joinSplitTarget,
  normaliseLabel,
  parseCell,
  readDeadline,
  deadlineMet,
  readIndicatorValues,
  type DeadlineDate,
  readTableNumber,
  readTableScore,
  readTarget,
  tableFigure,
  toA1,
  type FoundFigure,
  type FundsLayout,
  type LeafLayout,
  type TableCellReader,
  type TableColumns,
} from '../read';

/**
 * What the national project form (财预〔2020〕10号 and its provincial versions) adds to a plain
 * indicator table: the 项目资金 block whose 执行率 is a leaf of its own, and indicator rows scored from
 * their 年度指标值 and 实际完成值 rather than by a framework rule.
 */

/** True for a framework whose tables are national project forms. */
export function isNationalProjectForm(framework: Framework): boolean {
  return framework.indicatorRows === true;
}

/**
 * The funds block's columns by the words of each version: 年初预算数 / 全年预算数 / 全年执行数 / 分值 /
 * 执行率 / 得分 (财预〔2020〕10号, 衔接资金); Sichuan's 年初预算 / 调整后预算数 / 预算执行数 / 权重 / 预算执行率;
 * Ningxia's 调整预算数(A) / 全年执行数(B) / 执行率(B/A) (the bracket is dropped before matching); Huangshi's
 * 预算数(A) / 执行数(B) / 执行率(B/A) / 得分 (20分*执行率) under a block label that states the points.
 */
const FUNDS_COLUMNS: [FundsColumn, string[]][] = [
  ['initial', ['年初预算数', '年初预算']],
  ['budget', ['全年预算数', '调整后预算数', '调整预算数', '调整预算', '预算数']],
  ['executed', ['全年执行数', '预算执行数', '执行数']],
  ['points', ['分值', '权重']],
  ['rate', ['执行率', '预算执行率']],
  ['score', ['得分']],
];

type FundsColumn = 'initial' | 'budget' | 'executed' | 'points' | 'rate' | 'score';

/** The total row: 年度资金总额 (national) or 总额 (Sichuan's 预算执行情况 block). */
function isFundsLabel(v: unknown): boolean {
  if (typeof v !== 'string') return false;
  const key = normaliseLabel(v);
  return key.startsWith('年度资金总额') || key.startsWith('年度财政资金总额') || key === '总额';
}

/** A 其中 row under the total: 当年财政拨款, 上年结转资金, 其他资金, 财政资金, 财政专户管理资金, 单位资金. */
function isFundsPartLabel(v: unknown): boolean {
  if (typeof v !== 'string') return false;
  const key = normaliseLabel(v).replace(/^其中[:：]?/, '');
  return /^(当年财政拨款|本年财政拨款|上年结转|其他资金|财政资金|财政专户|单位资金)/.test(key);
}

function fundsHeader(sheet: SheetSnapshot, h: number): Partial<Record<FundsColumn, number>> {
  const header: Partial<Record<FundsColumn, number>> = {};
  (sheet.values[h] ?? []).forEach((v, c) => {
    const key = headerKey(v);
    for (const [column, words] of FUNDS_COLUMNS) {
      if (header[column] === undefined && words.some((w) => key.startsWith(w))) {
        header[column] = c;
        break;
      }
    }
  });
  return header;
}

/**
 * The points a funds block states in its label when it has no 分值 column: 预算执行情况(万元) (20分), where the
 * execution leaf is worth 20 rather than the national form's 10.
 */
function blockLabelPoints(sheet: SheetSnapshot, h: number): { points: Dec; col: number } | null {
  const cells = sheet.values[h] ?? [];
  for (let c = 0; c < cells.length; c += 1) {
    const v = cells[c];
    if (typeof v !== 'string') continue;
    const text = normaliseLabel(v);
    if (!/^(预算执行情况|项目资金)/.test(text)) continue;
    const m = /\((\d+(?:\.\d+)?)分\)/.exec(text);
    if (m) return { points: new D(m[1]), col: c };
  }
  return null;
}

/** The 项目资金 block: its total row under a header naming the budget and the executed columns. */
function findFunds(
  sheet: SheetSnapshot,
): { layout: FundsLayout; header: Partial<Record<FundsColumn, number>>; labelCol: number; labelPoints: { points: Dec; col: number; row: number } | null } | null {
  for (let r = 0; r < sheet.values.length; r += 1) {
    const labelCol = (sheet.values[r] ?? []).findIndex(isFundsLabel);
    if (labelCol < 0) continue;
    for (let h = r - 1; h >= Math.max(0, r - 4); h -= 1) {
      const header = fundsHeader(sheet, h);
      if (header.budget === undefined || header.executed === undefined) continue;
      const at = (c: FundsColumn) => (header[c] !== undefined ? toA1(r, header[c] as number) : null);
      return {
        layout: {
          sheet: sheet.name,
          row: r,
          budgetAddress: at('budget'),
          executedAddress: at('executed'),
          rateAddress: at('rate'),
          scoreAddress: at('score'),
          pointsAddress: at('points'),
          parts: [],
        },
        header,
        labelCol,
        labelPoints: header.points === undefined ? withRow(blockLabelPoints(sheet, h), h) : null,
      };
    }
  }
  return null;
}

function withRow<T extends object>(x: T | null, row: number): (T & { row: number }) | null {
  return x ? { ...x, row } : null;
}

/** The 其中 rows right under the total row. */
function fundsPartRows(sheet: SheetSnapshot, row: number, labelCol: number): number[] {
  const rows: number[] = [];
  for (let r = row + 1; r < Math.min(sheet.values.length, row + 7); r += 1) {
    if (!isFundsPartLabel(cellValue(sheet, r, labelCol))) break;
    rows.push(r);
  }
  return rows;
}

/**
 * Each amount column of the total row against the sum of its 其中 rows. A total left 0 or blank while
 * its parts hold figures (Chizhou 2022: 0 / 0 / 0 over 90 / 89.974 / 89.974) is recorded in the
 * layout, and the caller takes the parts' sums in its place.
 */
function compareParts(sheet: SheetSnapshot, funds: FundsLayout, header: Partial<Record<FundsColumn, number>>, partRows: number[]): void {
  const amount = (r: number, c: number): Dec | null => {
    const parsed = parseCell(cellValue(sheet, r, c), 'amount');
    return parsed.ok && typeof parsed.value !== 'string' ? parsed.value : null;
  };
  for (const column of ['initial', 'budget', 'executed'] as const) {
    const c = header[column];
    if (c === undefined || partRows.length === 0) continue;
    const parts = partRows.map((r) => amount(r, c)).filter((v): v is Dec => v !== null);
    if (parts.length === 0) continue;
    const stated = amount(funds.row, c);
    funds.parts.push({ column: FUNDS_LABELS[column], address: toA1(funds.row, c), stated, partsSum: parts.reduce((a, b) => a.plus(b), new D(0)), rows: partRows });
  }
}

const FUNDS_LABELS: Record<FundsColumn, string> = { initial: '年初预算数', budget: '全年预算数', executed: '全年执行数', points: '分值', rate: '执行率', score: '得分' };

/** The funds block read as the form's 预算执行率 leaf (a leaf layout without its rule yet). */
export interface FundsLeaf {
  funds: FundsLayout;
  leaf: FrameworkLeaf;
  groupName: string;
  layout: LeafLayout;
}

/**
 * The national form's 预算执行率 (10 points) lives in the 项目资金 block above the indicator table. Read
 * its figures into `figures` and return it as a leaf, unless the table already has that leaf as a row.
 */
export function readFundsLeaf(
  rd: TableCellReader,
  framework: Framework,
  tableHasLeaf: (leafId: string) => boolean,
  figures: Map<string, FoundFigure>,
): { funds: FundsLayout | null; leaf: FundsLeaf | null } {
  const sheet = rd.sheet;
  const found = findFunds(sheet);
  if (!found) return { funds: null, leaf: null };
  const { layout: f, header, labelCol, labelPoints } = found;
  const row = f.row;
  compareParts(sheet, f, header, fundsPartRows(sheet, row, labelCol));
  // a total row left 0 or blank while its 其中 rows hold the figures: the figures are the parts' sums
  const fromParts = (column: FundsColumn) => {
    const p = f.parts.find((x) => x.column === FUNDS_LABELS[column]);
    return p && (p.stated === null || p.stated.isZero()) && !p.partsSum.isZero() ? p : null;
  };
  const num = (column: FundsColumn, id: string, kind: 'amount' | 'rate') => {
    const col = header[column];
    const label = FUNDS_LABELS[column];
    if (col === undefined) return;
    const parts = kind === 'amount' ? fromParts(column) : null;
    if (parts) {
      const rows = parts.rows.map((r) => `${toA1(r, col)}`).join('、');
      figures.set(id, tableFigure(id, label, parts.partsSum, sheet.name, toA1(row, col), `其中各行（${rows}）之和`, { unit: '万元', tolerance: new D(0) }));
      return;
    }
    const parsed = parseCell(cellValue(sheet, row, col), kind);
    if (!parsed.ok) {
      if (!parsed.blank) rd.issues.push({ sheet: sheet.name, address: toA1(row, col), text: parsed.text, message: parsed.message, what: label });
      return;
    }
    figures.set(id, tableFigure(id, label, parsed.value, sheet.name, toA1(row, col), parsed.text, { unit: parsed.sourceUnit || parsed.unit, tolerance: parsed.tolerance, ...(parsed.written ? { written: parsed.written } : {}) }));
  };
  num('budget', 'project.budget', 'amount');
  num('executed', 'project.executed', 'amount');
  num('initial', 'project.initial', 'amount');
  // the rate printed beside a total taken from its parts is the total's, not the figures'
  if (!fromParts('budget') && !fromParts('executed')) num('rate', 'project.rate', 'rate');
  // the framework names its execution leaf; its rule may be a ratio (10号) or tiers (101号)
  const executionLeafId = framework.report?.executionLeafId;
  const budgetLeaf = frameworkLeaves(framework).find((l) => (executionLeafId ? l.id === executionLeafId : l.rule?.kind === 'budget-execution')) ?? null;
  // a table holding that leaf as a row of its own (Ningxia's 预算执行率 under 项目管理) scores it there, from these figures
  if (!budgetLeaf || !budgetLeaf.rule || tableHasLeaf(budgetLeaf.id)) return { funds: f, leaf: null };
  const statedPoints = readTableNumber(rd, row, header.points, '分值') ?? labelPoints?.points ?? null;
  const points = statedPoints ?? new D(budgetLeaf.points);
  const typed = readTableScore(rd, row, header.score, '得分', points);
  const scoreAddress = f.scoreAddress ?? toA1(row, header.executed as number);
  const groupName = framework.tree.find((g) => g.children.includes(budgetLeaf))?.name ?? '预算执行';
  const layout: LeafLayout = {
    ref: `${sheet.name}!${scoreAddress}`,
    path: [groupName, budgetLeaf.names[0]],
    sheet: sheet.name,
    row,
    nameAddress: toA1(row, labelCol),
    scoreAddress: f.scoreAddress,
    pointsAddress: f.pointsAddress ?? (labelPoints ? toA1(labelPoints.row, labelPoints.col) : null),
    reasonAddress: null,
    points,
    pointsSource: statedPoints ? 'table' : 'framework',
    typedScore: typed,
    scoreBlank: f.scoreAddress !== null && cellText(sheet, row, header.score) === '',
    reason: null,
    frameworkLeaf: budgetLeaf,
    ruleId: budgetLeaf.id,
    rule: null,
  };
  return { funds: f, leaf: { funds: f, leaf: budgetLeaf, groupName, layout } };
}

/** True when the table has the columns that make its rows indicator rows. */
export function hasIndicatorColumns(cols: TableColumns): boolean {
  return cols.target !== undefined && cols.actual !== undefined;
}

/**
 * An indicator row's rule, read from its 年度指标值 (the sign gives the direction) and 实际完成值; the
 * figures go into `figures` and the cells into `layout.indicator`. Null when both cells are blank.
 */
export function indicatorRowRule(
  rd: TableCellReader,
  cols: TableColumns,
  layout: LeafLayout,
  name: string,
  points: Dec,
  figures: Map<string, FoundFigure>,
): (Rule & { id: string }) | null {
  const sheet = rd.sheet;
  const r = layout.row;
  const targetText =
    cols.targetSign !== undefined || cols.targetUnit !== undefined
      ? joinSplitTarget(cellText(sheet, r, cols.targetSign), cellText(sheet, r, cols.target), cellText(sheet, r, cols.targetUnit))
      : cellText(sheet, r, cols.target);
  const actualText = cellText(sheet, r, cols.actual);
  if (targetText === '' && actualText === '') return null;
  const n = r + 1;
  const ids = { target: `row${n}.target`, actual: `row${n}.actual`, score: `row${n}.score` };
  const targetAddress = toA1(r, cols.target as number);
  const actualAddress = toA1(r, cols.actual as number);
  const deadline = readDeadline(targetText);
  if (deadline) return deadlineRule(rd, layout, name, points, targetText, actualText, deadline, ids.actual, actualAddress, figures);
  const target = readTarget(targetText);
  let indicator: IndicatorRule;
  if (target.kind === 'quantitative') {
    // target and actual in one unit: "≥1万人次" is 10000 人次; "98" beside "≥95%" is 98%
    const values = actualText === '' ? null : readIndicatorValues(target, cellValue(sheet, r, cols.actual));
    const targetValue = values && values.ok ? values.target : target.value;
    const unit = values && values.ok ? values.unit : target.unit;
    figures.set(ids.target, tableFigure(ids.target, `${name}年度指标值`, targetValue, sheet.name, targetAddress, targetText, { unit: target.parsed.sourceUnit, tolerance: target.parsed.tolerance }));
    let actualValue: Dec | null = null;
    if (values && values.ok) {
      actualValue = values.actual;
      figures.set(ids.actual, tableFigure(ids.actual, `${name}实际完成值`, actualValue, sheet.name, actualAddress, values.actualParsed.text, { unit: values.actualParsed.sourceUnit, tolerance: values.actualParsed.tolerance }));
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
      ...(layout.path.slice(0, -1).some((group) => group.includes('满意度')) ? { satisfaction: true } : {}),
    };
    layout.indicator = { direction: target.direction, targetAddress, actualAddress, targetText, actualText, target: targetValue, actual: actualValue, unit };
  } else {
    // the repeated target first: "未发生安全事故" under itself is reached, though it opens with 未
    const grade = repeatsTarget(targetText, actualText) ? '达成' : qualitativeGrade(actualText);
    if (actualText !== '') figures.set(ids.actual, tableFigure(ids.actual, `${name}实际完成值`, grade ?? actualText, sheet.name, actualAddress, actualText));
    if (layout.typedScore !== null && layout.scoreAddress) {
      figures.set(ids.score, tableFigure(ids.score, `${name}得分`, layout.typedScore, sheet.name, layout.scoreAddress, cellText(sheet, r, cols.score)));
    }
    indicator = { kind: 'indicator', direction: 'qualitative', points: points.toString(), label: name, target: ids.target, actual: ids.actual, score: ids.score };
    layout.indicator = { direction: 'qualitative', targetAddress, actualAddress, targetText, actualText, target: null, actual: grade ?? (actualText || null), unit: '' };
  }
  return { ...indicator, id: `indicator-${indicator.direction}` };
}

/**
 * A qualitative actual that repeats its target word for word ("符合相关文件要求" under "符合相关文件要求",
 * 通过 under 通过) states the target as reached: read as 达成 (our reading of the form; the national
 * rules grade qualitative rows by how far the target was reached).
 */
function repeatsTarget(targetText: string, actualText: string): boolean {
  const key = (t: string) => normaliseLabel(t).replace(/[。.，,；;]+$/, '');
  return actualText.trim() !== '' && key(targetText) === key(actualText);
}

/**
 * A deadline row ("≤12月31日", "2021年12月完成"): an actual date that meets it earns the full points;
 * a missed deadline has no rule in the national form, and a deadline or an actual that names no date
 * cannot be compared: both are left to the unit's judgement (null), never an error.
 */
function deadlineRule(
  rd: TableCellReader,
  layout: LeafLayout,
  name: string,
  points: Dec,
  targetText: string,
  actualText: string,
  target: DeadlineDate,
  actualId: string,
  actualAddress: string,
  figures: Map<string, FoundFigure>,
): (CategoryTiersRule & { id: string }) | null {
  const actual = readDeadline(actualText);
  if (!actual || deadlineMet(target, actual) !== true) return null;
  const met = '按期完成';
  figures.set(actualId, tableFigure(actualId, `${name}实际完成值`, met, rd.sheet.name, actualAddress, actualText));
  layout.ruleId = 'indicator-deadline';
  return {
    kind: 'category-tiers',
    id: 'indicator-deadline',
    points: points.toString(),
    label: `${name}（年度指标值“${targetText}”，实际完成值“${actualText}”）`,
    value: actualId,
    tiers: [{ values: [met], points: points.toString() }],
  };
}
