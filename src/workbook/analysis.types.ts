import type { FigureValue, IndicatorSettings } from '../engine/types';
import type { ScoredTree } from '../engine/tree.types';
import type { Framework } from '../frameworks/types';
import type { WorkbookSnapshot } from './port';

export type Severity = 'error' | 'warning' | 'info';

/** A finding about the workbook: code, severity, where, and a Chinese message that states the figures. */
export interface Warning {
  code: string;
  severity: Severity;
  sheet: string;
  /** A1 address of the cell, or null for a sheet-wide finding */
  address: string | null;
  message: string;
}

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
  standard?: number;
  description?: number;
  target?: number;
  actual?: number;
  reason?: number;
}

export type TableRowKind = 'leaf' | 'group' | 'total';

export interface TableRow {
  /** 0-based row index in the sheet */
  row: number;
  kind: TableRowKind;
  /** names from level 1 down to this row's own level (carried down through merged/blank cells) */
  path: string[];
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
}

export interface LeafMatch {
  path: string[];
  sheet: string;
  /** A1 address of the leaf's score cell (or name cell when the table has no score column) */
  scoreCell: string;
  /** framework leaf id, or null when no rule is known for this name */
  ruleId: string | null;
}

export interface AnalyseOptions {
  /** framework id; by default the best match for the table's leaf names */
  framework?: string;
  /** sheet holding the indicator table; by default the best match */
  sheet?: string;
  settings?: Partial<IndicatorSettings>;
}

export interface Analysis {
  snapshot: WorkbookSnapshot;
  table: DetectedTable;
  framework: Framework;
  matches: LeafMatch[];
  figures: Map<string, FoundFigure>;
  scored: ScoredTree;
  warnings: Warning[];
  /** the unit's name and the year, when the workbook states them */
  unitName: string | null;
  year: string | null;
}

export type AnalyseResult = { ok: true; analysis: Analysis } | { ok: false; message: string };
