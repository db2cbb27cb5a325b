import type { GradeBands } from '../../engine/grade';
import type { IndicatorSettings } from '../../engine/types';
import type { ScoredTree } from '../../engine/tree.types';
import type { FigureDef, Framework } from '../../frameworks/types';
import type { TableLayout, WorkbookSettings, DetectedTable, FoundFigure, DataRowUse } from '../read';
import type { WorkbookSnapshot } from '../port';
import type { Warning } from '../checks';

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
  /** leaf path key (names joined by “/”) → framework leaf id or 'none'; merged over the workbook's own */
  overrides?: Record<string, string>;
  /** apply the framework's cap of the total by execution rate (national form, a local rule) */
  executionCaps?: boolean;
  /** grade bands for this run, over the workbook's own setting */
  gradeBands?: GradeBands;
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
  /** where each leaf, group and total lives, with the values read there */
  layout: TableLayout;
  /** Chinese notes on the choices made (which sheet, which framework) */
  notes: string[];
  /** settings read from the workbook's hidden settings sheet (the defaults of this run) */
  settings: WorkbookSettings;
  /** the figure definitions in use (the framework's over the common ones) */
  figureDefs: Record<string, FigureDef>;
  /** every row of the 基础数据 sheets (and each cell bound in the settings): the figure it gives, or why none */
  figureRows: DataRowUse[];
}

export type AnalyseResult = { ok: true; analysis: Analysis } | { ok: false; message: string };
