import { isNationalBands, printGradeBands } from '../../../engine/grade';
import { fixed } from '../../../engine/decimal';
import type { ScoreBasis } from '../../../engine/tree.types';
import { leavesOf } from '../../../engine/treeWalk';
import { claimedTotalText, computedTotalText, type Analysis } from '../../../workbook/analyse';
import type { Warning } from '../../../workbook/checks';
import { sheetCell } from '../../../workbook/read';
import { SEVERITY_ORDER } from '../../shared/severity';
import { SEVERITY_NAMES } from '../../../workbook';
import { formatDataRows } from './dataRows';

/** How many warnings the summary lists one by one (the rest are counted). */
export const LISTED_WARNINGS = 8;

export interface LeafCounts {
  total: number;
  /** by how each score was obtained (计算 / 自评核验 / 判断 / 缺数据) */
  computed: number;
  checked: number;
  judgement: number;
  missing: number;
  /** leaves whose rule failed, counted within the four above */
  error: number;
}

export function countLeaves(analysis: Analysis): LeafCounts {
  const leaves = leavesOf(analysis.scored.roots);
  const by = (b: ScoreBasis) => leaves.filter((l) => l.basis === b).length;
  return { total: leaves.length, computed: by('计算'), checked: by('自评核验'), judgement: by('判断'), missing: by('缺数据'), error: leaves.filter((l) => l.status === 'error').length };
}

export function sortedWarnings(warnings: Warning[]): Warning[] {
  return [...warnings].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
}

/** The short Chinese summary `perfscore score` prints. */
export function formatSummary(file: string, analysis: Analysis): string {
  const { table, framework, scored } = analysis;
  const counts = countLeaves(analysis);
  const lines: string[] = [];
  lines.push(`文件：${file}`);
  if (analysis.unitName || analysis.year) {
    // a year alone would read as the unit's name
    lines.push(`单位：${[analysis.unitName || '（工作簿未注明）', analysis.year ? `${analysis.year}年度` : null].filter(Boolean).join('，')}`);
  }
  lines.push(`指标表：${table.sheet}!${table.range}`);
  lines.push(`评分框架：${framework.title}（${framework.id}）`);
  // How the table and framework were chosen, and any other candidate table the user may want instead.
  for (const note of analysis.notes) lines.push(`说明：${note}`);
  lines.push(
    `三级指标：共 ${counts.total} 项，计算 ${counts.computed} 项，自评核验 ${counts.checked} 项，判断（采用自评分，未核验）${counts.judgement} 项，缺数据 ${counts.missing} 项` +
      (counts.error ? `（其中计分出错 ${counts.error} 项）` : ''),
  );
  const level1 = scored.roots.map((r) => `${r.name} ${fixed(r.score ?? 0)}/${fixed(r.max)}`);
  if (level1.length) lines.push(`一级指标：${level1.join('；')}`);
  // a table with blank scores has no grade: its total says 不完整
  let total = `总分：${computedTotalText(analysis)}`;
  if (scored.complete && scored.percent !== undefined) total += `（满分不是 100，等级按百分制折算 ${fixed(scored.percent)} 分评定）`;
  if (scored.complete && !isNationalBands(scored.gradeBands)) total += `（等级标准 ${printGradeBands(scored.gradeBands)}）`;
  if (scored.capped) total += `（未封顶时 ${fixed(scored.capped.uncapped)}；${scored.capped.reason}）`;
  // rows whose 分值 the form does not print carry the unit's score unchecked: the total rests on them
  const unknownPoints = scored.restsOnUnknownPoints ?? [];
  if (unknownPoints.length > 0) total += `（含 ${unknownPoints.length} 个分值未知指标的填报得分，未经核验，等级仅供参考）`;
  lines.push(total);
  lines.push(`单位自评总分：${claimedTotalText(analysis)}`);
  const bySeverity = SEVERITY_ORDER.map((s) => `${SEVERITY_NAMES[s]} ${analysis.warnings.filter((w) => w.severity === s).length} 条`);
  lines.push(`检查：${bySeverity.join('，')}`);
  const sorted = sortedWarnings(analysis.warnings);
  for (const w of sorted.slice(0, LISTED_WARNINGS)) {
    lines.push(`  [${SEVERITY_NAMES[w.severity]}] ${sheetCell(w.sheet, w.address)} ${w.message}`);
  }
  if (sorted.length > LISTED_WARNINGS) lines.push(`  …另有 ${sorted.length - LISTED_WARNINGS} 条，见 --json 报告或 --out 副本中的“检查结果”表`);
  // every 基础数据 row accounted for: used, or listed with why not
  lines.push(...formatDataRows(analysis));
  return `${lines.join('\n')}\n`;
}
