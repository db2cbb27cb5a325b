import { D, type Dec } from '../../engine/decimal';
import { normaliseChars } from './cellValue';

/**
 * What a name cell of an indicator table says besides the name: the points printed inside it
 * ("相关性(5分)", "产出指标（50分）", "部门决 策(25 分)", a level cell showing only "(50分)" or
 * "(特性指标70分)"), and whether it is a template's placeholder rather than an indicator ("指标1：",
 * "指标2", "……", "/", "无").
 */

/** Template placeholders: an empty 指标N slot, an ellipsis row, a not-applicable mark. */
const PLACEHOLDER = /^(指标\s*[0-9一二三四五六七八九十LlI]{0,3}\s*[:：]?|[.。·…]{2,}|…|\/|无|-|—|一)$/;

export function isPlaceholderName(text: string): boolean {
  return PLACEHOLDER.test(normaliseChars(text).replace(/\s+/g, ''));
}

/** Points in a trailing bracket: "(5分)", "(5 分)", "(20)", "(特性指标70分)"; at most 100. */
const TRAILING_POINTS = /[(]\s*([^()\d]*?)\s*(\d+(?:\.\d+)?)\s*分?\s*[)]$/;

export interface NameWithPoints {
  /** the name without its points ("相关性"); a cell holding only the bracket keeps its text as printed */
  name: string;
  /** the points printed inside the name, or null */
  points: Dec | null;
}

/** Splits the points off a (whitespace-free) name cell; a name without them comes back unchanged. */
export function splitNamePoints(text: string): NameWithPoints {
  const half = normaliseChars(text);
  const m = TRAILING_POINTS.exec(half);
  if (!m) return { name: text, points: null };
  const points = new D(m[2]);
  if (points.gt(100)) return { name: text, points: null };
  const before = half.slice(0, m.index).trim();
  // "(特性指标70分)" names its level inside the bracket; a bare "(50分)" names nothing: keep the text.
  return { name: before === '' ? text : text.slice(0, before.length).trim(), points };
}
