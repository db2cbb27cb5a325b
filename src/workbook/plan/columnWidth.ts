/**
 * A column width (in characters of the default font, as .xlsx files store it) wide enough to read
 * the given texts: a CJK or full-width character takes two, anything else one, plus a margin.
 * Capped so a long note wraps to the eye rather than pushing the sheet off screen.
 */
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/;

function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

export function readableWidth(texts: readonly string[], min = 8, max = 80): number {
  const widest = texts.reduce((w, t) => Math.max(w, textWidth(t)), 0);
  return Math.min(max, Math.max(min, widest + 2));
}
