import { D, type Dec } from '../../engine/decimal';
import { normaliseChars, readDeadline, readTarget } from '../read';
import type { CellValue } from '../port';
import type { TargetValue } from './targetSheet.types';

/**
 * A 指标值 cell split into sign, number and unit. The national reading (read/targetText.ts) comes first;
 * a unit it does not know ("≥80M") still leaves a number with a unit, and a date or a span of dates
 * ("≤12月31日", "2023.07-2024.01") is a 时效 target, not a phrase.
 */

const SPAN = /^\d{4}\s*[.\-/年]\s*\d{1,2}\s*月?\s*(?:[-—~～至到]+)\s*\d{4}\s*[.\-/年]\s*\d{1,2}\s*月?$/;
const LOOSE = /^(>=|<=|≥|≤|>|<|=|不低于|不少于|不高于|不超过|不多于|大于等于|小于等于|大于|小于|等于)?\s*([+-]?\d[\d,]*(?:\.\d+)?)\s*([^\d\s]{1,8}?)?\s*(及以上|及以下|以上|以内|以下)?$/;
const POSITIVE = /^(>=|≥|>|不低于|不少于|大于等于|大于)$|以上$/;
const REVERSE = /^(<=|≤|<|不高于|不超过|不多于|小于等于|小于)$|以内$|以下$/;

const BLANK: TargetValue = { text: '', kind: 'blank', sign: '', direction: null, number: null, unit: '', value: null, measure: null };

function directionOf(sign: string): TargetValue['direction'] {
  if (sign === '') return null;
  if (POSITIVE.test(sign)) return 'positive';
  if (REVERSE.test(sign)) return 'reverse';
  return 'equal';
}

export function splitTargetText(raw: string): TargetValue {
  const text = normaliseChars(raw).trim();
  if (text === '') return BLANK;
  if (SPAN.test(text.replace(/\s+/g, '')) || readDeadline(text) !== null) {
    return { ...BLANK, text, kind: 'period' };
  }
  const reading = readTarget(text);
  if (reading.kind === 'quantitative') {
    const p = reading.parsed;
    const measure = p.kind === 'rate' || p.kind === 'amount' || p.kind === 'score' || p.kind === 'count' ? p.kind : 'number';
    const trailing = /(及以上|及以下|以上|以内|以下)$/.exec(text)?.[0] ?? '';
    const sign = reading.sign;
    return {
      text,
      kind: 'number',
      sign,
      direction: sign === '' ? null : reading.direction,
      number: p.written ?? (p.value as Dec),
      unit: trailing !== '' && p.sourceUnit.endsWith(trailing) ? p.sourceUnit.slice(0, -trailing.length) : p.sourceUnit,
      value: p.value as Dec,
      measure,
    };
  }
  const m = LOOSE.exec(text.replace(/\s+/g, ''));
  if (m) {
    const sign = m[1] ?? m[4] ?? '';
    const number = new D(m[2].replace(/,/g, ''));
    return { text, kind: 'number', sign, direction: directionOf(sign), number, unit: m[3] ?? '', value: number, measure: 'number' };
  }
  return { ...BLANK, text, kind: 'phrase' };
}

/** A cell's 指标值: text as written; a host number shown as a per cent (0.95 in a 0% cell) reads as 95%. */
export function readTargetValue(value: CellValue, format: string | null = null): TargetValue {
  if (value === null || value === undefined || typeof value === 'boolean') return typeof value === 'boolean' ? { ...BLANK, text: String(value), kind: 'phrase' } : BLANK;
  if (typeof value === 'number' && format !== null && format.includes('%')) {
    return splitTargetText(`${new D(value).times(100).toString()}%`);
  }
  return splitTargetText(String(value));
}
