import { wan } from '../../engine/decimal';
import { type Check, warning } from './context';
import { isTemplateInstruction } from './templateText';

/**
 * BUDGET_ADJUSTED_UNEXPLAINED: a budget adjusted during the year (年初预算 ≠ 调整后预算数) in a funds block
 * whose own 原因 cell the form's printed rule asks to explain it in ("年中发生预算调整的…应单独说明理由"),
 * while that cell is blank or still holds the printed instructions (大英: 0.00 → 3.36).
 */
export const budgetAdjusted: Check = (ctx) => {
  const adj = ctx.layout.funds?.adjustment;
  const sheet = ctx.layout.funds?.sheet;
  if (!adj || !sheet || adj.initial.eq(adj.adjusted)) return [];
  if (adj.reason !== '' && !isTemplateInstruction(adj.reason)) return [];
  const written = adj.reason === '' ? '为空' : '只有表样的填写说明';
  return [
    warning(
      'BUDGET_ADJUSTED_UNEXPLAINED',
      'warning',
      sheet,
      adj.reasonAddress,
      `工作表“${sheet}”：预算由年初 ${wan(adj.initial)}（${adj.initialAddress}）调整为 ${wan(adj.adjusted)}（${adj.adjustedAddress}），原因栏 ${adj.reasonAddress} ${written}，未单独说明调整理由`,
    ),
  ];
};
