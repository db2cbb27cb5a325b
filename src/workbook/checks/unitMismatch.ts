import { percent, thousands, wan } from '../../engine/decimal';
import type { Warning } from './finding';
import { readIndicatorValues, readTarget } from '../read';
import { type Check, type CheckContext, digitsAsWan, figureLabel, leafName, warning } from './context';
import { RATE_RELATIONS, rateUnitSuspect } from './rateInconsistent';
import { gap, members, type Member, type PartsRelation } from './partsRelations';
import { AMOUNT_PARTS } from '../../frameworks/amountRelations';
import { num2 } from './format';

/**
 * UNIT_MISMATCH: an amount off by a unit factor — written in 元 (or 亿元) where its relation only holds
 * if the same digits are 万元: a parts relation (seed 000: 支出 “2000.41 元” whose parts 566.25 + 1434.16
 * 万元 sum to 2000.41) or a stated rate (seed 003: “8,971.00 is 15.33% only if it is 万元”); and a national
 * row whose 实际完成值 is in another unit than its 年度指标值 (人次 against 天). One finding per cell.
 */

/** The member that, read as 万元 with the digits as written, makes the relation hold; null if none. */
export function unitSuspect(ctx: CheckContext, rel: PartsRelation): { member: Member; asWan: Member; total: Member; parts: Member[] } | null {
  const m = members(ctx, rel);
  if (!m) return null;
  const now = gap(m.total, m.parts);
  if (now.diff.abs().lte(now.tolerance)) return null;
  for (const member of [m.total, ...m.parts]) {
    const wanReading = digitsAsWan(member.figure, member.value, member.tolerance);
    if (!wanReading) continue;
    const asWan: Member = { ...member, ...wanReading };
    const total = member === m.total ? asWan : m.total;
    const parts = m.parts.map((p) => (p === member ? asWan : p));
    const fixed = gap(total, parts);
    if (fixed.diff.abs().lte(fixed.tolerance)) return { member, asWan, total, parts };
  }
  return null;
}

/** UNIT_MISMATCH from a parts relation (seed 000's 支出 “2000.41 元”). */
function partsMismatches(ctx: CheckContext): Warning[] {
  const out: Warning[] = [];
  for (const rel of AMOUNT_PARTS) {
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
}

/**
 * UNIT_MISMATCH from a stated rate: an amount written in 元 whose digits make the rate beside it hold only
 * when read as 万元 (实际采购金额 “4.73元” against 5.34万元 and a stated 88.71%).
 */
function rateMismatches(ctx: CheckContext): Warning[] {
  const out: Warning[] = [];
  for (const rel of RATE_RELATIONS) {
    const s = rateUnitSuspect(ctx, rel);
    if (!s) continue;
    const f = s.figure;
    const writtenText = `${thousands(f.written ?? f.value)}${f.unit}`;
    const asRead = `${s.asRead.num.text} ÷ ${s.asRead.den.text} = ${percent(s.asRead.num.value.div(s.asRead.den.value))}`;
    const asWan = `${s.asWan.num.text} ÷ ${s.asWan.den.text} = ${percent(s.asWan.num.value.div(s.asWan.den.value))}`;
    out.push(
      warning(
        'UNIT_MISMATCH',
        'error',
        f.sheet,
        f.address,
        `“${figureLabel(ctx, f.id)}”写为 ${writtenText}，${rel.label}填报为 ${percent(s.asRead.rate.value)}：按${f.unit}计 ${asRead}，只有按万元计 ${asWan} 才与填报一致，应为万元`,
      ),
    );
  }
  return out;
}

/** UNIT_MISMATCH on a national-form row: a 实际完成值 in another unit than its 年度指标值 ("≥500人次" against "28天"). */
function indicatorMismatches(ctx: CheckContext): Warning[] {
  const out: Warning[] = [];
  for (const leaf of ctx.layout.leaves) {
    const ind = leaf.indicator;
    if (!ind || ind.direction === 'qualitative' || ind.actualText === '') continue;
    const target = readTarget(ind.targetText);
    if (target.kind !== 'quantitative') continue;
    const values = readIndicatorValues(target, ind.actualText);
    if (values.ok || !values.mismatch) continue;
    out.push(
      warning(
        'UNIT_MISMATCH',
        'error',
        leaf.sheet,
        ind.actualAddress,
        `${leafName(leaf)}实际完成值“${ind.actualText}”的单位“${values.actualUnit}”与年度指标值“${ind.targetText}”的单位“${values.targetUnit}”不同，无法比较，未按规则计分；请统一单位`,
      ),
    );
  }
  return out;
}

/** UNIT_MISMATCH found before arithmetic: a 万元 amount 10⁴ times its peers, parts or budget (not used). */
function scaleMismatches(ctx: CheckContext): Warning[] {
  return (ctx.reading?.suspects ?? []).filter((s) => s.code === 'UNIT_MISMATCH').map((s) => warning('UNIT_MISMATCH', s.severity, s.sheet, s.address, s.message));
}

export const unitMismatch: Check = (ctx) => {
  const out: Warning[] = [];
  const seen = new Set<string>();
  for (const w of [...scaleMismatches(ctx), ...partsMismatches(ctx), ...rateMismatches(ctx), ...indicatorMismatches(ctx)]) {
    // one finding per cell: a 元 total that breaks both its parts and its rate is said once
    const key = `${w.sheet}!${w.address}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(w);
  }
  return out;
};
