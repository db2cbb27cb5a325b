import type { Dec } from '../../engine/decimal';
import type { ScoredLeaf, ScoredTree } from '../../engine/tree.types';
import type { IndicatorSettings } from '../../engine/types';
import type { FigureDef, Framework } from '../../frameworks/types';
import type { DetectedTable, FigureAmbiguity, FigureSuspect, FoundFigure, ParseIssue, LeafLayout, TableLayout } from '../read';
import type { FindingCode, Severity, Warning } from './finding';

/** Everything a check may look at. Checks are pure: context in, warnings out. */
export interface CheckContext {
  table: DetectedTable;
  layout: TableLayout;
  framework: Framework;
  figures: ReadonlyMap<string, FoundFigure>;
  figureDefs: Record<string, FigureDef>;
  scored: ScoredTree;
  /** scored leaves by IndicatorNode.ref */
  leafByRef: ReadonlyMap<string, ScoredLeaf>;
  settings: Partial<IndicatorSettings>;
  issues: ParseIssue[];
  textNumbers: { sheet: string; address: string; text: string; value: Dec; what: string }[];
  pointsDiffer: { leaf: LeafLayout; frameworkPoints: Dec }[];
  /** how the 基础数据 rows were read: ambiguous rows and figures, values that failed plausibility */
  reading?: { ambiguities: FigureAmbiguity[]; suspects: FigureSuspect[] };
}

export type Check = (ctx: CheckContext) => Warning[];

/**
 * An amount written in 元 (or 亿元) read with its digits as 万元 ("2000.41 元" as 2000.41万元): that value
 * and its tolerance, for the checks asking whether a unit error explains a relation. `value` and
 * `tolerance` are the amount as read, in 万元. Null for an amount in 万元 or with no unit, or whose
 * digits already are its value.
 */
export function digitsAsWan(figure: FoundFigure, value: Dec, tolerance: Dec): { value: Dec; tolerance: Dec } | null {
  const written = figure.written;
  if (!written || figure.unit === '万元' || figure.unit === '' || written.isZero() || value.eq(written)) return null;
  return { value: written, tolerance: tolerance.div(value.div(written)) };
}

export function warning(code: FindingCode, severity: Severity, sheet: string, address: string | null, message: string): Warning {
  return { code, severity, sheet, address, message };
}

/** The cell a leaf's findings point at: its score cell, else its name cell. */
export function leafCell(leaf: LeafLayout): string {
  return leaf.scoreAddress ?? leaf.nameAddress;
}

export function leafName(leaf: LeafLayout): string {
  return `“${leaf.path[leaf.path.length - 1]}”`;
}

/** The label of a figure id for messages (基础数据 label, or the id itself). */
export function figureLabel(ctx: CheckContext, id: string): string {
  return ctx.figures.get(id)?.label ?? ctx.figureDefs[id]?.label ?? id;
}
