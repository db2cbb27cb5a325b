import type { ScoredTree } from '../tree.types';
import type { FigureKind, FigureValue } from '../types';
import type { MeasureLibrary } from './measures';

/** One generated paragraph: its section, an optional heading, the text, and the cells it drew on. */
export interface Paragraph {
  /** 预算执行情况 | 自评结论 | 扣分情况 | 存在问题 | 改进措施 | 项目资金执行情况 | 绩效目标完成情况 | 偏差原因; 检查说明 for the clerk's notes */
  section: string;
  heading?: string;
  text: string;
  /** "Sheet!A1" references of the cells the paragraph states */
  cells: string[];
}

/** A raw figure as the narrative sees it: exact value, kind for formatting, label and cell. */
export interface NarrativeFigure {
  id: string;
  /** the label written in the workbook (or the framework's label) */
  label: string;
  value: FigureValue;
  /** amount (万元) | rate (fraction) | count | flag | category | score; 'number' when unknown */
  kind: FigureKind | 'number';
  /** unit shown after counts (人/个/项) */
  unit: string;
  /** "Sheet!A1", or null when the figure has no cell */
  cell: string | null;
}

/** A figure the report leaves out, with why (the check's own message). */
export interface SetAsideFigure {
  id: string;
  label: string;
  cell: string;
  why: string;
}

/** Text written in a cell of the indicator table, with where it is. */
export interface CellText {
  text: string;
  cell: string;
}

/** What the workbook's indicator table says about one leaf, beyond its score. */
export interface LeafSource {
  /** the leaf's reference as the scored tree carries it (ScoredLeaf.ref), when known */
  ref?: string;
  /** names from level 1 down to the leaf */
  path: string[];
  /** "Sheet!A1" of the leaf's score cell */
  scoreCell: string | null;
  /** the reason written for the score (扣分理由 / 偏差原因分析及改进措施) */
  reason?: CellText;
  /** the leaf's 评分标准 */
  standard?: CellText;
  /** national form: 年度指标值 and 实际完成值 as written ("≥500人次", "480人次") */
  target?: CellText;
  actual?: CellText;
}

/** The national project form's header facts, as written. */
export interface ProjectHeader {
  name?: CellText;
  department?: CellText;
  implementer?: CellText;
}

/**
 * What a framework declares about its 自评报告 (its `report` block, carried in as data): the narrative
 * reads these instead of knowing any framework, leaf or figure id.
 */
export interface ReportData {
  /**
   * 'department': 预算执行情况, 自评结论, 扣分情况, 存在问题, 改进措施;
   * 'project': 项目资金执行情况, 自评结论, 绩效目标完成情况, 偏差原因, 改进措施.
   */
  form: 'department' | 'project';
  /** what the evaluation is called in the text and the title: 部门整体支出绩效 / 项目支出绩效 */
  evaluationName: string;
  /** project form: the id of the framework leaf scoring the funds' execution (its ScoredLeaf.ruleId) */
  executionLeafId?: string;
  /**
   * project form: the 项目资金 block's figures (年初预算数, 全年预算数, 全年执行数); a leaf reading the
   * executed figure is also taken as the execution leaf.
   */
  funds?: { initial?: string; budget?: string; executed?: string };
  /** per problem kind, the figures stated first (plan before actual, budget before spending) */
  leadFigures?: Readonly<Record<string, readonly string[]>>;
  /**
   * kinds of leaves without their own problemKind, read from the names on the leaf's path (its groups
   * and its own name): the first entry with a name contained in one of them wins.
   */
  groupKinds?: readonly GroupKind[];
}

/** Leaves whose path names contain any of `names` signal problems of `kind`. */
export interface GroupKind {
  names: readonly string[];
  kind: string;
}

/** Everything the narrative needs; built from an Analysis but free of hosts. */
export interface NarrativeInput {
  /** for labelling only: the narrative never branches on it (it reads `report`) */
  frameworkId: string;
  frameworkTitle: string;
  unitName: string | null;
  year: string | null;
  scored: ScoredTree;
  figures: ReadonlyMap<string, NarrativeFigure>;
  leaves: readonly LeafSource[];
  /** labels of figures the framework knows, for naming what is missing */
  figureLabels: Readonly<Record<string, string>>;
  /** how many errors the workbook checks found (the 检查说明 asks for them to be dealt with before submitting) */
  hasErrors: boolean;
  errorCount?: number;
  /**
   * figures the report does not state: a stated rate its own figures cannot give (outside what their
   * rounding allows) or an amount in the wrong unit. They are left out of `figures`, and the 检查说明 names them.
   */
  setAside?: readonly SetAsideFigure[];
  /** the 改进措施 library (data, from the frameworks) */
  measures: MeasureLibrary;
  /** the framework's report data */
  report: ReportData;
  project?: ProjectHeader;
}
