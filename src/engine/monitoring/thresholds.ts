import { D, type Dec } from '../decimal';

/**
 * The boundaries of the warning lights, as fractions. The defaults are the ones a finance platform
 * publishes for 绩效运行监控 (财预〔2019〕136号 monitoring, domain.md §9): funds red below 60%, yellow
 * below 80%; a positive indicator red below 60%, yellow below 80%, blue from 120%; a deviation of 15%
 * needs its cause. Each can be changed in the workbook's settings sheet (key monitorThreshold).
 */
export interface LightThresholds {
  /** funds: execution ÷ time elapsed below this is red */
  fundsRed: Dec;
  /** funds: below this (and not red) is yellow; from it green */
  fundsYellow: Dec;
  /** positive indicator: completion ÷ pro-rata target below this is red */
  indicatorRed: Dec;
  /** below this (and not red) yellow */
  indicatorYellow: Dec;
  /** from this blue (ahead of the pro-rata target by a margin); below it green */
  indicatorBlue: Dec;
  /** a deviation from the pro-rata target of this much or more needs a 偏差原因 */
  deviation: Dec;
}

export type ThresholdName = keyof LightThresholds;

export const THRESHOLD_NAMES: readonly ThresholdName[] = ['fundsRed', 'fundsYellow', 'indicatorRed', 'indicatorYellow', 'indicatorBlue', 'deviation'];

export function defaultThresholds(): LightThresholds {
  return {
    fundsRed: new D('0.6'),
    fundsYellow: new D('0.8'),
    indicatorRed: new D('0.6'),
    indicatorYellow: new D('0.8'),
    indicatorBlue: new D('1.2'),
    deviation: new D('0.15'),
  };
}

/**
 * Thresholds from stored texts ("0.6" or "60%"), over the defaults. A text that is not a number, or
 * an order that would make a band empty (yellow below red), is refused with a Chinese reason.
 */
export function thresholdsFrom(texts: Partial<Record<string, string>>): { thresholds: LightThresholds; problems: string[] } {
  const out = defaultThresholds();
  const problems: string[] = [];
  for (const name of THRESHOLD_NAMES) {
    const text = texts[name]?.trim();
    if (!text) continue;
    const m = /^(\d+(?:\.\d+)?)(%?)$/.exec(text);
    if (!m) {
      problems.push(`预警阈值 ${name} 的设置“${text}”不是数值，已按默认值 ${out[name].times(100).toString()}% 计`);
      continue;
    }
    out[name] = m[2] ? new D(m[1]).dividedBy(100) : new D(m[1]);
  }
  const defaults = defaultThresholds();
  const orderBad = (low: ThresholdName, high: ThresholdName) => out[low].greaterThan(out[high]);
  for (const [low, high] of [['fundsRed', 'fundsYellow'], ['indicatorRed', 'indicatorYellow'], ['indicatorYellow', 'indicatorBlue']] as const) {
    if (orderBad(low, high)) {
      problems.push(`预警阈值 ${low}（${out[low].times(100).toString()}%）高于 ${high}（${out[high].times(100).toString()}%），两者已按默认值计`);
      out[low] = defaults[low];
      out[high] = defaults[high];
    }
  }
  return { thresholds: out, problems };
}
