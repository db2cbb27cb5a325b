import { D, type Dec } from '../../engine/decimal';
import type { FoundFigure } from '../read';
import type { CheckContext } from './context';
import { AMOUNT_PARTS } from '../../frameworks/amountRelations';

/** Figures that are the sum of others (budget and spending totals with their parts): one table, in frameworks/. */
export type PartsRelation = (typeof AMOUNT_PARTS)[number];

export interface Member {
  id: string;
  figure: FoundFigure;
  value: Dec;
  tolerance: Dec;
}

/** The relation's figures when all are present and numeric; null otherwise. */
export function members(ctx: CheckContext, rel: PartsRelation): { total: Member; parts: Member[] } | null {
  const get = (id: string): Member | null => {
    const f = ctx.figures.get(id);
    if (!f || typeof f.value === 'string') return null;
    return { id, figure: f, value: f.value, tolerance: f.tolerance ?? new D(0) };
  };
  const total = get(rel.total);
  const parts = rel.parts.map(get);
  if (!total || parts.some((p) => p === null)) return null;
  return { total, parts: parts as Member[] };
}

/** total − Σparts, and the rounding allowance of all the figures together. */
export function gap(total: Member, parts: Member[]): { diff: Dec; tolerance: Dec; partsSum: Dec } {
  const partsSum = parts.reduce<Dec>((acc, p) => acc.plus(p.value), new D(0));
  const tolerance = parts.reduce<Dec>((acc, p) => acc.plus(p.tolerance), total.tolerance);
  return { diff: total.value.minus(partsSum), tolerance, partsSum };
}
