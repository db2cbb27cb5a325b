import { FIGURE_MEANINGS, type FigureMeaning } from '../../frameworks/figureMeanings';
import { FIGURE_TERMS, SOFT_TERMS, type FigureTerm } from '../../frameworks/figureTerms';
import { normaliseChars } from './cellValue';

/**
 * A 基础数据 label read by meaning, not by its exact words: the label is normalised (width, spaces,
 * quotes, brackets, a unit in brackets, a trailing 数/额/金额, “其中：”, list marks “一、” “（2）”), read
 * into key terms (`frameworks/figureTerms.ts`, longest word first) and compared with what each figure
 * needs (`frameworks/figureMeanings.ts`). A label names a figure when it holds all the terms of one of
 * its meanings and nothing a figure of another kind would hold; two such figures, or none but several
 * half-matches, make it ambiguous: reported, never chosen silently.
 */

export type LabelReading =
  | { kind: 'figure'; id: string; ranked: RankedFigure[] }
  | { kind: 'ambiguous'; candidates: string[]; ranked: RankedFigure[] }
  | { kind: 'none'; ranked: RankedFigure[] };

export interface RankedFigure {
  id: string;
  /** share of the needed terms the label holds (1 for a full match), less for terms it should not hold */
  score: number;
  full: boolean;
}

const UNIT_IN_BRACKETS = /\((万元|元|千元|亿元|万|亿|%|％|‰|人|个|项|次|人次|天|件|台|户|家|场|篇|分|是\/否|年|月|日)\)/g;
const LIST_MARK = /^(?:[一二三四五六七八九十]+[、.．]|\(?[一二三四五六七八九十]+\)|\(?\d+\)|\d+[、.．](?!\d))/;

/** The label as its meaning is read: "（2）公用经费（万元）：" → 公用经费; "其中：基本支出" → 基本支出. */
export function normaliseFigureLabel(text: string): string {
  let t = normaliseChars(text)
    .replace(/[（【［〔]/g, '(')
    .replace(/[）】］〕]/g, ')')
    .replace(/\s+/g, '')
    .replace(/["'「」『』《》〈〉“”‘’]/g, '')
    .toLowerCase();
  t = t.replace(UNIT_IN_BRACKETS, '').replace(/[:：。;；,，、]+$/, '');
  t = t.replace(LIST_MARK, '').replace(/^其中[:：]?/, '');
  return t.replace(/(金额|数|额)$/, '') || t;
}

interface TermEntry {
  word: string;
  term: FigureTerm;
}

/** Every word of every term, longest first, so 编外聘用 is read before 编外 and 待处置 before 处置. */
const WORDS: TermEntry[] = (Object.entries(FIGURE_TERMS) as [FigureTerm, readonly string[]][])
  .flatMap(([term, words]) => words.map((word) => ({ word: word.toLowerCase(), term })))
  .sort((a, b) => b.word.length - a.word.length);

const SOFT = new Set<FigureTerm>(SOFT_TERMS);

/** Terms that make a figure a rate: a label with none of them is an amount or a count, never half a rate. */
const RATE_TERMS = new Set<FigureTerm>(['EXEC_RATE', 'PROGRESS', 'REPLY_RATE', 'SATISFACTION']);

/** The key terms a normalised label holds, in order. */
export function labelTerms(normalised: string): FigureTerm[] {
  const out: FigureTerm[] = [];
  let i = 0;
  while (i < normalised.length) {
    const hit = WORDS.find((w) => normalised.startsWith(w.word, i));
    if (hit) {
      out.push(hit.term);
      i += hit.word.length;
    } else i += 1;
  }
  return out;
}

/** How well one meaning of a figure fits the label's terms: full, half (some needed terms missing) or not. */
function fit(terms: Set<FigureTerm>, meaning: FigureMeaning, needs: readonly FigureTerm[]): { full: boolean; score: number } | null {
  const allowed = new Set<FigureTerm>([...needs, ...(meaning.allows ?? [])]);
  const held = needs.filter((t) => terms.has(t)).length;
  if (meaning.statement) return held === needs.length ? { full: true, score: 1 } : null;
  const foreign = [...terms].filter((t) => !allowed.has(t) && !SOFT.has(t)).length;
  if (foreign > 0) return null;
  if (held === needs.length) return { full: true, score: 1 };
  if (needs.some((t) => RATE_TERMS.has(t)) && ![...terms].some((t) => RATE_TERMS.has(t))) return null;
  return held > 0 ? { full: false, score: held / needs.length } : null;
}

/** Near figures for a label that names none: needed terms held, less one per foreign term. */
function nearness(terms: Set<FigureTerm>, meaning: FigureMeaning): number {
  let best = 0;
  for (const needs of meaning.needs) {
    const allowed = new Set<FigureTerm>([...needs, ...(meaning.allows ?? [])]);
    const held = needs.filter((t) => terms.has(t)).length;
    const foreign = [...terms].filter((t) => !allowed.has(t) && !SOFT.has(t)).length;
    best = Math.max(best, (held - foreign * 0.5) / needs.length);
  }
  return best;
}

/**
 * Figures with no meaning data (those a table's own 评分标准 names): normalised label → id, so a row
 * labelled with exactly that name is read as the figure.
 */
export function namedFigures(defs: Record<string, { label: string; synonyms?: string[] }>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [id, def] of Object.entries(defs)) {
    if (FIGURE_MEANINGS[id] !== undefined) continue;
    for (const name of [def.label, ...(def.synonyms ?? [])]) out.set(normaliseFigureLabel(name), id);
  }
  return out;
}

/** The figure ids a label may name in a framework: its own ids, less the common ones it shadows. */
export function meaningIds(ids: Iterable<string>): string[] {
  const all = [...ids].filter((id) => FIGURE_MEANINGS[id] !== undefined);
  const shadowed = new Set(all.flatMap((id) => FIGURE_MEANINGS[id].shadows ?? []));
  return all.filter((id) => !shadowed.has(id));
}

const TOTAL_ONLY = new Set<FigureTerm>(['TOTAL', 'FUNDS', 'ANNUAL', 'DEPT']);

/**
 * What a label names among `ids` (the figure ids of the framework in use): one figure, several
 * (ambiguous: the candidates), or none (with the nearest figures ranked, best first).
 */
export function readLabel(label: string, ids: Iterable<string>, named?: ReadonlyMap<string, string>): LabelReading {
  // a figure a rule text names (no meaning data of its own) is found by that name, as written
  const normalised = normaliseFigureLabel(label);
  const byName = named?.get(normalised);
  if (byName !== undefined) return { kind: 'figure', id: byName, ranked: [{ id: byName, score: 1, full: true }] };
  const known = readingsFor(ids);
  let reading = known.readings.get(normalised);
  if (reading === undefined) {
    if (known.readings.size >= READINGS_KEPT) known.readings.clear();
    reading = readTerms(normalised, known.usable);
    known.readings.set(normalised, reading);
  }
  return reading;
}

/**
 * Readings by the figure ids in use: reading is pure, and every unit's 基础数据 (a batch of 2,000
 * forms, or one form read again on each 识别) repeats the same labels against the same framework.
 * Callers read a reading, never change it.
 */
interface IdsReadings {
  usable: string[];
  readings: Map<string, LabelReading>;
}
const BY_LIST = new WeakMap<object, IdsReadings>();
const BY_IDS = new Map<string, IdsReadings>();
const READINGS_KEPT = 5000;
const ID_SETS_KEPT = 32;

function readingsFor(ids: Iterable<string>): IdsReadings {
  const list = Array.isArray(ids) ? (ids as string[]) : [...ids];
  const same = BY_LIST.get(list);
  if (same) return same;
  const key = list.join('\u0000');
  let known = BY_IDS.get(key);
  if (!known) {
    if (BY_IDS.size >= ID_SETS_KEPT) BY_IDS.delete(BY_IDS.keys().next().value as string);
    known = { usable: meaningIds(list), readings: new Map() };
    BY_IDS.set(key, known);
  }
  BY_LIST.set(list, known);
  return known;
}

function readTerms(normalised: string, usable: string[]): LabelReading {
  const terms = labelTerms(normalised);
  const held = new Set(terms);
  const ranked: RankedFigure[] = [];
  for (const id of usable) {
    const meaning = FIGURE_MEANINGS[id];
    let best: { full: boolean; score: number } | null = null;
    for (const needs of meaning.needs) {
      const f = fit(held, meaning, needs);
      if (f && (!best || (f.full && !best.full) || (f.full === best.full && f.score > best.score))) best = f;
    }
    if (best) ranked.push({ id, ...best });
  }
  ranked.sort((a, b) => Number(b.full) - Number(a.full) || b.score - a.score);
  const full = ranked.filter((r) => r.full);
  if (full.length === 1) return { kind: 'figure', id: full[0].id, ranked };
  if (full.length > 1) return { kind: 'ambiguous', candidates: full.map((r) => r.id), ranked };
  // a bare total row (合计, 总额, 年度资金总额): only its column names the figure
  if (terms.length > 0 && terms.includes('TOTAL') && terms.every((t) => TOTAL_ONLY.has(t))) {
    const headline = usable.filter((id) => FIGURE_MEANINGS[id].headline);
    return { kind: 'ambiguous', candidates: headline, ranked: headline.map((id) => ({ id, score: 0.5, full: false })) };
  }
  if (ranked.length > 1) return { kind: 'ambiguous', candidates: ranked.map((r) => r.id), ranked };
  if (ranked.length === 1) return { kind: 'none', ranked };
  const near = usable
    .map((id) => ({ id, score: nearness(held, FIGURE_MEANINGS[id]), full: false }))
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score);
  return { kind: 'none', ranked: near };
}
