import type { Change, WritePlan } from '../port';

/** Excel and WPS hold at most 32,767 characters in a cell (and in a note). */
export const CELL_TEXT_LIMIT = 32767;

/** What ends a text cut to the limit, so a reader sees that the rest is elsewhere. */
export const CUT_MARK = '…（已截断，全文见 JSON 报告）';

/**
 * Characters an .xlsx part cannot hold (XML 1.0): controls but tab, newline and carriage return;
 * U+FFFE and U+FFFF; a half of a surrogate pair standing alone (a whole pair is matched to be kept).
 * A file holding one raw opens nowhere. No lookbehind: the WPS pages run on ES2017 engines.
 */
const NOT_XML_OR_PAIR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]/g;

/** Quick test: does the text hold anything notXml would change. */
export const MAYBE_NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/;

/** Each character XML cannot hold replaced by what `by` makes of it. */
export function replaceNotXml(text: string, by: (ch: string) => string): string {
  return MAYBE_NOT_XML.test(text) ? text.replace(NOT_XML_OR_PAIR, (ch) => (ch.length === 2 ? ch : by(ch))) : text;
}

/**
 * A text as every host may write it: what XML cannot hold taken out, and a text over the cell limit
 * cut with a visible mark (never inside a surrogate pair). The same rule for Excel, WPS and files.
 */
export function writableText(text: string): string {
  const clean = replaceNotXml(text, () => '');
  if (clean.length <= CELL_TEXT_LIMIT) return clean;
  let end = CELL_TEXT_LIMIT - CUT_MARK.length;
  const last = clean.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${clean.slice(0, end)}${CUT_MARK}`;
}

function writableChange(change: Change): Change {
  if (change.kind === 'cell' && typeof change.value === 'string') {
    const value = writableText(change.value);
    return value === change.value ? change : { ...change, value };
  }
  if (change.kind === 'comment') {
    const text = writableText(change.text);
    return text === change.text ? change : { ...change, text };
  }
  return change;
}

/**
 * The plan as hosts write it, every text made writable. Hosts apply this before writing, and an undo
 * compares cells with it, so a cut text still counts as ours.
 */
export function writablePlan(plan: WritePlan): WritePlan {
  const changes = plan.changes.map(writableChange);
  return changes.every((c, i) => c === plan.changes[i]) ? plan : { ...plan, changes };
}
