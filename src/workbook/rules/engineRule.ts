import { D } from '../../engine/decimal';
import { compare } from '../../engine/rules';
import type { Comparator, CompositeRule, Quantity, Rule, Tier } from '../../engine/types';
import type { Bound, Reading, TierReading } from './reading.types';

/**
 * A reading as one of the engine's rule kinds, where one expresses it exactly. The caller says which
 * figure holds each named measure (`figureOf`); a name it cannot place comes back as `needs`, and a
 * reading no engine kind expresses comes back as `unsupported` with the reason: never approximated.
 */
export type EngineRuleResult =
  | { ok: true; rule: Rule }
  | { ok: false; needs: string[] }
  | { ok: false; unsupported: string };

/**
 * `figureOf` places a name: a figure id, or a quantity over figures (a rate the framework computes from
 * two figures). Checklist items and veto/grant clauses must be single figures holding 1 or 0.
 */
export function toEngineRule(reading: Reading, points: string, figureOf: (name: string) => Quantity | undefined): EngineRuleResult {
  const needs: string[] = [];
  const fig = (name: string): Quantity => {
    const q = figureOf(name);
    if (q === undefined) needs.push(name);
    return q ?? '';
  };
  const flag = (name: string): string => {
    const q = figureOf(name);
    if (typeof q === 'string') return q;
    needs.push(name);
    return '';
  };
  const core = coreRule(reading, points, fig, flag);
  if ('unsupported' in core) return core;
  const veto = reading.veto ?? [];
  const grant = reading.grant ?? [];
  if (veto.length > 1 || grant.length > 1) return { ok: false, unsupported: '不止一条否决或满分条款：引擎的组合规则各只有一个' };
  let rule: Rule = core.rule;
  if (veto.length || grant.length) {
    const wrapped: CompositeRule = { kind: 'composite', points, parts: [{ ...core.rule, id: 'main' }] };
    if (veto.length) wrapped.veto = { figure: flag(veto[0]), label: veto[0] };
    if (grant.length) wrapped.grant = { figure: flag(grant[0]), label: grant[0] };
    rule = wrapped;
  }
  return needs.length ? { ok: false, needs } : { ok: true, rule };
}

type Core = { rule: Rule } | { ok: false; unsupported: string };
const unsupported = (why: string): Core => ({ ok: false, unsupported: why });

/** A rate written in percent as the engine's fraction: "90" → "0.9". */
const frac = (percent: string) => new D(percent).div(100).toString();

function coreRule(r: Reading, points: string, fig: (name: string) => Quantity, flag: (name: string) => string): Core {
  switch (r.kind) {
    case 'tiers': {
      if (r.unit !== '%') return unsupported(`单位“${r.unit}”的分档尚未支持`);
      const tiers = tierChain(r.tiers);
      if (!tiers) return unsupported('这些档次不能写成引擎按顺序逐档比较的单边条件（有未覆盖的区间）');
      return { rule: { kind: 'tiers', points, label: r.measure, value: fig(r.measure), tiers } };
    }
    case 'per-point': {
      if (r.direction === 'under') return unsupported('低于标准按点扣分（direction under）引擎尚无对应规则');
      if (r.partial !== 'proportional') return unsupported('不足一档如何扣分未写明或按整档计，引擎的超限扣分按实际超出比例扣');
      if (r.unit !== '%' || r.fullWhen.max === undefined) return unsupported('满分条件不是百分比上限');
      if (new D(r.fullWhen.max).lte(0)) return unsupported('满分上限为 0 或负数：指标值可以为负，而超限扣分规则不接受负数');
      if (!new D(r.full).equals(new D(points))) return unsupported('满分与分值不同');
      const perPoint = new D(r.deduct).div(r.step);
      if (!perPoint.times(r.step).equals(new D(r.deduct)) || perPoint.decimalPlaces() > 10) return unsupported('每个百分点的扣分不是有限小数');
      return { rule: { kind: 'threshold-deduct', points, label: r.measure, value: fig(r.measure), threshold: frac(r.fullWhen.max), perPoint: perPoint.toString() } };
    }
    case 'ratio': {
      const [actual, target]: Quantity[] = r.measure !== undefined ? [fig(r.measure), { op: 'const', value: '1' }] : [fig(r.numerator ?? ''), fig(r.denominator ?? '')];
      return { rule: { kind: 'ratio', points, label: r.measure ?? `${r.numerator}/${r.denominator}`, actual, target, cap: r.cap } };
    }
    case 'deduct':
      return { rule: { kind: 'deduct', points: r.full, label: r.what, count: fig(r.what), perItem: r.perItem } };
    case 'checklist':
      return { rule: { kind: 'checklist', points, items: r.items.map((it) => ({ figure: flag(it.text), label: it.text, points: it.points })) } };
    default:
      return unsupported(`“${r.kind}”不是确定的计分规则`);
  }
}

/**
 * The tiers as the engine's ordered one-sided comparisons, when that is exact: each two-sided band is
 * tried by its lower and by its upper end, and a choice is kept only if the chain scores every value
 * (each end, each point between ends, and beyond them) as the bands do, including values no band
 * covers (the engine then reports NO_TIER). Otherwise null.
 */
function tierChain(tiers: TierReading[]): Tier[] | null {
  const two = tiers.map((t, i) => (t.min !== undefined && t.max !== undefined ? i : -1)).filter((i) => i >= 0);
  if (two.length > 10) return null;
  const probes = probePoints(tiers);
  for (let mask = 0; mask < 1 << two.length; mask++) {
    const chain = tiers.map((t, i) => {
      const k = two.indexOf(i);
      return oneSided(t, k < 0 ? null : (mask >> k) & 1 ? 'max' : 'min');
    });
    if (probes.every((v) => sameTier(tiers, chain, v))) return chain;
  }
  return null;
}

function oneSided(t: TierReading, use: 'min' | 'max' | null): Tier {
  if (t.equals !== undefined) return { op: '=', threshold: frac(t.equals), points: t.points };
  if (t.min !== undefined && use !== 'max') return { op: t.minInclusive ? '>=' : '>', threshold: frac(t.min), points: t.points };
  if (t.max !== undefined) return { op: t.maxInclusive ? '<=' : '<', threshold: frac(t.max), points: t.points };
  return { points: t.points };
}

function inBound(b: Bound, v: InstanceType<typeof D>): boolean {
  if (b.equals !== undefined) return v.equals(frac(b.equals));
  if (b.min !== undefined && !(b.minInclusive ? v.gte(frac(b.min)) : v.gt(frac(b.min)))) return false;
  if (b.max !== undefined && !(b.maxInclusive ? v.lte(frac(b.max)) : v.lt(frac(b.max)))) return false;
  return true;
}

function sameTier(bands: TierReading[], chain: Tier[], v: InstanceType<typeof D>): boolean {
  const a = bands.findIndex((b) => inBound(b, v));
  const b = chain.findIndex((t) => !t.op || compare(v, t.op as Comparator, new D(t.threshold ?? '0')));
  return a === b;
}

function probePoints(tiers: TierReading[]): InstanceType<typeof D>[] {
  const ends = [...new Set(tiers.flatMap((t) => [t.min, t.max, t.equals]).filter((x): x is string => x !== undefined))]
    .map((x) => new D(frac(x)))
    .sort((a, b) => a.comparedTo(b));
  if (ends.length === 0) return [new D(0)];
  const out = [ends[0].minus(1), ends[ends.length - 1].plus(1)];
  ends.forEach((e, i) => {
    out.push(e);
    if (i > 0) out.push(e.plus(ends[i - 1]).div(2));
  });
  return out;
}
