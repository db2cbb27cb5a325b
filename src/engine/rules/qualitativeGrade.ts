import { compactText } from '../text';
import type { QualitativeGrade } from '../types';

/**
 * The one reading of a qualitative 实际完成值 ("基本达成", "未实现", "有效提升") as a grade, used by the
 * indicator rule and by the workbook layer. Negations are tried first ("未实现" contains "实现"), then
 * partial achievement ("部分实现", "基本完成"), then achievement.
 */
const VERB = '(?:达成|达到|达标|达|完成|实现|提升|提高|改善|落实|到位)';
const NEGATED = new RegExp(`(?:未能?|尚未|没有|没能|没|无法|不能)(?:全部|完全|如期|按期)?${VERB}`);
const NEGATION_FIRST = /^(?:未|尚未|没有|没)/;
const PARTIAL = new RegExp(`(?:部分|基本|大部分|大部|大体|初步)${VERB}`);
const ACHIEVED = new RegExp(`${VERB}|有效|显著`);

export function qualitativeGrade(text: string): QualitativeGrade | null {
  const t = compactText(text);
  if (t === '') return null;
  if (NEGATED.test(t) || NEGATION_FIRST.test(t)) return '未达成';
  if (PARTIAL.test(t)) return '部分达成';
  if (ACHIEVED.test(t)) return '达成';
  return null;
}
