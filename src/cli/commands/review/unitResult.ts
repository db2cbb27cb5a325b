import type { GradeBands } from '../../../engine/grade';
import type { IndicatorSettings } from '../../../engine/types';
import * as fs from 'fs';
import { fixed, type Dec } from '../../../engine/decimal';
import { gradeFor } from '../../../engine/grade';
import type { Grade } from '../../../engine/tree.types';
import { FileHost, isFileHostError } from '../../../hosts/file';
import { sheetCell } from '../../../workbook/read';
import { analyse } from '../../../workbook/analyse';
import type { FindingCode, Severity } from '../../../workbook/checks';
import { buildReviewModel, redFlagsOf, riskOf, type RedFlag } from '../../../workbook/review';
import { unitNameOf } from './unitName';

/**
 * One unit's line in the summary, as plain data (decimals as strings with two places): it crosses
 * from a worker thread to the summary writer by structured clone, and is written out as it arrives.
 */

export interface UnitWarning {
  code: FindingCode;
  severity: Severity;
  /** "Sheet!A1" or the sheet name */
  cell: string;
  message: string;
}

export interface PointLoss {
  path: string[];
  lost: string;
}

export interface UnitScored {
  status: 'scored';
  file: string;
  unit: string | null;
  year: string | null;
  table: string;
  framework: string;
  /** the unit's own total of its self-scores; null when some self-score is missing */
  self: string | null;
  computed: string;
  /** the unit's claimed total minus the computed one; null without a claimed total */
  selfMinusComputed: string | null;
  /** total after the reviews recorded in the workbook; null when it was never reviewed */
  reviewed: string | null;
  max: string;
  /** grade of the reviewed total when there is one, else of the computed total */
  grade: Grade;
  complete: boolean;
  openDisputes: number;
  counts: Record<Severity, number>;
  losses: PointLoss[];
  warnings: UnitWarning[];
  /** the signs reviewers look for (抽评), heaviest first, and their weights' sum */
  redFlags: RedFlag[];
  risk: number;
}

export interface UnitFailed {
  status: 'failed' | 'skipped';
  file: string;
  reason: string;
  /** Chinese: what the user can do about it, when anything */
  action?: string;
}

export type UnitResult = UnitScored | UnitFailed;

/** How each unit is analysed: the framework to use and run settings from the command line. */
export interface UnitOptions {
  framework?: string;
  settings?: Partial<IndicatorSettings>;
  gradeBands?: GradeBands;
}

/** What to do about a workbook that could not be read, by why. */
function actionFor(err: unknown): string {
  if (!isFileHostError(err)) return '请在 Excel 或 WPS 中打开该文件，确认能正常打开后另存为 .xlsx 再审核';
  switch (err.code) {
    case 'legacy-xls':
      return '请在 Excel 或 WPS 中打开，另存为 .xlsx（Excel 工作簿）后重新审核';
    case 'encrypted':
      return '请在 Excel 或 WPS 中取消打开密码后另存，再重新审核';
    case 'corrupt':
    case 'not-xlsx':
      return '请向单位索取完好的 .xlsx 文件，或在 Excel/WPS 中打开并另存为 .xlsx 后重新审核';
    default:
      return '请确认文件存在且有读取权限后重新审核';
  }
}

/**
 * Reads one unit workbook (its bytes only: the file is never opened for writing), analyses it and
 * reads any review already recorded in it. Every failure becomes a result with a Chinese reason and
 * what to do about it.
 */
export async function reviewUnit(file: string, options: UnitOptions): Promise<UnitResult> {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (err) {
    return { status: 'failed', file, reason: `无法读取文件：${(err as Error).message}`, action: '请确认文件存在且有读取权限后重新审核' };
  }
  let host: FileHost;
  try {
    host = await FileHost.fromBuffer(bytes, file, { readOnly: true });
  } catch (err) {
    return { status: 'failed', file, reason: isFileHostError(err) ? err.message : `无法读取工作簿：${(err as Error).message}`, action: actionFor(err) };
  }
  try {
    return await scoreUnit(file, host, options);
  } catch (err) {
    // a defect of ours on one workbook is reported for that file; the batch goes on
    return { status: 'failed', file, reason: `处理该工作簿时发生内部错误：${(err as Error).message}`, action: '请把该文件反馈给维护人员' };
  }
}

async function scoreUnit(file: string, host: FileHost, options: UnitOptions): Promise<UnitResult> {
  const snapshot = await host.readSnapshot();
  const result = analyse(snapshot, { ...(options.framework ? { framework: options.framework } : {}), ...(options.settings ? { settings: options.settings } : {}), ...(options.gradeBands ? { gradeBands: options.gradeBands } : {}) });
  if (!result.ok) return { status: 'failed', file, reason: result.message, action: '请确认工作簿中有指标评分表（一级/二级/三级指标、分值、得分）后重新审核' };
  const analysis = result.analysis;
  const model = buildReviewModel(analysis);
  const reviewed = model.state.prior.size > 0 ? model.totals.current : null;
  const losses: PointLoss[] = model.leaves
    .filter((l) => l.current !== null)
    .map((l) => ({ path: l.path, lost: l.max.minus(l.current as Dec) }))
    .filter((l) => l.lost.gt(0))
    .sort((a, b) => b.lost.comparedTo(a.lost))
    .slice(0, 3)
    .map((l) => ({ path: l.path, lost: fixed(l.lost) }));
  const warnings: UnitWarning[] = [...analysis.warnings, ...model.state.problems].map((w) => ({
    code: w.code,
    severity: w.severity,
    cell: sheetCell(w.sheet, w.address),
    message: w.message,
  }));
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const w of warnings) counts[w.severity] += 1;
  const self = model.totals.self;
  const computed = analysis.scored.total;
  const redFlags = redFlagsOf(analysis);
  return {
    status: 'scored',
    file,
    unit: unitNameOf(analysis),
    year: analysis.year,
    table: sheetCell(analysis.table.sheet, analysis.table.range),
    framework: analysis.framework.id,
    self: self === null ? null : fixed(self),
    computed: fixed(computed),
    selfMinusComputed: self === null ? null : fixed(self.minus(computed)),
    reviewed: reviewed === null ? null : fixed(reviewed),
    max: fixed(analysis.scored.max),
    grade: gradeFor(reviewed ?? computed, analysis.scored.max, analysis.scored.gradeBands),
    complete: analysis.scored.complete,
    openDisputes: model.openDisputes,
    counts,
    losses,
    warnings,
    redFlags,
    risk: riskOf(redFlags),
  };
}
