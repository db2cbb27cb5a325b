import { D } from '../../engine/decimal';
import { readSentence, sentencesOf, type Condition, type Points, type Statement } from './clauses';
import type { Bound, Reading, StandardInput, TierReading } from './reading.types';

/**
 * Reads a 评分标准 text into a rule. The text is cut into sentences, each sentence read by the clause
 * grammar (clauses.ts) into statements, and the statements are put together here by a few rule
 * productions: per-point, deduct, ratio, tiers, checklist (plain, or led by "按实现程度计分"). Whatever
 * fits none of them, or fits two, comes back as not-understood or ambiguous with the reason: a rule is
 * never guessed.
 */
export function parseStandard(input: StandardInput): Reading {
  const statements = sentencesOf(input.text).flatMap((s) => readSentence(input.text, s));
  const veto = statements.flatMap((s) => (s.s === 'veto' ? [s.text] : []));
  const grant = statements.flatMap((s) => (s.s === 'grant' ? [s.text] : []));
  const clauses = { ...(veto.length ? { veto } : {}), ...(grant.length ? { grant } : {}) };
  const nu = (why: string): Reading => ({ kind: 'not-understood', why, ...clauses });

  const core = statements.filter((s) => !['veto', 'grant', 'aside', 'cap', 'requirement'].includes(s.s));
  // a requirement sentence is read only as what a later count refers back to ("…未按进度…扣0.5分")
  const referredTo = (at: number) => statements.slice(at + 1).some((s) => s.s === 'deduct' && s.back);
  const unknown = statements.find((s, at) => s.s === 'unknown' || (s.s === 'requirement' && !referredTo(at)));
  if (unknown && (unknown.s === 'unknown' || unknown.s === 'requirement')) return nu(`未能识别：“${unknown.text}”`);
  const judged = statements.find((s) => s.s === 'judgement');
  if (judged && judged.s === 'judgement') return { kind: 'judgement', why: `由评价人酌情评分：“${judged.text}”`, ...clauses };
  const choice = statements.find((s) => s.s === 'choice');
  if (choice && choice.s === 'choice') return nu(`评分标准允许在两种考核方式中择一：“${choice.text}”`);

  if (core.length === 0) return nu('没有找到计分规则');
  const cap = statements.reduce<string | undefined>((c, s) => (s.s === 'cap' ? s.cap : c), undefined);
  const ctx: Context = { input, core, cap, nu, clauses };
  const count = (k: Statement['s']) => core.filter((s) => s.s === k).length;

  if (count('checklist-lead') > 0) return ledChecklistRule(ctx);
  if (count('per-point') > 0) return perPointRule(ctx);
  if (count('deduct') > 0) return deductRule(ctx);
  if (count('formula') > 0 || count('ratio-words') > 0) return ratioRule(ctx);
  if (core.every((s) => s.s === 'item' || s.s === 'else-zero')) return itemsRule(ctx);
  return nu('计分语句的组合不属于已知规则');
}

interface Context {
  input: StandardInput;
  core: Statement[];
  cap?: string;
  nu: (why: string) => Reading;
  clauses: { veto?: string[]; grant?: string[] };
}

type Item = Extract<Statement, { s: 'item' }>;
const itemsOf = (ctx: Context) => ctx.core.filter((s): s is Item => s.s === 'item');

function same(a: string, b: string): boolean {
  try {
    return new D(a).equals(new D(b));
  } catch {
    return false;
  }
}

/** Points a statement gives, as a number: 满分 is the indicator's points. */
function pointsValue(p: Points, ctx: Context): string {
  return p === 'full' ? ctx.input.points : p.n;
}

const isFull = (p: Points, ctx: Context) => p === 'full' || same(p.n, ctx.input.points);

/** The measure a definition names on the left of its "=": "在职人员控制率=(在职人员数/编制数)×100%". */
export function definedMeasure(definition: string | undefined): string | undefined {
  if (!definition) return undefined;
  const text = definition.trim().replace(/^\d+\s*[.、]\s*/, '').replace(/^(计算方法|计算公式|公式)[:：]/, '');
  const eq = text.search(/[=＝]/);
  if (eq <= 0) return undefined;
  const name = text.slice(0, eq).trim();
  return /^[^\d,，;；。:：()（）]+$/.test(name) ? name : undefined;
}

/**
 * per-point := full-statement (condition 计N分 | 100%计满分) + per-point statement
 *            | full-statement in words + overrun-measure + per-point statement: the measure is an overrun,
 *              0 where the words hold ("在计划时间内完成的,得满分") and growing only one way, so full
 *              points at ≤ 0 and 每相差 can only mean 每超过
 */
function perPointRule(ctx: Context): Reading {
  const pps = ctx.core.filter((s): s is Extract<Statement, { s: 'per-point' }> => s.s === 'per-point');
  const overruns = ctx.core.filter((s): s is Extract<Statement, { s: 'overrun-measure' }> => s.s === 'overrun-measure');
  const items = itemsOf(ctx);
  if (pps.length !== 1 || items.length !== 1 || overruns.length > 1 || ctx.core.length !== 2 + overruns.length) return ctx.nu('扣分规则之外还有其他计分语句');
  const pp = pps[0];
  const full = items[0];
  const overrun = overruns[0];
  if (pp.direction === 'both' && !overrun) return ctx.nu('“每相差”：多于和少于都扣分，一条按点扣分规则只有一个方向');
  if (!isFull(full.points, ctx)) return ctx.nu(`满分条件给的分数（${pointsValue(full.points, ctx)}）与分值（${ctx.input.points}）不同`);
  if (overrun) {
    if (full.cond.c !== 'words' || pp.direction === 'under') return ctx.nu('满分条件或扣分方向与“按超出部分扣分”不一致');
    return perPointReading(ctx, pp, overrun.measure, { max: '0', maxInclusive: true }, 'over');
  }
  const direction = pp.direction === 'both' ? null : pp.direction;
  const fullWhen = direction && fullBound(full.cond, direction);
  if (!direction || !fullWhen) return ctx.nu(full.cond.c === 'words' ? '满分条件没有写成指标值的界限' : '满分条件与扣分方向不一致');
  const measure = ('measure' in full.cond && full.cond.measure) || definedMeasure(ctx.input.definition);
  if (!measure) return ctx.nu('评分标准没有写明按哪个指标值扣分');
  return perPointReading(ctx, pp, measure, fullWhen, direction);
}

function perPointReading(ctx: Context, pp: Extract<Statement, { s: 'per-point' }>, measure: string, fullWhen: Bound, direction: 'over' | 'under'): Reading {
  return {
    kind: 'per-point',
    measure,
    unit: '%',
    full: ctx.input.points,
    fullWhen,
    direction,
    step: pp.step,
    deduct: pp.deduct,
    partial: pp.partial ?? (same(pp.step, '1') ? 'proportional' : 'ambiguous'),
    ...ctx.clauses,
  };
}

function fullBound(cond: Condition, direction: 'over' | 'under'): Bound | null {
  if (cond.c === 'bare') return direction === 'over' ? { max: cond.value, maxInclusive: true } : { min: cond.value, minInclusive: true };
  if (cond.c !== 'bound' || cond.bound.equals !== undefined) return null;
  const b = cond.bound;
  if (direction === 'over' && b.max !== undefined && b.min === undefined) return { max: b.max, maxInclusive: b.maxInclusive };
  if (direction === 'under' && b.min !== undefined && b.max === undefined) return { min: b.min, minInclusive: b.minInclusive };
  return null;
}

/** deduct := [full-statement in words] + deduct statement */
function deductRule(ctx: Context): Reading {
  const ds = ctx.core.filter((s): s is Extract<Statement, { s: 'deduct' }> => s.s === 'deduct');
  const items = itemsOf(ctx);
  if (ds.length !== 1 || items.length > 1 || ctx.core.length !== 1 + items.length) return ctx.nu('按项扣分之外还有其他计分语句');
  if (items.length === 1 && (!isFull(items[0].points, ctx) || items[0].cond.c !== 'words')) return ctx.nu('满分条件与分值不符');
  const d = ds[0];
  if (d.what === null) return ctx.nu('按项扣分，但没有写明按什么不符合的情形计数');
  return { kind: 'deduct', what: d.what, perItem: d.perItem, full: ctx.input.points, ...ctx.clauses };
}

/** ratio := [按比例计算得分] [formula] [full-statement in words] [unit-zero over the things a count share counts] */
function ratioRule(ctx: Context): Reading {
  const fs = ctx.core.filter((s): s is Extract<Statement, { s: 'formula' }> => s.s === 'formula');
  const items = itemsOf(ctx);
  const others = ctx.core.filter((s) => !['formula', 'ratio-words', 'item', 'unit-zero'].includes(s.s));
  if (fs.length > 1 || others.length > 0 || items.length > 1) return ctx.nu('比例计分之外还有其他计分语句');
  if (items.length === 1 && (!isFull(items[0].points, ctx) || items[0].cond.c !== 'words')) return ctx.nu('满分条件与分值不符');
  const f = fs[0];
  for (const z of ctx.core) {
    if (z.s === 'unit-zero' && !(f?.countOf && z.text.startsWith(f.countOf))) return ctx.nu(`“单个${z.text}”所说的不是比例公式所计的个数`);
  }
  const cap = f?.cap ?? ctx.cap ?? '1';
  if (!f) {
    const measure = definedMeasure(ctx.input.definition);
    return measure ? { kind: 'ratio', measure, points: ctx.input.points, cap, ...ctx.clauses } : ctx.nu('按比例计分，但没有写明比例的分子分母');
  }
  if (!isFull(f.points, ctx)) return ctx.nu(`公式乘以 ${pointsValue(f.points, ctx)} 分，与分值 ${ctx.input.points} 不同：只是指标的一部分`);
  const names = f.measure !== undefined ? { measure: f.measure } : { numerator: f.numerator, denominator: f.denominator };
  return { kind: 'ratio', ...names, points: ctx.input.points, cap, ...ctx.clauses };
}

/** checklist := checklist-lead (N 项, 按实现程度计分) + N items in words + all-or-nothing */
function ledChecklistRule(ctx: Context): Reading {
  const items = itemsOf(ctx);
  const lead = ctx.core.find((s) => s.s === 'checklist-lead');
  const whole = ctx.core.filter((s) => s.s === 'all-or-nothing').length;
  if (!lead || lead.s !== 'checklist-lead' || ctx.core.length !== items.length + 1 + whole) return ctx.nu('“按实现程度计分”之外还有其他计分语句');
  if (whole !== 1) return ctx.nu('“按实现程度计分”：各项部分实现时计多少分没有写明');
  if (!same(lead.count, String(items.length))) return ctx.nu(`引言说有 ${lead.count} 项，列出的是 ${items.length} 项`);
  if (items.some((it) => it.cond.c !== 'words' || it.cond.figures)) return ctx.nu('“按实现程度计分”的条目带有数值条件');
  return itemsRule({ ...ctx, core: items });
}

/** tiers := conditions with bounds, the best giving the points; checklist := items whose points sum to the points */
function itemsRule(ctx: Context): Reading {
  const items = itemsOf(ctx);
  const elseZero = ctx.core.filter((s) => s.s === 'else-zero');
  const bounded = items.every((it) => it.cond.c === 'bound' || it.cond.c === 'else');
  if (bounded) return tiersRule(ctx, items, elseZero.length > 0);
  if (items.some((it) => it.points !== 'full' && new D(it.points.n).lte(0))) return ctx.nu('有得 0 分的条目：是分档而不是逐项计分，而档次写成文字，不是指标值的界限');
  const total = items.reduce((sum, it) => sum.plus(pointsValue(it.points, ctx)), new D(0));
  if (!total.equals(new D(ctx.input.points))) return ctx.nu(`各项分数之和（${total.toString()}）与分值（${ctx.input.points}）不同`);
  if (items.length === 1 && elseZero.length === 0) return ctx.nu('只写了满分条件，没有写其余情形如何计分');
  for (const e of elseZero) if (e.s === 'else-zero' && e.points !== undefined && !same(e.points, pointsValue(items[items.length - 1].points, ctx))) return ctx.nu('“不…的扣分”与该项分数不同');
  if (items.some((it) => !it.text)) return ctx.nu('有条目没有文字');
  return { kind: 'checklist', items: items.map((it) => ({ text: it.text, points: pointsValue(it.points, ctx) })), ...ctx.clauses };
}

function tiersRule(ctx: Context, items: Item[], elseZero: boolean): Reading {
  const tiers: TierReading[] = [];
  const names = new Set<string>();
  let percent = false;
  let unmarked = false;
  for (const it of items) {
    const points = pointsValue(it.points, ctx);
    if (it.cond.c === 'else') {
      tiers.push({ points });
      continue;
    }
    if (it.cond.c !== 'bound') return ctx.nu('分档条件无法识别');
    if (it.cond.measure) names.add(it.cond.measure);
    percent ||= it.cond.percent;
    unmarked ||= it.cond.rangeUnmarked === true;
    tiers.push({ ...it.cond.bound, points });
  }
  if (elseZero) tiers.push({ points: '0' });
  if (tiers.length < 2) return ctx.nu('只写了一个档次，其余情形如何计分没有写');
  if (names.size > 1) return ctx.nu(`分档涉及不止一个指标值（${[...names].join('、')}）`);
  const top = tiers.reduce((m, t) => D.max(m, new D(t.points)), new D(0));
  if (!top.equals(new D(ctx.input.points))) return ctx.nu(`最高档分数（${top.toString()}）与分值（${ctx.input.points}）不同`);
  const measure = [...names][0] ?? definedMeasure(ctx.input.definition);
  if (!measure) return ctx.nu('分档没有写明按哪个指标值');
  if (!percent) return ctx.nu('分档的数值没有单位');
  const reading = (ts: TierReading[]): Reading => ({ kind: 'tiers', measure, unit: '%', tiers: ts, ...ctx.clauses });
  if (!unmarked) return reading(tiers);
  // "70-90%" with no （含）: which tier owns the shared ends is not said; both readings are shown
  const owned = (lower: boolean) =>
    tiers.map((t) => (t.min !== undefined && t.max !== undefined && !t.minInclusive && !t.maxInclusive ? { ...t, minInclusive: lower, maxInclusive: !lower } : t));
  return { kind: 'ambiguous', readings: [reading(owned(true)), reading(owned(false))], why: '区间没有标明端点归属（“含”），两种读法都可能', ...ctx.clauses };
}
