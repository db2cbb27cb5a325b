/**
 * The one place the command line reaches into the workbook layer and the narrative builder:
 * analyse a snapshot, plan the scored write and the 基础数据 template, build the JSON report.
 */
import { buildNarrative } from '../engine/narrative';
import { narrativeInputFromAnalysis } from '../workbook/analyse';
import { toJsonReport, type JsonReport } from '../workbook';
import type { Analysis } from '../workbook/analyse';

export { analyse, planScoreWrite, planTemplate } from '../workbook';

/** The JSON report with the 自评报告 paragraphs built from the same analysis. */
export function jsonReport(analysis: Analysis): JsonReport {
  const narrative = buildNarrative(narrativeInputFromAnalysis(analysis)).map((p) => ({ section: p.section, text: p.text }));
  return toJsonReport(analysis, narrative);
}
