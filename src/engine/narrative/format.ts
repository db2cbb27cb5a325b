import { D, dec, fixed, percent, thousands, type Dec, type DecInput } from '../decimal';

/**
 * How figures read in a 自评报告 (domain.md §2, §7): scores with 2 decimals, counts as written,
 * Chinese numerals for lists (一是…二是…) and quarters (一至四季度). Amounts (1,936.12万元) and rates
 * (98.70%) are `wan` and `percent` of ../decimal, the same text the checks and the rules print.
 */

/** A score or points: "96.88". */
export function pts(value: DecInput): string {
  return fixed(value, 2);
}

/** A count: integers as written ("23"), anything else with 2 decimals. */
export function count(value: DecInput): string {
  const v = dec(value);
  return v.isInteger() ? v.toFixed(0) : thousands(v);
}

/** share = part ÷ whole as a percentage, or null when the whole is zero. */
export function share(part: Dec, whole: Dec): string | null {
  return whole.isZero() ? null : percent(part.div(whole));
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一, up to 99 (lists are never longer in a report). */
export function numeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

/** Items joined the way the seeds list them: 26.24%、51.31%、76.51%、98.70%. */
export function listDun(items: readonly string[]): string {
  return items.join('、');
}

/**
 * How the unit refers to itself (domain.md §7): 我中心 / 我局 / 我会 … from the end of its name, where
 * that reads naturally; 我单位 otherwise and when the name is unknown.
 */
const SELF_SUFFIXES: [suffix: string, self: string][] = [
  ['中心', '我中心'],
  ['委员会', '我委'],
  ['协会', '我会'],
  ['学会', '我会'],
  ['联合会', '我会'],
  ['研究院', '我院'],
  ['医院', '我院'],
  ['学院', '我院'],
  ['大学', '我校'],
  ['学校', '我校'],
  ['中学', '我校'],
  ['小学', '我校'],
  ['局', '我局'],
  ['厅', '我厅'],
  ['委', '我委'],
  ['办', '我办'],
  ['院', '我院'],
  ['馆', '我馆'],
  ['站', '我站'],
  ['所', '我所'],
  ['队', '我队'],
];

export function selfReference(unitName: string | null | undefined): string {
  const name = (unitName ?? '').replace(/\s+/g, '').replace(/[（(][^）)]*[）)]$/, '');
  if (name === '') return '我单位';
  const hit = SELF_SUFFIXES.find(([suffix]) => name.endsWith(suffix));
  return hit ? hit[1] : '我单位';
}

/** "2024" → "2024年度"; unknown → "本年度". */
export function yearLabel(year: string | null | undefined): string {
  const y = (year ?? '').trim();
  return /^\d{4}$/.test(y) ? `${y}年度` : '本年度';
}

/** Loss of a leaf: max − score, never negative. */
export function loss(max: Dec, score: Dec): Dec {
  return D.max(0, max.minus(score));
}

/** Workbook text quoted as a sentence: “…。” keeps the text's own full stop, else one is added after. */
export function quoteSentence(text: string): string {
  // Line breaks inside a cell would split the paragraph; the lines are joined as printed prose.
  const t = text.replace(/\s*[\r\n]+\s*/g, '').trim();
  return /[。！？.!?]$/.test(t) ? `“${t}”` : `“${t}”。`;
}

const SIGNS: [RegExp, string][] = [
  [/[≧]/g, '≥'],
  [/[≦]/g, '≤'],
  [/[＝═]/g, '='],
  [/＞/g, '>'],
  [/＜/g, '<'],
  [/％/g, '%'],
];

/**
 * Target and actual text as a report prints it: full-width digits and signs as the usual ones (≧90% →
 * ≥90%, ＝100% → =100%), no space after a sign or before a unit, and thousands separators in numbers of five or more
 * digits (≥ 20000人次 → ≥20,000人次). Four-digit numbers are left as written: they are as often years
 * (2023年10月) as amounts. Words are left as the unit wrote them.
 */
export function normaliseTargetText(text: string): string {
  let t = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/．/g, '.');
  for (const [from, to] of SIGNS) t = t.replace(from, to);
  t = t.replace(/\s+/g, ' ').trim().replace(/([≥≤=<>])\s+/g, '$1').replace(/(\d)\s+(?=[\u4e00-\u9fff%])/g, '$1');
  return t.replace(/(^|[^\d.,])(\d{5,})/g, (_m, before: string, digits: string) => `${before}${digits.replace(/\B(?=(\d{3})+$)/g, ',')}`);
}
