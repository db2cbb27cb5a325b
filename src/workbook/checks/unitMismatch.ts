import { wan } from '../../engine/decimal';
import type { Warning } from '../analysis.types';
import { type Check, type CheckContext, figureLabel, warning } from './context';
import { gap, members, type Member, PARTS_RELATIONS, type PartsRelation } from './partsRelations';
import { num2 } from './format';

/**
 * UNIT_MISMATCH: an amount off by a unit factor — written in 元 (or 亿元) where its relation only holds
 * if the same digits are 万元 (seed 000: 支出 “2000.41 元” whose parts 566.25 + 1434.16 万元 sum to 2000.41).
 */

/** The member that, read as 万元 with the digits as written, makes the relation hold; null if none. */
export function unitSuspect(ctx: CheckContext, rel: PartsRelation): { member: Member; asWan: Member; total: Member; parts: Member[] } | null {
  const m = members(ctx, rel);
  if (!m) return null;
  const now = gap(m.total, m.parts);
  if (now.diff.abs().lte(now.tolerance)) return null;
  for (const member of [m.total, ...m.parts]) {
    const written = member.figure.written;
    if (!written || member.figure.unit === '万元' || member.figure.unit === '' || member.value.eq(written)) continue;
    const factor = member.value.div(written);
    const asWan: Member = { ...member, value: written, tolerance: member.tolerance.div(factor) };
    const total = member === m.total ? asWan : m.total;
    const parts = m.parts.map((p) => (p === member ? asWan : p));
    const fixed = gap(total, parts);
    if (fixed.diff.abs().lte(fixed.tolerance)) return { member, asWan, total, parts };
  }
  return null;
}

export const unitMismatch: Check = (ctx) => {
  const out: Warning[] = [];
  for (const rel of PARTS_RELATIONS) {
    const s = unitSuspect(ctx, rel);
    if (!s) continue;
    const f = s.member.figure;
    const partsText = s.parts.map((p) => (p === s.asWan ? `${num2(p.value)}（${f.unit}）` : wan(p.value))).join(' + ');
    const totalText = s.total === s.asWan ? `${num2(s.total.value)}${f.unit}` : wan(s.total.value);
    out.push(
      warning(
        'UNIT_MISMATCH',
        'error',
        f.sheet,
        f.address,
        `“${figureLabel(ctx, s.member.id)}”写为 ${num2(s.member.figure.written ?? s.member.value)}${f.unit}，但${s.total === s.asWan ? `其组成部分 ${partsText} = ${wan(gap(s.total, s.parts).partsSum)}` : `${totalText} = ${partsText}`}：数字一致而单位不同，应为万元`,
      ),
    );
  }
  return out;
};
