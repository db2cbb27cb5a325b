import type { Dec } from '../../engine/decimal';
import type { FigureValue } from '../../engine/types';

/** What reading a workbook yields: the indicator table found and the raw figures located. */

/** Column roles recognised in an indicator table header (0-based column indices). */
export interface TableColumns {
  level1?: number;
  level1Points?: number;
  level2?: number;
  level2Points?: number;
  level3?: number;
  /** points of the leaf (三级 参考分值, or a single 分值 column) */
  points?: number;
  score?: number;
  /**
   * a level-1 group's own score in a column of its own, merged down the group (seed 004's level-2
   * roll-up: 一级指标 | 二级指标 | 得分 | 合计)
   */
  level1Score?: number;
  standard?: number;
  description?: number;
  target?: number;
  /** the target's sign printed in a column of its own (指标性质: "≧", "=", "定性") */
  targetSign?: number;
  /** the target's unit printed in a column of its own (度量单位: "%", "万元") */
  targetUnit?: number;
  actual?: number;
  reason?: number;
  /** our own 系统评分 column, when a previous run wrote it */
  ownScore?: number;
  /** our own 检查提示 column, when a previous run wrote it */
  ownNotes?: number;
  /** our own 得分说明 column, when a previous run wrote it */
  ownExplain?: number;
}

export type TableRowKind = 'leaf' | 'group' | 'total';

export interface TableRow {
  /** 0-based row index in the sheet */
  row: number;
  kind: TableRowKind;
  /** names from level 1 down to this row's own level (carried down through merged/blank cells) */
  path: string[];
  /** a leaf's points printed inside its name ("相关性(5分)"), for a table that has no points cell for it */
  namePoints?: Dec;
  /**
   * A leaf printed out of its columns (a PDF conversion glitch), repaired: its own name, 分值 and 得分
   * columns (they override the table's for this row) and the level whose column held its name.
   */
  shifted?: { columns: Partial<TableColumns>; fromLevel: number };
}

/** A group of the workbook's own tree (一级 / 二级), with the cells that state its points and score. */
export interface DetectedGroup {
  path: string[];
  /** 0-based row where the group's name (or its own row) appears */
  row: number;
  /** cell stating the group's max points (a level 参考分值 column, or the 分值 cell of a group row) */
  pointsCell?: { row: number; col: number };
  /** cell stating the group's score (only on a group's own row) */
  scoreCell?: { row: number; col: number };
  /** the group's points printed inside its name ("产出指标（50分）", "(20分)") */
  namePoints?: Dec;
}

export interface DetectedTable {
  sheet: string;
  /** A1 range covering header and body, e.g. "A3:I40" */
  range: string;
  /** 0-based indices of the header rows (all of them, including repeated headers mid-table) */
  headerRows: number[];
  columns: TableColumns;
  rows: TableRow[];
  /** how well the header matched, for choosing between sheets */
  confidence: number;
  /** groups with their own cells (level points columns or group rows) */
  groups: DetectedGroup[];
  /** the last column of the table (0-based), our own columns excluded */
  lastColumn: number;
  /** 0-based rows inside the table holding values but no indicator name: not read, not scored */
  unreadRows: number[];
}

/** A raw figure located in the workbook (基础数据 sheet or elsewhere). */
export interface FoundFigure {
  id: string;
  label: string;
  value: FigureValue;
  /** unit as written (元/万元/亿元/%/人…); amounts are normalised to 万元 in `value` */
  unit: string;
  sheet: string;
  address: string;
  /** the cell's text as read, for messages */
  source: string;
  /** half of the last written digit, in the unit of `value` (±0.005 for "5.34"; 0 for counts and flags) */
  tolerance?: Dec;
  /** the number as written, before unit normalisation (2000.41 for "2000.41 元") */
  written?: Dec;
  /** a host number of 1.5 or less read as a fraction with no % format to confirm it (0.89 → 89%, not 0.89%) */
  rateScaleAssumed?: boolean;
  /** the host could not read the cell's number format (some WPS builds): whether it has a % format is unknown */
  formatUnread?: boolean;
  /** why such a number was read as a fraction although its row says % (its neighbours, its series) */
  scaleReason?: string;
  /** how the figure's cell was found: by its label's words, the row above, elimination, or a binding in the settings */
  how?: 'label' | 'context' | 'elimination' | 'setting';
}

/** How one row of a 基础数据 sheet was used. */
export type RowUse =
  | 'used' // its value is the figure
  | 'empty' // names the figure; no value given
  | 'ambiguous' // could be several figures (a finding when it holds a value)
  | 'duplicate' // names a figure another row names too (a finding)
  | 'unbound' // names a figure the settings unbind ("none")
  | 'superseded' // names a figure the settings bind to another cell
  | 'unreadable' // names the figure; its value cannot be read (a finding)
  | 'implausible' // names the figure; its value failed the plausibility checks (a finding)
  | 'info' // 单位名称, 年度
  | 'unrecognised'; // names none of our figures

export interface DataRowUse {
  sheet: string;
  /** 0-based row */
  row: number;
  /** the label's cell (for a binding: the bound cell) */
  labelAddress: string;
  valueAddress: string;
  /** the label as written */
  label: string;
  use: RowUse;
  figure?: string;
  how?: 'label' | 'context' | 'elimination' | 'setting';
  /** the figures it could be (ambiguous) */
  candidates?: string[];
  /** the nearest figures, best first (unrecognised) */
  nearest?: string[];
}

/** Two rows that could be one figure, or one row that could be several: reported, never chosen silently. */
export type FigureAmbiguity =
  | { kind: 'row'; sheet: string; address: string; label: string; candidates: string[] }
  | { kind: 'figure'; figure: string; cells: { sheet: string; address: string; label: string; source: string }[]; used: boolean };

/** A figure's value that failed a plausibility check, with the Chinese message naming its cell. */
export interface FigureSuspect {
  code: 'UNIT_MISMATCH' | 'RATE_IMPLAUSIBLE' | 'DATE_NUMBER_MIXED';
  severity: 'error' | 'warning';
  sheet: string;
  address: string;
  figure: string;
  message: string;
}
