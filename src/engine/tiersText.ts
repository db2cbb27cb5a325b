import { D } from './decimal';
import type { Comparator, Tier } from './types';
import { toHalfWidth } from './text';

/**
 * Tier rules written as text, the way 评分标准 cells state them (read by `parseTiersText`, written by
 * `printTiersText` for PERF.SCORE_TIERS formulas):
 *
 *   ">=90%:1; >=75%:0.7; >=60%:0.4; else:0"
 *
 * Grammar (hand-written; the text is data and is never evaluated as code):
 *   tiers     := item (SEP item)*            SEP: ; ； , ， or a newline (repeats allowed)
 *   item      := condition COLON points      COLON: : or ：
 *   condition := ELSE | OP number [%]        ELSE: else 否则 其他 其它
 *   OP        := >= > <= < =                 also ≥ ≤ ≧ ≦ and full-width ＞ ＜ ＝
 * A threshold with % is a percentage (90% → 0.9). Full-width digits are accepted. Tiers are tried in
 * order and the first that holds gives the points, so an "else" may only come last.
 */

export interface TiersTextError {
  code: 'tiers-syntax';
  /** Chinese first, naming the fragment that could not be read */
  message: string;
  fragment: string;
}

export type TiersParseResult = { ok: true; tiers: Tier[] } | { ok: false; error: TiersTextError };

const ELSE_WORDS = new Set(['else', 'otherwise', '否则', '其他', '其它', '其余']);
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

function syntaxError(fragment: string, why: string): TiersParseResult {
  return {
    ok: false,
    error: {
      code: 'tiers-syntax',
      fragment,
      message: `分档规则无法识别：“${fragment}”${why}（Cannot read tier rule fragment "${fragment}"）`,
    },
  };
}

function normalise(text: string): string {
  return toHalfWidth(text).replace(/≥|≧/g, '>=').replace(/≤|≦/g, '<=').replace(/==/g, '=');
}

/** Reads one condition ("≥90%", "else") into a tier without points; null when unreadable. */
function readCondition(raw: string): { op?: Comparator; threshold?: string } | null {
  const text = normalise(raw).replace(/\s+/g, '');
  if (ELSE_WORDS.has(text.toLowerCase())) return {};
  const match = /^(>=|<=|>|<|=)(.+)$/.exec(text);
  if (!match) return null;
  const op = match[1] as Comparator;
  let number = match[2];
  const isPercent = number.endsWith('%');
  if (isPercent) number = number.slice(0, -1);
  if (!NUMBER.test(number)) return null;
  const value = isPercent ? new D(number).dividedBy(100) : new D(number);
  return { op, threshold: value.toFixed() };
}

function readPoints(raw: string): string | null {
  const text = normalise(raw).replace(/\s+/g, '').replace(/分$/, '');
  if (!NUMBER.test(text)) return null;
  const value = new D(text);
  return value.isNegative() ? null : value.toFixed();
}

/**
 * One tier from a condition and its points, as a two-column range gives them
 * ([">=90%", 1]). `fragment` names the item in error messages.
 */
export function parseTierItem(condition: string, points: string, fragment = `${condition}:${points}`): TiersParseResult {
  const cond = readCondition(condition);
  if (!cond) return syntaxError(fragment, '，条件应写成 >=90% 或 else 的形式');
  const pts = readPoints(points);
  if (pts === null) return syntaxError(fragment, '，分值应为不小于 0 的数字');
  return { ok: true, tiers: [{ ...cond, points: pts }] };
}

/** Checks the order rules that hold for any list of tiers: at most one else, and only last. */
export function checkTierList(tiers: Tier[], fragments: string[]): TiersParseResult {
  if (tiers.length === 0) return syntaxError('', '，规则为空');
  const elseAt = tiers.findIndex((t) => t.op === undefined);
  if (elseAt >= 0 && elseAt !== tiers.length - 1) {
    return syntaxError(fragments[elseAt + 1] ?? fragments[elseAt], '，“否则/else”之后的档位永远不会生效，应放在最后');
  }
  return { ok: true, tiers };
}

export function parseTiersText(text: string): TiersParseResult {
  const items = text
    .split(/[;；,，\r\n]+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  const tiers: Tier[] = [];
  for (const item of items) {
    const normal = toHalfWidth(item);
    const colon = normal.lastIndexOf(':');
    if (colon < 0) return syntaxError(item, '，缺少冒号分隔条件与分值');
    const one = parseTierItem(normal.slice(0, colon), normal.slice(colon + 1), item);
    if (!one.ok) return one;
    tiers.push(...one.tiers);
  }
  return checkTierList(tiers, items);
}

/**
 * Tiers as text `parseTiersText` reads back to the same tiers: ">=90%:1;>=75%:0.7;else:0". Thresholds
 * are fractions, so each is written as a percentage.
 */
export function printTiersText(tiers: readonly Tier[]): string {
  const num = (value: string) => new D(value).toString();
  return tiers
    .map((t) => (t.op === undefined ? `else:${num(t.points)}` : `${t.op}${new D(t.threshold ?? '0').times(100).toString()}%:${num(t.points)}`))
    .join(';');
}
