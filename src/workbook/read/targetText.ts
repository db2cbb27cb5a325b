import { ownEntry } from '../../engine/ownKey';
import type { Dec } from '../../engine/decimal';
import type { IndicatorDirection } from '../../engine/types';
import { amountFactor, countUnit, normaliseChars, RATE_AS_POINTS_ABOVE, readCell, type ParsedOk } from './cellValue';
import type { CellValue } from '../port';

/**
 * 年度指标值 / 实际完成值 cells of the national project form: "≥500人次", "≤30天", "=100%",
 * "≥95%", "≤50万元", or a phrase ("有效提升") for qualitative targets. The sign decides the direction.
 */

export type TargetReading =
  | {
      kind: 'quantitative';
      direction: Exclude<IndicatorDirection, 'qualitative'>;
      /** the sign as written ("≥", "不低于"), '' for a bare number (read as positive) */
      sign: string;
      value: Dec;
      unit: string;
      parsed: ParsedOk;
    }
  | { kind: 'qualitative'; text: string };

const SIGNS: [RegExp, Exclude<IndicatorDirection, 'qualitative'>][] = [
  [/^(>=|≥|≧|>|不低于|不少于|大于等于|大于|高于|超过|达到)/, 'positive'],
  [/^(<=|≤|≦|<|不高于|不超过|不多于|小于等于|小于|低于)/, 'reverse'],
  [/^(==|=|═|等于)/, 'equal'],
];

/** A sign written after the figure: "90%以上" is at least 90%, "30天以内" at most 30 days. */
const TRAILING_SIGNS: [RegExp, Exclude<IndicatorDirection, 'qualitative'>][] = [
  [/(以上|及以上)$/, 'positive'],
  [/(以内|以下|及以下)$/, 'reverse'],
];

function quantitative(direction: Exclude<IndicatorDirection, 'qualitative'>, sign: string, figure: string): TargetReading | null {
  const cell = readCell(figure.trim());
  if (cell.ok && cell.kind !== 'text' && cell.kind !== 'flag') {
    return { kind: 'quantitative', direction, sign, value: cell.value as Dec, unit: cell.unit, parsed: cell };
  }
  return null;
}

export function readTarget(text: string): TargetReading {
  const t = normaliseChars(text).trim();
  for (const [re, direction] of SIGNS) {
    const m = re.exec(t);
    if (!m) continue;
    return quantitative(direction, m[0], t.slice(m[0].length)) ?? { kind: 'qualitative', text: t };
  }
  for (const [re, direction] of TRAILING_SIGNS) {
    const m = re.exec(t);
    if (!m) continue;
    return quantitative(direction, m[0], t.slice(0, m.index)) ?? { kind: 'qualitative', text: t };
  }
  const cell = readCell(t);
  // A bare number is a positive target (the national default for output indicators).
  if (cell.ok && cell.kind !== 'text' && cell.kind !== 'flag') {
    return { kind: 'quantitative', direction: 'positive', sign: '', value: cell.value as Dec, unit: cell.unit, parsed: cell };
  }
  return { kind: 'qualitative', text: t };
}

/** What a quantitative row's values are measured in, after 万/亿 and 元/万元 scaling. */
interface Measure {
  kind: 'rate' | 'amount' | 'score' | 'count' | 'none';
  /** % for rates, 万元 for amounts, 分 for scores, the base count unit (人次 for 万人次), '' for none */
  unit: string;
}

function measureOf(p: ParsedOk): Measure {
  switch (p.kind) {
    case 'rate':
      return { kind: 'rate', unit: '%' };
    case 'amount':
      return { kind: 'amount', unit: '万元' };
    case 'score':
      return { kind: 'score', unit: '分' };
    case 'count':
      return { kind: 'count', unit: p.unit };
    default:
      return { kind: 'none', unit: '' };
  }
}

/** How many of the normalised unit one of `written` is (万人次 → 10000, 元 → 0.0001), for a bare number. */
function factorOf(m: Measure, written: string): string {
  if (m.kind === 'amount') return amountFactor(written) ?? '1';
  if (m.kind === 'count') return countUnit(written).factor;
  return '1';
}

/**
 * A quantitative row's target and actual in one unit: "≥1万人次" against "9,800人次" is 10000 against
 * 9800 人次; a bare number takes the unit written on the other side ("≥95%" against "98" is 98%); two
 * different units ("≥500人次" against "28天") are a mismatch, never scored.
 */
export type IndicatorValues =
  | { ok: true; target: Dec; actual: Dec; unit: string; actualParsed: ParsedOk }
  | { ok: false; mismatch: true; targetUnit: string; actualUnit: string; actualParsed: ParsedOk }
  | { ok: false; mismatch: false; message: string };

export function readIndicatorValues(target: Extract<TargetReading, { kind: 'quantitative' }>, actualCell: CellValue | undefined): IndicatorValues {
  const actual = readCell(actualCell);
  if (!actual.ok) return { ok: false, mismatch: false, message: actual.message };
  if (actual.kind === 'text' || actual.kind === 'flag') return { ok: false, mismatch: false, message: `无法识别“${actual.text}”：应为数值` };
  return pairIndicatorValues(target.parsed, actual);
}

/** Two numeric readings (a 年度指标值 and an 实际完成值) brought to one unit, as readIndicatorValues does. */
export function pairIndicatorValues(target: ParsedOk, actual: ParsedOk): IndicatorValues {
  const t = measureOf(target);
  const a = measureOf(actual);
  let targetValue = target.value as Dec;
  let actualValue = actual.value as Dec;
  let unit: string;
  if (a.kind === 'none') {
    unit = t.unit;
    // "98" against a "≥95%" target means 98%; against "≤50万元", 50 万元; against "≥1万人次", 万人次
    if (t.kind === 'rate') {
      if (actualValue.abs().gt(RATE_AS_POINTS_ABOVE)) actualValue = actualValue.dividedBy(100);
    } else actualValue = actualValue.times(factorOf(t, target.sourceUnit));
  } else if (t.kind === 'none') {
    unit = a.unit;
    if (a.kind === 'rate') {
      if (targetValue.abs().gt(RATE_AS_POINTS_ABOVE)) targetValue = targetValue.dividedBy(100);
    } else targetValue = targetValue.times(factorOf(a, actual.sourceUnit));
  } else if (t.kind === a.kind && t.unit === a.unit) {
    unit = t.unit;
  } else {
    return { ok: false, mismatch: true, targetUnit: target.sourceUnit || t.unit, actualUnit: actual.sourceUnit || a.unit, actualParsed: actual };
  }
  return { ok: true, target: targetValue, actual: actualValue, unit, actualParsed: actual };
}

/** Words a 指标性质 column uses for a direction instead of a sign. */
const NATURE_SIGNS: Record<string, string> = { 正向: '≥', 正向指标: '≥', 反向: '≤', 反向指标: '≤', 等于: '=' };

/**
 * A target printed over three columns (指标性质 | 指标值 | 度量单位: "≧ | 100 | %") as the one text the
 * national form writes ("≧100%"). 定性 in the 指标性质 column marks a qualitative target: its value
 * is a phrase ("优良中低差"), kept as it is.
 */
export function joinSplitTarget(sign: string, value: string, unit: string): string {
  const s = sign.trim();
  if (s === '定性') return value.trim();
  const written = ownEntry(NATURE_SIGNS, s) ?? s;
  if (value.trim() === '') return '';
  return `${written}${value.trim()}${unit.trim()}`;
}
