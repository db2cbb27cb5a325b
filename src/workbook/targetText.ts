import type { Dec } from '../engine/decimal';
import type { IndicatorDirection, QualitativeGrade } from '../engine/types';
import { normaliseChars, readCell, type ParsedOk } from './cellText';

/**
 * 年度指标值 / 实际完成值 cells of the national project form: "≥500人次", "≤30天", "=100%",
 * "≥95%", "≤50万元", or a phrase ("有效提升") for qualitative targets. The sign decides the direction.
 */

export type TargetReading =
  | { kind: 'quantitative'; direction: Exclude<IndicatorDirection, 'qualitative'>; value: Dec; unit: string; parsed: ParsedOk }
  | { kind: 'qualitative'; text: string };

const SIGNS: [RegExp, Exclude<IndicatorDirection, 'qualitative'>][] = [
  [/^(>=|≥|≧|>|不低于|不少于|大于等于|大于|高于|超过)/, 'positive'],
  [/^(<=|≤|≦|<|不高于|不超过|不多于|小于等于|小于|低于)/, 'reverse'],
  [/^(==|=|等于)/, 'equal'],
];

export function readTarget(text: string): TargetReading {
  const t = normaliseChars(text).trim();
  for (const [re, direction] of SIGNS) {
    const m = re.exec(t);
    if (!m) continue;
    const rest = t.slice(m[0].length).trim();
    const cell = readCell(rest);
    if (cell.ok && cell.kind !== 'text' && cell.kind !== 'flag') {
      return { kind: 'quantitative', direction, value: cell.value as Dec, unit: cell.unit, parsed: cell };
    }
    return { kind: 'qualitative', text: t };
  }
  const cell = readCell(t);
  // A bare number is a positive target (the national default for output indicators).
  if (cell.ok && cell.kind !== 'text' && cell.kind !== 'flag') {
    return { kind: 'quantitative', direction: 'positive', value: cell.value as Dec, unit: cell.unit, parsed: cell };
  }
  return { kind: 'qualitative', text: t };
}

/** 实际完成值 of a qualitative row → its grade; null when the text names none. */
export function readGrade(text: string): QualitativeGrade | null {
  const t = normaliseChars(text).replace(/\s+/g, '');
  if (t === '') return null;
  if (/未达成|未达到|未完成|没有达到/.test(t)) return '未达成';
  if (/部分达成|基本达成|基本完成|部分完成|基本达到|部分达到/.test(t)) return '部分达成';
  if (/达成|达到|完成|实现|已提升|提升|改善|有效/.test(t)) return '达成';
  return null;
}
