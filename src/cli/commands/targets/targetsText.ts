import { fixed } from '../../../engine/decimal';
import { SEVERITY_NAMES, sheetCell } from '../../../workbook';
import { highestText, TARGET_FINDINGS, type TargetFinding, type TargetReview, type TargetSheet } from '../../../workbook/targets';

/** What `perfscore targets` prints for one 绩效目标表: the form, its findings, the review. */

export function formLines(target: TargetSheet): string[] {
  const kind = target.kind === 'department' ? '部门整体' : '项目';
  const lines = [`绩效目标表：${sheetCell(target.sheet, target.range)}（${kind}，${target.indicators.length} 项指标）`];
  const parts = [
    target.overall ? `${target.overall.label}：${sheetCell(target.sheet, target.overall.cell)}` : '总体目标：未找到',
    ...(target.annual ? [`${target.annual.label}：${sheetCell(target.sheet, target.annual.cell)}`] : []),
    target.budget ? `${target.budget.label}：${target.budget.value.toString()} 万元（${sheetCell(target.sheet, target.budget.cell)}）` : '预算：未找到',
  ];
  lines.push(`  ${parts.join('；')}`);
  return lines;
}

export function findingLines(findings: readonly TargetFinding[]): string[] {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  return [
    `检查发现：${errors} 个错误，${warnings} 个警告`,
    ...findings.map((f) => `  ${SEVERITY_NAMES[f.severity]} ${TARGET_FINDINGS[f.code]}：${f.message}`),
  ];
}

export function reviewLines(review: TargetReview): string[] {
  const lines = [review.exists ? `目标审核（${review.sheet}）：` : `目标审核（尚无审核表；用 --out 写出副本，审核人在“${review.sheet}”表中填写等级和得分）：`];
  for (const c of review.checkpoints) {
    const state = c.state.kind === 'scored' ? `${fixed(c.state.score)} ${c.state.grade}` : c.state.kind === 'pending' ? '待评' : '不能采用';
    const bound = c.bounding.length > 0 ? `，自动检查 ${c.bounding.length} 项，最高 ${highestText(c)}` : '';
    const beside = c.informing.length > 0 ? `，供参考 ${c.informing.length} 项` : '';
    lines.push(`  ${c.checkpoint.part} ${c.checkpoint.name}（${c.checkpoint.points} 分${bound}${beside}）：${state}`);
  }
  const judged = review.checkpoints.filter((c) => c.state.kind === 'scored').length;
  lines.push(review.total !== null ? `  合计：${fixed(review.total)} 分，${review.grade}` : `  合计：待评（已评 ${judged}/${review.checkpoints.length} 项）`);
  for (const p of review.problems) lines.push(`  不能采用：${p}`);
  return lines;
}
