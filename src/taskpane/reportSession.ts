/**
 * What the 报告 step does, without React: the report's paragraphs and names from an analysis; the
 * 自评报告 sheet's write plan previewed from one read; the write made only if none of the plan's cells
 * changed since that preview (one read, one write), undone through the same check as a score write;
 * and the Word document, whose builder is loaded only when asked for.
 */
import type { Analysis } from '../workbook/analyse';
import type { WorkbookPort, WritePlan } from '../workbook/port';
import { reportOf as reportContent, type ReportContent } from '../workbook/analyse';
import { planReportSheet } from '../workbook/plan';
import { guardedApply, type WriteRefused } from './write/guardedWrite';

export { undoWrite, type UndoOutcome } from './write/guardedWrite';

export interface Report extends ReportContent {
  /** 单位名称＋年度自评报告.docx */
  fileName: string;
}

export interface ReportWritten {
  written: WritePlan;
  sheet: string;
}

/** Characters Windows and macOS refuse in a file name. */
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f]/g;

/** The report of an analysis: the same paragraphs and names as `perfscore report`. */
export function reportOf(analysis: Analysis): Report {
  const year = analysis.year ? `${analysis.year}年度` : '';
  return { ...reportContent(analysis), fileName: `${`${analysis.unitName ?? ''}${year}`.replace(UNSAFE, '')}自评报告.docx` };
}

/** The sheet write as it would be made now: one read of the workbook. */
export async function previewReport(port: WorkbookPort, report: Report): Promise<WritePlan> {
  const snapshot = await port.readSnapshot();
  return planReportSheet(snapshot, report.paragraphs, report.title);
}

/**
 * Writes the previewed plan after reading the workbook once more: if any cell it changes no longer
 * holds what the preview found (or a sheet it adds exists by now), nothing is written and the cells
 * are returned.
 */
export async function writeReport(port: WorkbookPort, plan: WritePlan): Promise<ReportWritten | WriteRefused> {
  const result = await guardedApply(port, plan);
  if ('refused' in result) return result;
  return { written: plan, sheet: plan.changes.find((c) => c.kind === 'cell' || c.kind === 'add-sheet')?.sheet ?? '' };
}

/** The report as a Word document (the docx builder is fetched on first use, in its own chunk). */
export async function reportDocx(analysis: Analysis, report: Report): Promise<Uint8Array> {
  const { buildReportDocx } = await import(/* webpackChunkName: "docx" */ '../report/docxReport');
  return buildReportDocx({ paragraphs: report.paragraphs, scored: analysis.scored, unitName: analysis.unitName, year: analysis.year, kind: report.kind, checkNotes: report.checkNotes });
}
