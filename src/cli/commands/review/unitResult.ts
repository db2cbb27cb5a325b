import type { GradeBands } from '../../../engine/grade';
import type { IndicatorSettings } from '../../../engine/types';
import * as fs from 'fs';
import type { Dec } from '../../../engine/decimal';
import { gradeFor } from '../../../engine/grade';
import type { Grade } from '../../../engine/tree.types';
import { FileHost, isFileHostError } from '../../../hosts/file';
import { sheetCell } from '../../../workbook/read';
import { analyse } from '../../../workbook/analyse';
import type { Severity } from '../../../workbook/checks';
import { buildReviewModel } from '../../../workbook/review';

export interface UnitWarning {
  code: string;
  severity: Severity;
  /** "Sheet!A1" or the sheet name */
  cell: string;
  message: string;
}

export interface PointLoss {
  path: string[];
  lost: Dec;
}

export interface UnitScored {
  status: 'scored';
  file: string;
  unit: string | null;
  year: string | null;
  table: string;
  framework: string;
  self: Dec | null;
  computed: Dec;
  /** total after the reviews recorded in the workbook; null when it was never reviewed */
  reviewed: Dec | null;
  max: Dec;
  /** grade of the reviewed total when there is one, else of the computed total */
  grade: Grade;
  complete: boolean;
  openDisputes: number;
  counts: Record<Severity, number>;
  losses: PointLoss[];
  warnings: UnitWarning[];
}

export interface UnitFailed {
  status: 'failed' | 'skipped';
  file: string;
  reason: string;
}

export type UnitResult = UnitScored | UnitFailed;

/** How each unit is analysed: the framework to use and run settings from the command line. */
export interface UnitOptions {
  framework?: string;
  settings?: Partial<IndicatorSettings>;
  gradeBands?: GradeBands;
}

/**
 * Reads one unit workbook (its bytes only: the file is never opened for writing), analyses it and
 * reads any review already recorded in it. Every failure becomes a result with a Chinese reason.
 */
export async function reviewUnit(file: string, options: UnitOptions): Promise<UnitResult> {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (err) {
    return { status: 'failed', file, reason: `无法读取文件：${(err as Error).message}` };
  }
  let host: FileHost;
  try {
    host = await FileHost.fromBuffer(bytes, file, { readOnly: true });
  } catch (err) {
    return { status: 'failed', file, reason: isFileHostError(err) ? err.message : `无法读取工作簿：${(err as Error).message}` };
  }
  try {
    return await scoreUnit(file, host, options);
  } catch (err) {
    // a defect of ours on one workbook is reported for that file; the batch goes on
    return { status: 'failed', file, reason: `处理该工作簿时发生内部错误：${(err as Error).message}` };
  }
}

async function scoreUnit(file: string, host: FileHost, options: UnitOptions): Promise<UnitResult> {
  const snapshot = await host.readSnapshot();
  const result = analyse(snapshot, { ...(options.framework ? { framework: options.framework } : {}), ...(options.settings ? { settings: options.settings } : {}), ...(options.gradeBands ? { gradeBands: options.gradeBands } : {}) });
  if (!result.ok) return { status: 'failed', file, reason: result.message };
  const analysis = result.analysis;
  const model = buildReviewModel(analysis);
  const reviewed = model.state.prior.size > 0 ? model.totals.current : null;
  const losses: PointLoss[] = model.leaves
    .filter((l) => l.current !== null)
    .map((l) => ({ path: l.path, lost: l.max.minus(l.current as Dec) }))
    .filter((l) => l.lost.gt(0))
    .sort((a, b) => b.lost.comparedTo(a.lost))
    .slice(0, 3);
  const warnings = [...analysis.warnings, ...model.state.problems].map((w) => ({
    code: w.code,
    severity: w.severity,
    cell: sheetCell(w.sheet, w.address),
    message: w.message,
  }));
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const w of warnings) counts[w.severity] += 1;
  return {
    status: 'scored',
    file,
    unit: analysis.unitName,
    year: analysis.year,
    table: sheetCell(analysis.table.sheet, analysis.table.range),
    framework: analysis.framework.id,
    self: model.totals.self,
    computed: analysis.scored.total,
    reviewed,
    max: analysis.scored.max,
    grade: gradeFor(reviewed ?? analysis.scored.total, analysis.scored.max, analysis.scored.gradeBands),
    complete: analysis.scored.complete,
    openDisputes: model.openDisputes,
    counts,
    losses,
    warnings,
  };
}
