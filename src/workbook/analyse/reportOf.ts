import { buildCheckNotes, buildNarrative, evaluationName } from '../../engine/narrative';
import type { Paragraph } from '../../engine/narrative';
import type { Analysis } from './analysis.types';
import { narrativeInputFromAnalysis } from './narrativeInput';

/** The 自评报告 of an analysis, as `perfscore report` and the task pane's 报告 step both build it. */
export interface ReportContent {
  paragraphs: Paragraph[];
  /** e.g. 部门整体支出绩效自评报告 */
  kind: string;
  /** the report's title row: unit, year and kind (深圳市…2024年度部门整体支出绩效自评报告) */
  title: string;
  /** 检查说明: the clerk's notes, never part of the report's body (the pane, the JSON and the Word appendix show them) */
  checkNotes: Paragraph[];
}

/** The report's paragraphs and names from an analysis. Pure: reads only what the analysis holds. */
export function reportOf(analysis: Analysis): ReportContent {
  const input = narrativeInputFromAnalysis(analysis);
  const kind = `${evaluationName(input)}自评报告`;
  const year = analysis.year ? `${analysis.year}年度` : '';
  return { paragraphs: buildNarrative(input), kind, title: `${analysis.unitName ?? ''}${year}${kind}`, checkNotes: buildCheckNotes(input) };
}
