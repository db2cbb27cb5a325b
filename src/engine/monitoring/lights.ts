import { D, type Dec } from '../decimal';
import type { QualitativeGrade } from '../types';
import type { LightThresholds } from './thresholds';

/**
 * The warning lights of 绩效运行监控. Pure and exact: every ratio is a decimal.js quotient, compared
 * unrounded against its threshold.
 */

export type Light = 'red' | 'yellow' | 'green' | 'blue';

export const LIGHT_NAMES: Record<Light, string> = { red: '红灯', yellow: '黄灯', green: '绿灯', blue: '蓝灯' };

/** Fills for the light cells (#RRGGBB); the text beside them says the same, never the colour alone. */
export const LIGHT_FILLS: Record<Light, string> = { red: '#F8CBAD', yellow: '#FFE699', green: '#C6EFCE', blue: '#BDD7EE' };

/**
 * Worst first. Blue (ahead of the pro-rata target) ranks after yellow and before green: it asks
 * whether the target was set too low. The order between blue and green is our interpretation.
 */
const SEVERITY: Record<Light, number> = { red: 0, yellow: 1, blue: 2, green: 3 };

export function worstLight(lights: readonly Light[]): Light | null {
  return lights.reduce<Light | null>((worst, l) => (worst === null || SEVERITY[l] < SEVERITY[worst] ? l : worst), null);
}

/** Time elapsed by the end of month `month`: month ÷ 12. */
export function timeElapsed(month: number): Dec {
  return new D(month).dividedBy(12);
}

export interface FundsLight {
  /** 执行 ÷ 预算 */
  executionRate: Dec;
  /** 序时进度 = 月 ÷ 12 */
  elapsed: Dec;
  /** (执行 ÷ 预算) ÷ (月 ÷ 12) */
  ratio: Dec;
  light: Exclude<Light, 'blue'>;
  /** |ratio − 1| */
  deviation: Dec;
}

/** Funds: (执行 ÷ 预算) ÷ (月 ÷ 12); red below fundsRed, yellow below fundsYellow, else green. */
export function fundsLight(executed: Dec, budget: Dec, month: number, t: LightThresholds): FundsLight | null {
  if (budget.lessThanOrEqualTo(0) || month < 1 || month > 12) return null;
  const executionRate = executed.dividedBy(budget);
  const elapsed = timeElapsed(month);
  const ratio = executionRate.dividedBy(elapsed);
  const light = ratio.lessThan(t.fundsRed) ? 'red' : ratio.lessThan(t.fundsYellow) ? 'yellow' : 'green';
  return { executionRate, elapsed, ratio, light, deviation: ratio.minus(1).abs() };
}

export type IndicatorLight =
  | {
      kind: 'positive';
      /** 目标 ÷ 12 × 月 */
      proRataTarget: Dec;
      /** 完成 ÷ (目标 ÷ 12 × 月) */
      ratio: Dec;
      light: Light;
      /** |ratio − 1| */
      deviation: Dec;
    }
  | {
      kind: 'reverse';
      light: 'green' | 'red';
      /** how far above the target the actual is, as a fraction of the target; 0 within it */
      deviation: Dec;
    }
  | { kind: 'equal-zero'; light: 'green' | 'red'; deviation: Dec }
  | { kind: 'qualitative'; grade: QualitativeGrade; light: 'green' | 'yellow' | 'red' };

/**
 * A positive indicator against its pro-rata target: v = 完成 ÷ (目标 ÷ 12 × 月); red below
 * indicatorRed, yellow below indicatorYellow, green below indicatorBlue, blue from it. A target of 0
 * cannot be pro-rated: null (the caller says why).
 */
export function positiveLight(actual: Dec, target: Dec, month: number, t: LightThresholds): IndicatorLight | null {
  if (target.lessThanOrEqualTo(0) || month < 1 || month > 12) return null;
  const proRataTarget = target.dividedBy(12).times(month);
  const ratio = actual.dividedBy(proRataTarget);
  const light: Light = ratio.lessThan(t.indicatorRed) ? 'red' : ratio.lessThan(t.indicatorYellow) ? 'yellow' : ratio.lessThan(t.indicatorBlue) ? 'green' : 'blue';
  return { kind: 'positive', proRataTarget, ratio, light, deviation: ratio.minus(1).abs() };
}

/** A reverse indicator (≤ cost, time): green while the actual is within the target, else red. */
export function reverseLight(actual: Dec, target: Dec): IndicatorLight {
  const within = actual.lessThanOrEqualTo(target);
  const deviation = within || target.lessThanOrEqualTo(0) ? new D(within ? 0 : 1) : actual.minus(target).dividedBy(target);
  return { kind: 'reverse', light: within ? 'green' : 'red', deviation };
}

/** An "=0" target (no accidents, no complaints): green at 0 or below, else red. */
export function equalZeroLight(actual: Dec): IndicatorLight {
  const met = actual.lessThanOrEqualTo(0);
  return { kind: 'equal-zero', light: met ? 'green' : 'red', deviation: new D(met ? 0 : 1) };
}

/** 达成 / 部分达成 / 未达成 → green / yellow / red. */
export function qualitativeLight(grade: QualitativeGrade): IndicatorLight {
  return { kind: 'qualitative', grade, light: grade === '达成' ? 'green' : grade === '部分达成' ? 'yellow' : 'red' };
}
