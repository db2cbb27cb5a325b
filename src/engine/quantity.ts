import { D, dec, type Dec } from './decimal';
import type { Figures, Quantity } from './types';
import type { RuleErrorCode } from './errors';

/** The value of a Quantity, with the figures it drew on and a readable form ("|1936.12 − 1912.37| ÷ 1936.12"). */
export type Resolved =
  | { ok: true; value: Dec; used: string[]; text: string }
  | { ok: false; missing: string[] }
  | { ok: false; missing: []; code: RuleErrorCode; message: string };

const SYMBOL = { add: ' + ', sub: ' − ', mul: ' × ', div: ' ÷ ' } as const;

export function isNumberFigure(value: unknown): value is Dec {
  return value instanceof D;
}

export function resolveQuantity(q: Quantity, figures: Figures): Resolved {
  if (typeof q === 'string') {
    const value = figures.get(q);
    if (value === undefined) return { ok: false, missing: [q] };
    if (!isNumberFigure(value)) {
      return { ok: false, missing: [], code: 'NOT_A_NUMBER', message: `数据“${q}”应为数值，实为“${value}”` };
    }
    if (!value.isFinite()) {
      return { ok: false, missing: [], code: 'NOT_A_NUMBER', message: `数据“${q}”不是有效数值` };
    }
    return { ok: true, value, used: [q], text: value.toString() };
  }
  if (q.op === 'const') return { ok: true, value: dec(q.value), used: [], text: q.value };
  if (q.op === 'abs') {
    const inner = resolveQuantity(q.arg, figures);
    return inner.ok ? { ...inner, value: inner.value.abs(), text: `|${inner.text}|` } : inner;
  }
  const parts = q.args.map((a) => resolveQuantity(a, figures));
  const missing = parts.flatMap((p) => (p.ok ? [] : p.missing));
  const failed = parts.find((p): p is Extract<Resolved, { code: string }> => !p.ok && 'code' in p);
  if (failed) return failed;
  // a figure used twice (编外 ÷ (在编 + 编外)) is missing once
  if (missing.length > 0) return { ok: false, missing: [...new Set(missing)] };
  const ok = parts as Extract<Resolved, { ok: true }>[];
  let value = ok[0].value;
  for (const p of ok.slice(1)) {
    if (q.op === 'add') value = value.plus(p.value);
    else if (q.op === 'sub') value = value.minus(p.value);
    else if (q.op === 'mul') value = value.times(p.value);
    else {
      if (p.value.isZero()) {
        return { ok: false, missing: [], code: 'DIVIDE_BY_ZERO', message: `分母为 0，无法计算（${ok.map((o) => o.text).join(SYMBOL.div)}）` };
      }
      value = value.div(p.value);
    }
  }
  const wrap = (t: string, inner: Quantity) => (typeof inner !== 'string' && (inner.op === 'add' || inner.op === 'sub') && q.op !== 'add' ? `(${t})` : t);
  return {
    ok: true,
    value,
    used: [...new Set(ok.flatMap((p) => p.used))],
    text: ok.map((p, i) => wrap(p.text, q.args[i])).join(SYMBOL[q.op]),
  };
}

/** Every figure id a quantity mentions. */
export function figuresOf(q: Quantity): string[] {
  if (typeof q === 'string') return [q];
  if (q.op === 'const') return [];
  if (q.op === 'abs') return figuresOf(q.arg);
  return q.args.flatMap(figuresOf);
}
