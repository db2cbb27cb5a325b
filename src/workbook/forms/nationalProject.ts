import { D, type Dec } from '../../engine/decimal';
import type { IndicatorRule } from '../../engine/types';
import { qualitativeGrade } from '../../engine/rules';
import type { Framework, FrameworkLeaf } from '../../frameworks/types';
import { frameworkLeaves } from '../../frameworks/indicatorTree';
import type { SheetSnapshot } from '../port';
import {
  cellText,
  cellValue,
  headerKey,
  normaliseLabel,
  parseCell,
  readIndicatorValues,
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

const FUNDS_HEADER_WORDS = ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'];

function isFundsLabel(v: unknown): boolean {
  return typeof v === 'string' && normaliseLabel(v).startsWith('年度资金总额');
}

/** The 项目资金 block: the 年度资金总额 row under a header naming 全年预算数 / 全年执行数. */
function findFunds(sheet: SheetSnapshot): { layout: FundsLayout; header: Record<string, number> } | null {
  for (let r = 0; r < sheet.values.length; r += 1) {
    const cells = sheet.values[r] ?? [];
    if (cells.findIndex(isFundsLabel) < 0) continue;
    for (let h = r - 1; h >= Math.max(0, r - 4); h -= 1) {
      const header: Record<string, number> = {};
      (sheet.values[h] ?? []).forEach((v, c) => {
        const key = headerKey(v);
        for (const word of FUNDS_HEADER_WORDS) {
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
  // the framework names its execution leaf; its rule may be a ratio (10号) or tiers (101号)
  const executionLeafId = framework.report?.executionLeafId;
  const budgetLeaf = frameworkLeaves(framework).find((l) => (executionLeafId ? l.id === executionLeafId : l.rule?.kind === 'budget-execution')) ?? null;
  if (!budgetLeaf || !budgetLeaf.rule || tableHasLeaf(budgetLeaf.id)) return { funds: found.layout, leaf: null };
  const { layout: f, header } = found;
  const row = f.row;
  const num = (w: string, id: string, label: string, kind: 'amount' | 'rate') => {
    const col = header[w];
    if (col === undefined) return;
    const parsed = parseCell(cellValue(sheet, row, col), kind);
    if (!parsed.ok) {
      if (!parsed.blank) rd.issues.push({ sheet: sheet.name, address: toA1(row, col), text: parsed.text, message: parsed.message, what: label });
      return;
    }
    figures.set(id, tableFigure(id, label, parsed.value, sheet.name, toA1(row, col), parsed.text, { unit: parsed.sourceUnit || parsed.unit, tolerance: parsed.tolerance, ...(parsed.written ? { written: parsed.written } : {}) }));
  };
  num('全年预算数', 'project.budget', '全年预算数', 'amount');
  num('全年执行数', 'project.executed', '全年执行数', 'amount');
  num('年初预算数', 'project.initial', '年初预算数', 'amount');
  num('执行率', 'project.rate', '执行率', 'rate');
  const statedPoints = readTableNumber(rd, row, header['分值'], '分值');
  const points = statedPoints ?? new D(budgetLeaf.points);
  const typed = readTableScore(rd, row, header['得分'], '得分', points);
  const scoreAddress = f.scoreAddress ?? toA1(row, header['全年执行数']);
  const groupName = framework.tree.find((g) => g.children.includes(budgetLeaf))?.name ?? '预算执行';
  const layout: LeafLayout = {
    ref: `${sheet.name}!${scoreAddress}`,
    path: [groupName, budgetLeaf.names[0]],
    sheet: sheet.name,
    row,
    nameAddress: toA1(row, (sheet.values[row] ?? []).findIndex(isFundsLabel)),
    scoreAddress: f.scoreAddress,
    pointsAddress: f.pointsAddress,
    reasonAddress: null,
    points,
    pointsSource: statedPoints ? 'table' : 'framework',
    typedScore: typed,
    scoreBlank: f.scoreAddress !== null && cellText(sheet, row, header['得分']) === '',
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
): (IndicatorRule & { id: string }) | null {
  const sheet = rd.sheet;
  const r = layout.row;
  const targetText = cellText(sheet, r, cols.target);
  const actualText = cellText(sheet, r, cols.actual);
  if (targetText === '' && actualText === '') return null;
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
    const grade = qualitativeGrade(actualText);
    if (actualText !== '') figures.set(ids.actual, tableFigure(ids.actual, `${name}实际完成值`, grade ?? actualText, sheet.name, actualAddress, actualText));
    if (layout.typedScore !== null && layout.scoreAddress) {
      figures.set(ids.score, tableFigure(ids.score, `${name}得分`, layout.typedScore, sheet.name, layout.scoreAddress, cellText(sheet, r, cols.score)));
    }
    indicator = { kind: 'indicator', direction: 'qualitative', points: points.toString(), label: name, target: ids.target, actual: ids.actual, score: ids.score };
    layout.indicator = { direction: 'qualitative', targetAddress, actualAddress, targetText, actualText, target: null, actual: grade ?? (actualText || null), unit: '' };
  }
  return { ...indicator, id: `indicator-${indicator.direction}` };
}
