import type { Dec } from '../../engine/decimal';
import type { TargetReading } from '../read';

/** What the reader made of a 绩效运行监控表 (项目支出绩效目标执行监控表, 财预〔2019〕136号). */

/** The 偏差原因 categories of the form, in its column order. */
export const CAUSE_CATEGORIES = ['经费保障', '制度保障', '人员保障', '硬件条件保障', '其他'] as const;
export type CauseCategory = (typeof CAUSE_CATEGORIES)[number];

/** The 完成目标可能性 choices, in the form's column order. */
export const LIKELIHOODS = ['确定能', '有可能', '完全不可能'] as const;
export type Likelihood = (typeof LIKELIHOODS)[number];

/** A number read from a cell, or why it could not be read; null when the cell is empty. */
export type ReadNumber = { ok: true; value: Dec; address: string } | { ok: false; address: string; text: string; message: string } | null;

export interface FundsRow {
  /** the row's label as printed (年度资金总额, 其中：当年财政拨款…) */
  label: string;
  /** 0-based sheet row */
  row: number;
  isTotal: boolean;
  initial: ReadNumber;
  budget: ReadNumber;
  executed: ReadNumber;
  /** the 1–N月执行率 the unit typed, when the form has the column */
  rate: ReadNumber;
  forecast: ReadNumber;
  /** a 备注 / 原因说明 cell of the funds block, when the form has one */
  note: string;
  noteAddress: string | null;
}

export interface Cause {
  /** the categories marked (√ or any text in its column), or written in a single 偏差原因 column */
  categories: CauseCategory[];
  /** 原因说明 */
  explanation: string;
}

export interface IndicatorRowRead {
  row: number;
  level1: string;
  level2: string;
  name: string;
  /** 年度指标值 as printed and as read */
  targetText: string;
  target: TargetReading | null;
  targetAddress: string;
  /** 1–N月执行情况 as printed */
  progressText: string;
  progressAddress: string;
  /** 全年预计完成情况 as printed */
  forecastText: string;
  forecastAddress: string;
  cause: Cause;
  /** the cell the cause belongs in (原因说明, or the first category column) */
  causeAddress: string;
  /** the likelihood marked, null when none; several marks read as none and are noted */
  likelihood: Likelihood | null;
  likelihoodAddress: string;
  /** more than one likelihood marked */
  likelihoodAmbiguous: boolean;
  remark: string;
}

export interface MonitorForm {
  sheet: string;
  /** the whole form (funds block to last indicator row), A1 range: what a write plan is computed from */
  range: string;
  title: string;
  /** the year the form names above its tables ("2025年1-7月"), null when none */
  year: string | null;
  projectName: string;
  /** 主管部门 */
  department: string;
  /** 实施单位 */
  implementer: string;
  /** the last month the 1–N月 figures cover */
  month: number;
  /** where the month came from: the form's headers, the command's --month, or the default 7 */
  monthSource: 'form' | 'given' | 'default';
  funds: FundsRow[];
  /** 0-based sheet row of the funds header, null without a funds block */
  fundsHeaderRow: number | null;
  indicators: IndicatorRowRead[];
  /** 0-based sheet row of the (first) indicator header row */
  indicatorHeaderRow: number;
  /** the last column the form uses (0-based) */
  lastColumn: number;
  /** notes on how the form was read (a month taken as default, a column not found) */
  notes: string[];
}
