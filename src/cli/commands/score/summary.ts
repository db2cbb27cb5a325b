import { isNationalBands, printGradeBands } from '../../../engine/grade';
import { fixed } from '../../../engine/decimal';
import type { ScoredLeaf } from '../../../engine/tree.types';
import { leavesOf } from '../../../engine/treeWalk';
import type { Analysis } from '../../../workbook/analyse';
import type { Warning } from '../../../workbook/checks';
import { sheetCell } from '../../../workbook/read';
import { SEVERITY_ORDER } from '../../shared/severity';
import { SEVERITY_NAMES } from '../../../workbook';
import { formatDataRows } from './dataRows';

/** How many warnings the summary lists one by one (the rest are counted). */
export const LISTED_WARNINGS = 8;

export interface LeafCounts {
  total: number;
  scored: number;
  judgement: number;
  missing: number;
  error: number;
}

export function countLeaves(analysis: Analysis): LeafCounts {
  const leaves = leavesOf(analysis.scored.roots);
  const by = (s: ScoredLeaf['status']) => leaves.filter((l) => l.status === s).length;
  return { total: leaves.length, scored: by('scored'), judgement: by('judgement'), missing: by('missing-input'), error: by('error') };
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
    `三级指标：共 ${counts.total} 项，按规则计算 ${counts.scored} 项，采用自评分（判断）${counts.judgement} 项，缺少数据 ${counts.missing} 项` +
      (counts.error ? `，出错 ${counts.error} 项` : ''),
  );
  const level1 = scored.roots.map((r) => `${r.name} ${fixed(r.score ?? 0)}/${fixed(r.max)}`);
  if (level1.length) lines.push(`一级指标：${level1.join('；')}`);
  let total = `总分：${fixed(scored.total)} / ${fixed(scored.max)}，等级：${scored.grade}`;
  if (scored.percent !== undefined) total += `（满分不是 100，等级按百分制折算 ${fixed(scored.percent)} 分评定）`;
  if (!isNationalBands(scored.gradeBands)) total += `（等级标准 ${printGradeBands(scored.gradeBands)}）`;
  if (scored.capped) total += `（未封顶时 ${fixed(scored.capped.uncapped)}；${scored.capped.reason}）`;
  if (!scored.complete) total += '（不完整：部分指标没有得分）';
  lines.push(total);
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
