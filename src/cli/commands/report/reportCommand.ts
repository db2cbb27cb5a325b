import type { GradeBands } from '../../../engine/grade';
import { fixed } from '../../../engine/decimal';
import type { Paragraph } from '../../../engine/narrative';
import type { IndicatorSettings } from '../../../engine/types';
import { FRAMEWORKS } from '../../../frameworks';
import { FileHost, isFileHostError } from '../../../hosts/file';
import { analyse, claimedTotal, claimedTotalText, computedTotalText, reportOf } from '../../../workbook/analyse';
import { planReportSheet } from '../../../workbook/plan';
import { copyWarning } from '../../shared/copyWarning';
import { CliInputError, EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK } from '../../shared/errors';
import { processIo, type CliIo } from '../../shared/io';
import { cleanIo } from '../../shared/terminalText';
import { outputsProblem, type OutputTarget } from '../../shared/outputsApart';
import { writeOutputFile } from '../../shared/writeOutput';

export interface ReportArgs {
  input: string;
  /** Word document to write */
  docx?: string;
  /** a copy of the workbook with the 自评报告 sheet */
  out?: string;
  /** the paragraphs as JSON */
  json?: string;
  /** run settings from the command line (e.g. --over-achievement) */
  settings?: Partial<IndicatorSettings>;
  /** grade bands from the command line (--grade-bands) */
  gradeBands?: GradeBands;
  framework?: string;
  sheet?: string;
}

/** "预算执行情况 3 段、自评结论 1 段…" in section order. */
function sectionCounts(paragraphs: readonly Paragraph[]): string {
  const counts = new Map<string, number>();
  for (const p of paragraphs) counts.set(p.section, (counts.get(p.section) ?? 0) + 1);
  return [...counts].map(([s, n]) => `${s} ${n} 段`).join('、');
}

/** The report as plain text: section headings, then paragraphs. */
function plainText(paragraphs: readonly Paragraph[]): string {
  const lines: string[] = [];
  let section = '';
  for (const p of paragraphs) {
    if (p.section !== section) {
      section = p.section;
      lines.push('', `【${section}】`);
    }
    lines.push(p.text);
  }
  return `${lines.join('\n').trim()}\n`;
}

/** `perfscore report`: the 自评报告 as Word, as a sheet in a copy of the workbook, or as JSON. */
export async function reportCommand(args: ReportArgs, streams: CliIo = processIo): Promise<number> {
  const io = cleanIo(streams);
  try {
    if (!args.input || args.input.trim() === '') {
      io.stderr('请给出工作簿文件（perfscore report --help 查看用法）\n');
      return EXIT_BAD_INPUT;
    }
    const outputs: OutputTarget[] = [
      ...(args.docx !== undefined ? [{ option: 'docx', file: args.docx, ext: '.docx' }] : []),
      ...(args.out !== undefined ? [{ option: 'out', file: args.out, ext: '.xlsx' }] : []),
      ...(args.json !== undefined ? [{ option: 'json', file: args.json, ext: '.json' }] : []),
    ];
    const problem = outputsProblem([args.input], outputs);
    if (problem) {
      io.stderr(`${problem}\n`);
      return EXIT_BAD_INPUT;
    }
    if (args.framework !== undefined && !FRAMEWORKS.some((f) => f.id === args.framework)) {
      io.stderr(`未知的评分框架“${args.framework}”。可用：${FRAMEWORKS.map((f) => f.id).join('、')}\n`);
      return EXIT_BAD_INPUT;
    }

    const host = await FileHost.open(args.input);
    const snapshot = await host.readSnapshot();
    const result = analyse(snapshot, {
      ...(args.framework ? { framework: args.framework } : {}),
      ...(args.sheet ? { sheet: args.sheet } : {}),
      ...(args.settings ? { settings: args.settings } : {}),
      ...(args.gradeBands ? { gradeBands: args.gradeBands } : {}),
    });
    if (!result.ok) {
      io.stderr(`${args.input}：${result.message}\n`);
      return EXIT_BAD_INPUT;
    }
    const analysis = result.analysis;
    const { paragraphs, kind, title, checkNotes } = reportOf(analysis);

    const lines = [
      `文件：${args.input}`,
      `总分：${computedTotalText(analysis)}`,
      `单位自评总分：${claimedTotalText(analysis)}`,
      `报告段落：共 ${paragraphs.length} 段（${sectionCounts(paragraphs)}）`,
      `检查说明：${checkNotes.length} 条${checkNotes.length ? '（不属于报告正文；Word 文档附在末尾，JSON 中为 checkNotes）' : ''}`,
    ];
    if (args.docx) {
      // the Word library is loaded only when a Word file is asked for
      const { buildReportDocx } = await import('../../../report/docxReport');
      const bytes = await buildReportDocx({ paragraphs, scored: analysis.scored, unitName: analysis.unitName, year: analysis.year, kind, checkNotes });
      writeOutputFile(args.docx, bytes);
      lines.push(`已写出 Word 文档：${args.docx}`);
    }
    if (args.out) {
      const plan = planReportSheet(snapshot, paragraphs, title);
      const { skipped } = await host.applyPlan(plan);
      await host.saveAs(args.out);
      lines.push(`已写出工作簿：${args.out}（${plan.title}）`);
      for (const note of skipped) io.stderr(`注意：${note}\n`);
    }
    if (args.json) {
      const json = {
        file: args.input,
        unitName: analysis.unitName,
        year: analysis.year,
        framework: analysis.framework.id,
        total: fixed(analysis.scored.total),
        grade: analysis.scored.complete ? analysis.scored.grade : '不完整',
        complete: analysis.scored.complete,
        claimedTotal: claimedTotal(analysis),
        narrative: paragraphs,
        checkNotes,
      };
      writeOutputFile(args.json, `${JSON.stringify(json, null, 2)}\n`);
      lines.push(`已写出 JSON：${args.json}`);
    }
    if (!args.docx && !args.out && !args.json) io.stdout(plainText([...paragraphs, ...checkNotes]));
    io.stdout(`${lines.join('\n')}\n`);
    const warning = args.out ? copyWarning(host) : null;
    if (warning !== null) io.stderr(`${warning}\n`);
    return EXIT_OK;
  } catch (err) {
    if (isFileHostError(err) || err instanceof CliInputError) {
      io.stderr(`${err.message}\n`);
      return EXIT_BAD_INPUT;
    }
    io.stderr(`生成自评报告失败：${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT_INTERNAL;
  }
}
