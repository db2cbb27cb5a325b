import { D } from '../../engine/decimal';
import type { Warning } from './finding';
import { type Check, leafName, warning } from './context';
import { num2 } from './format';
import { toA1 } from '../read';

/**
 * POINTS_DIFFER: the table's points for a leaf differ from the framework's fixed-tier rule (the table
 * wins, capped); and a funds block whose 分值 is not the framework's (the national form's 执行率 is
 * worth 10), a warning since the indicators' 90 and the total's 100 follow from it; and a level-1
 * group whose points differ from those the form's own printed 注 sets (中江: 产出指标(70分) under a note
 * "一级指标分值统一设置为:产出指标50分、效益指标30分…").
 */
export const pointsDiffer: Check = (ctx) => [...tableLeaves(ctx), ...fundsPoints(ctx), ...notedLevel1Points(ctx)];

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

/** The level-1 points a printed 注 sets: name → points, from its "一级指标分值…为:…" list. */
function notedPoints(text: string): Map<string, string> {
  const t = text.normalize('NFKC');
  const m = /一级指标分值[^:]*:([^,;。]*)/.exec(t);
  const out = new Map<string, string>();
  for (const p of m ? m[1].matchAll(/([\u4e00-\u9fa5]+?)(\d+(?:\.\d+)?)分/g) : []) out.set(p[1], p[2]);
  return out;
}

function notedLevel1Points(ctx: Parameters<Check>[0]): Warning[] {
  const out: Warning[] = [];
  const level1 = ctx.table.columns.level1;
  for (const note of (ctx.layout.narratives ?? []).filter((n) => n.label === '注')) {
    const noted = notedPoints(note.text);
    for (const g of ctx.layout.groups) {
      const name = g.path[0];
      const points = noted.get(name);
      if (g.path.length !== 1 || points === undefined || g.statedPoints === null || g.statedPoints.eq(points)) continue;
      const at = g.pointsAddress ?? (g.row !== null && level1 !== undefined ? toA1(g.row, level1) : null);
      out.push(
        warning('POINTS_DIFFER', 'warning', g.sheet, at, `“${name}”分值 ${num2(g.statedPoints)} 与表下注明的一级指标分值 ${num2(new D(points))} 分（${note.sheet}!${note.address}）不同，请核对`),
      );
    }
  }
  return out;
}
