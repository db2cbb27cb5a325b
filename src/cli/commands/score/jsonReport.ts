import { reportOf, type Analysis } from '../../../workbook/analyse';
import { toJsonReport, type JsonReport } from '../../../workbook';

/** The JSON report of `score --json`, with the 自评报告 paragraphs and its 检查说明 built from the same analysis. */
export function jsonReport(analysis: Analysis): JsonReport {
  const { paragraphs, checkNotes } = reportOf(analysis);
  return toJsonReport(analysis, paragraphs, checkNotes);
}
