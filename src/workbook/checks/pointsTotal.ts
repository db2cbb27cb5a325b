import { TABLE_ONLY_FRAMEWORK } from '../../frameworks/tableOnly';
import { type Check, warning } from './context';
import { num2 } from './format';
import { isNationalProjectForm } from '../forms';

/**
 * POINTS_TOTAL_NOT_100: the department and national forms are scored out of 100. When the table's
 * level-1 points (or its leaves', where no level-1 points are stated) add up to anything else, the
 * table is misread or mistyped; the grade is then given on the percentage score ÷ max × 100. With
 * some leaves' points not printed the sum is unknown, and nothing is said of it.
 */
export const pointsTotal: Check = (ctx) => {
  const { scored, layout, table } = ctx;
  if (ctx.framework.id === TABLE_ONLY_FRAMEWORK.id || scored.max.eq(100) || scored.roots.length === 0) return [];
  // a sum that leaves out points the form does not print says nothing (UNVERIFIED_SCORE names those rows)
  if (layout.leaves.some((l) => l.pointsSource === 'none')) return [];
  const level1Stated = layout.groups.some((g) => g.path.length === 1 && g.statedPoints !== null);
  const what = level1Stated ? '一级指标分值合计' : '各指标分值合计';
  const grading =
    scored.percent !== undefined
      ? `等级按得分率折算为百分制评定：${num2(scored.total)} ÷ ${num2(scored.max)} × 100 = ${num2(scored.percent)} 分，等级“${scored.grade}”`
      : '无法折算百分制评定等级';
  // a national form's indicators carry 90 beside the funds block's 10; a cut page may show only the 90
  if (isNationalProjectForm(ctx.framework) && !layout.funds && scored.max.eq(90)) {
    return [warning('POINTS_TOTAL_NOT_100', 'info', layout.sheet, null, `指标表（${table.sheet}!${table.range}）各指标分值合计为 90.00 分，表中未见预算执行率（10 分）；${grading}`)];
  }
  const at = layout.total?.pointsAddress ?? layout.groups.find((g) => g.path.length === 1 && g.pointsAddress)?.pointsAddress ?? null;
  return [
    warning(
      'POINTS_TOTAL_NOT_100',
      'error',
      layout.sheet,
      at,
      `指标表（${table.sheet}!${table.range}）${what}为 ${num2(scored.max)} 分，不是 100 分：请核对各指标的分值列；${grading}`,
    ),
  ];
};
