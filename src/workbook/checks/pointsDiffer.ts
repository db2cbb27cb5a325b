import { D } from '../../engine/decimal';
import type { Warning } from './finding';
import { type Check, leafName, warning } from './context';
import { num2 } from './format';

/**
 * POINTS_DIFFER: the table's points for a leaf differ from the framework's fixed-tier rule (the table
 * wins, capped); and a funds block whose 分值 is not the framework's (the national form's 执行率 is
 * worth 10), a warning since the indicators' 90 and the total's 100 follow from it.
 */
export const pointsDiffer: Check = (ctx) => [...tableLeaves(ctx), ...fundsPoints(ctx)];

function fundsPoints(ctx: Parameters<Check>[0]): Warning[] {
  const funds = ctx.layout.funds;
  const leaf = funds ? ctx.layout.leaves.find((l) => l.sheet === funds.sheet && l.row === funds.row) : undefined;
  if (!leaf || leaf.pointsSource !== 'table' || !leaf.frameworkLeaf) return [];
  const expected = new D(leaf.frameworkLeaf.points);
  if (leaf.points.eq(expected)) return [];
  return [
    warning(
      'POINTS_DIFFER',
      'warning',
      leaf.sheet,
      leaf.pointsAddress ?? leaf.nameAddress,
      `项目资金的分值为 ${num2(leaf.points)}，${ctx.framework.title}规定预算执行率 ${num2(expected)} 分：已按表内分值计分，请核对`,
    ),
  ];
}

const tableLeaves: Check = (ctx) =>
  ctx.pointsDiffer.map(({ leaf, frameworkPoints }): Warning =>
    warning(
      'POINTS_DIFFER',
      'info',
      leaf.sheet,
      leaf.pointsAddress ?? leaf.nameAddress,
      `${leafName(leaf)}表内分值 ${num2(leaf.points)} 与指标体系的 ${num2(frameworkPoints)} 不同：按指标体系的评分标准计算，以表内分值封顶`,
    ),
  );
