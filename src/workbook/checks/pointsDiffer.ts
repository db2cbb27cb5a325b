import type { Warning } from './finding';
import { type Check, leafName, warning } from './context';
import { num2 } from './format';

/** POINTS_DIFFER: the table's points for a leaf differ from the framework's fixed-tier rule (the table wins, capped). */
export const pointsDiffer: Check = (ctx) =>
  ctx.pointsDiffer.map(({ leaf, frameworkPoints }): Warning =>
    warning(
      'POINTS_DIFFER',
      'info',
      leaf.sheet,
      leaf.pointsAddress ?? leaf.nameAddress,
      `${leafName(leaf)}表内分值 ${num2(leaf.points)} 与指标体系的 ${num2(frameworkPoints)} 不同：按指标体系的评分标准计算，以表内分值封顶`,
    ),
  );
