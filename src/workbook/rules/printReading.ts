import { D } from '../../engine/decimal';
import type { Bound, Reading } from './reading.types';

/**
 * A reading in plain Chinese, as the task pane shows it beside the 评分标准 text:
 *   "固定资产利用率≥90% 得 1 分；75%≤固定资产利用率<90% 得 0.7 分；其余 得 0 分"
 *   "在职人员控制率≤100% 得 8 分；每超过 1 个百分点扣 0.5 分，扣完为止"
 * Tiers, per-point, ratio, checklist and deduct readings print in the grammar's own wording, so
 * parsing the print gives the reading back (per-point with a one-point step left `ambiguous` aside:
 * no wording of ours says that).
 */
export function printReading(r: Reading): string {
  const grants = (r.grant ?? []).filter((c) => r.kind !== 'per-point' || !isExemption(c));
  const tail = [...(r.veto ?? []), ...grants].map((c) => `；${c}`).join('');
  return body(r) + tail;
}

/** "除政策性原因或特殊原因外": an exemption from a deduction, printed before it as the text writes it */
const isExemption = (clause: string) => clause.startsWith('除') && clause.endsWith('外');

function body(r: Reading): string {
  switch (r.kind) {
    case 'tiers':
      return r.tiers.map((t) => `${condition(r.measure, t, r.unit)} 得 ${t.points} 分`).join('；');
    case 'per-point': {
      const way = r.direction === 'over' ? '超过' : '低于';
      const part =
        r.partial === 'whole-steps'
          ? `，不足 ${r.step} 个百分点的不扣分`
          : r.partial === 'proportional' && r.step !== '1'
            ? `，不足 ${r.step} 个百分点的按比例扣分`
            : '';
      const exempt = (r.grant ?? []).filter(isExemption).map((c) => `${c}，`).join('');
      return `${condition(r.measure, r.fullWhen, r.unit)} 得 ${r.full} 分；${exempt}每${way} ${r.step} 个百分点扣 ${r.deduct} 分${part}，扣完为止`;
    }
    case 'ratio': {
      const what = r.measure ?? `${r.numerator} / ${r.denominator}`;
      const cap = r.cap === '1' ? '' : `（超过 ${percentOf(r.cap)}% 以 ${percentOf(r.cap)}% 计算）`;
      return `${what}${cap} × ${r.points} 分`;
    }
    case 'checklist': {
      const items = r.items.map((it, i) => `${String.fromCharCode(0x2460 + i)}${it.text}（${it.points}分）`).join('；');
      // one item alone would read as a full-score condition with the rest left open
      return r.items.length === 1 ? `${items}，否则不得分` : items;
    }
    case 'deduct':
      return `全部符合得 ${r.full} 分；每有一项${r.what}扣 ${r.perItem} 分，扣完为止`;
    case 'judgement':
      return `酌情评分：${r.why}`;
    case 'ambiguous':
      return `有歧义（${r.why}）：可理解为 ${r.readings.map((x, i) => `${String.fromCharCode(0x2460 + i)}${body(x)}`).join('；')}`;
    case 'not-understood':
      return `未能识别：${r.why}`;
  }
}

const SIGN = { min: ['>', '≥'], max: ['<', '≤'] } as const;

function condition(measure: string, b: Bound, unit: string): string {
  const v = (x: string) => `${x}${unit}`;
  if (b.equals !== undefined) return `${measure}=${v(b.equals)}`;
  if (b.min !== undefined && b.max !== undefined) return `${v(b.min)}${b.minInclusive ? '≤' : '<'}${measure}${SIGN.max[b.maxInclusive ? 1 : 0]}${v(b.max)}`;
  if (b.min !== undefined) return `${measure}${SIGN.min[b.minInclusive ? 1 : 0]}${v(b.min)}`;
  if (b.max !== undefined) return `${measure}${SIGN.max[b.maxInclusive ? 1 : 0]}${v(b.max)}`;
  return '其余';
}

/** "1.2" → "120" */
const percentOf = (fraction: string) => new D(fraction).times(100).toString();
