import { buildNarrative } from '../../../engine/narrative';
import { narrativeInputFromAnalysis, type Analysis } from '../../../workbook/analyse';
import { toJsonReport, type JsonReport } from '../../../workbook';

/** The JSON report of `score --json`, with the 自评报告 paragraphs built from the same analysis. */
export function jsonReport(analysis: Analysis): JsonReport {
  const narrative = buildNarrative(narrativeInputFromAnalysis(analysis)).map((p) => ({ section: p.section, text: p.text }));
  return toJsonReport(analysis, narrative);
}
