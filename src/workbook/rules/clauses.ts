import { ownEntry } from '../../engine/ownKey';
import { D } from '../../engine/decimal';
import type { Bound } from './reading.types';
import { tokenize, type Keyword, type Op, type Tok } from './tokens';

/**
 * The clause grammar. A text is cut into sentences (at ；;。, line breaks and item marks) and each
 * sentence into clauses (at ，,:：). Each production below reads one pattern from a sentence's
 * clauses and says what it means; `readSentence` tries them in order. To teach the parser a new
 * wording, add a production here and a case to the assembler in parseStandard.ts.
 *
 * A production either reads its clauses whole or returns null: nothing is guessed, and a sentence
 * that speaks of points but fits no production is reported as not understood.
 */

export interface Sentence {
  toks: Tok[];
  /** where its words start (after any item mark) and where it ends, its terminator included */
  start: number;
  end: number;
}

/** A condition: a bound on a measure, a number alone ("100%计满分"), words only, or "otherwise". */
export type Condition =
  | { c: 'bound'; measure?: string; bound: Bound; percent: boolean; rangeUnmarked?: boolean }
  | { c: 'bare'; measure?: string; value: string; percent: boolean }
  /** words only, or words with figures no production reads (`figures`): fine for a checklist item, not for a tier */
  | { c: 'words'; text: string; figures?: boolean }
  | { c: 'else' };

/** Points as a statement gives them: a number, or 满分. */
export type Points = { n: string } | 'full';

export type Statement =
  /** "condition，得 N 分" or "text（N分）": a tier or a checklist item */
  | { s: 'item'; text: string; cond: Condition; points: Points }
  /** "每超过一个百分点扣0.5分，扣完为止" */
  | { s: 'per-point'; direction: 'over' | 'under' | 'both'; step: string; percent: boolean; points: boolean; deduct: string; partial?: 'whole-steps' | 'proportional' }
  /** "一项重点工作没有完成扣4分": `what` is null when the text does not name the thing counted; `back`
   *  when what is counted is described by the sentences before ("以上情况每出现一例…") */
  | { s: 'deduct'; what: string | null; perItem: string; back: boolean }
  /** "A/B×6分", "执行率×该指标分值", "得分值=种植率×30"; `countOf`: the things a count share counts */
  | { s: 'formula'; measure?: string; numerator?: string; denominator?: string; points: Points; cap?: string; countOf?: string }
  /** "单个数量指标…的，均不计分": `text` (after 单个) says which counted things score nothing */
  | { s: 'unit-zero'; text: string }
  /** "超过计划时间的,…应根据超计划时间占计划完成时间百分比扣分": the overrun a per-point statement counts */
  | { s: 'overrun-measure'; measure: string }
  /** "考查…的5项预期效益指标的完成情况，按实现程度计分": `count` items follow */
  | { s: 'checklist-lead'; count: string }
  /** "每完成1项取得该项分数，未完成项不得分" */
  | { s: 'all-or-nothing' }
  /** "按完成比例计算得分": a ratio whose measure the definition names */
  | { s: 'ratio-words' }
  /** "满分为止", "最高不得超过分值上限", "(超过100%以100%计算)" */
  | { s: 'cap'; cap: string }
  /** "否则不得分", "不齐全的扣2分": whatever the items do not give scores 0 */
  | { s: 'else-zero'; points?: string }
  | { s: 'veto'; text: string }
  | { s: 'grant'; text: string }
  | { s: 'judgement'; text: string }
  /** "二者择其一": the text itself says the rule is one of two */
  | { s: 'choice'; text: string }
  /** a sentence that says no rule: a definition, a note, "以100%为标准" */
  | { s: 'aside' }
  /** a sentence with figures that scores nothing itself: a deadline, a share ("春节前下达…的50%") */
  | { s: 'requirement'; text: string }
  | { s: 'unknown'; text: string };

// ---------------------------------------------------------------------------------------------
// Cutting text into sentences and clauses

const SENTENCE_END = new Set([';', '。', '\n', '|']);

export function sentencesOf(source: string): Sentence[] {
  const out: Sentence[] = [];
  let cur: Tok[] = [];
  const close = (end: number) => {
    if (cur.some((t) => t.t !== 'sep')) out.push({ toks: cur, start: cur[0].start, end });
    cur = [];
  };
  for (const tok of tokenize(source)) {
    if (tok.t === 'mark') {
      close(tok.start);
      continue;
    }
    if (tok.t === 'sep' && SENTENCE_END.has(tok.ch)) {
      close(tok.end);
      continue;
    }
    if (cur.length === 0 && tok.t === 'sep') continue; // a clause separator right after a mark
    cur.push(tok);
  }
  close(source.length);
  return out;
}

function clausesOf(toks: Tok[]): Tok[][] {
  const out: Tok[][] = [[]];
  for (const tok of toks) {
    if (tok.t === 'sep' && (tok.ch === ',' || tok.ch === ':')) out.push([]);
    else out[out.length - 1].push(tok);
  }
  return out.filter((c) => c.length > 0);
}

// ---------------------------------------------------------------------------------------------
// Small helpers over tokens

const isKw = (t: Tok | undefined, w: Keyword) => t !== undefined && t.t === 'kw' && t.word === w;
const isText = (t: Tok | undefined, re?: (s: string) => boolean) => t !== undefined && t.t === 'text' && (re ? re(t.raw) : true);
const HAN = /[\u3400-\u9fff]/;

/** Text as written between two places, with line-wrap spaces between Chinese characters removed. */
export function cut(source: string, a: number, b: number): string {
  const raw = source.slice(a, b);
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (/\s/.test(c) && c !== '\n') {
      let j = i;
      while (j < raw.length && /\s/.test(raw[j]) && raw[j] !== '\n') j++;
      const before = out[out.length - 1];
      if (before !== undefined && HAN.test(before) && HAN.test(raw[j] ?? '')) {
        i = j - 1;
        continue;
      }
    }
    out += c;
  }
  return out.trim();
}

/** Trim separators and the particle 的 from the ends of an item's text. */
function itemText(text: string): string {
  let t = text.trim();
  for (;;) {
    const before = t;
    t = t.replace(/^[,，;；:：、\s]+/, '').replace(/[,，;；:：、\s]+$/, '');
    if (t.endsWith('的')) t = t.slice(0, -1);
    if (t === before) return t;
  }
}

/** Words that say scoring is going on; a sentence without any of them states no rule. */
const SCORE_WORDS = ['计分', '评分', '给分', '打分', '赋分', '扣分', '得分', '记分', '分档'];
function speaksOfPoints(toks: Tok[]): boolean {
  return toks.some(
    (t) =>
      (t.t === 'kw' && ['得', '计', '扣', '分', '不得分', '满分', '得分=', '不扣分', '满分为止', '扣完为止', '酌情', '分值'].includes(t.word)) ||
      (t.t === 'text' && SCORE_WORDS.some((w) => t.raw.includes(w))),
  );
}

// ---------------------------------------------------------------------------------------------
// Conditions

const MEASURE_TAIL = /[的时]$/;

/** A measure's name as written before its sign: text only, spaces trimmed. */
function measureOf(source: string, toks: Tok[]): string | undefined | null {
  if (toks.length === 0) return undefined;
  if (!toks.every((t) => t.t === 'text' || t.t === 'lp' || t.t === 'rp')) return null;
  const name = cut(source, toks[0].start, toks[toks.length - 1].end).replace(/^(若|如)/, '');
  return name || undefined;
}

function inclusiveAfter(toks: Tok[], i: number): boolean {
  return toks[i]?.t === 'incl';
}

/**
 * condition :=
 *     else-word                                         其余 / 否则 / 其他
 *   | [measure] sign NUM [(含)]                          "重点支出安排率≥90%", "低于60%", "=0"
 *   | NUM sign measure sign NUM                          "90%>固定资产利用率≥75%", "5% ≤ 比率 ≤ 10%"
 *   | [measure] NUM [(含)] dash NUM [(含)]                "80%(含)-90%", "0-10%(含)"; unmarked → both readings
 *   | [measure] NUM [(含)] 以上|以下|以内 [(含)]           "100%以下(含)", "70%以下"
 *   | [measure] NUM                                      "计划建设内容完成100%": a bare figure
 *   | words                                              "项目档案资料齐全"
 * followed by nothing but 的 / 时. A sign whose number is not right after it ("达到年度任务90%") makes
 * the threshold relative to another figure: not read.
 */
export function readCondition(source: string, toks: Tok[]): Condition | null {
  let end = toks.length;
  while (end > 0 && (toks[end - 1].t === 'sep' || (toks[end - 1].t === 'text' && MEASURE_TAIL.test(toks[end - 1].raw) && toks[end - 1].raw.length <= 2))) end--;
  const ts = toks.slice(0, end);
  if (ts.length === 0) return null;
  if (ts.length === 1 && (isKw(ts[0], '其余') || isKw(ts[0], '否则') || isText(ts[0], (s) => s === '其他' || s === '其它'))) return { c: 'else' };
  const nums = ts.map((t, i) => (t.t === 'num' ? i : -1)).filter((i) => i >= 0);
  const signs = ts.map((t, i) => (t.t === 'cmp' ? i : -1)).filter((i) => i >= 0);
  if (nums.length === 0) {
    // words only; a sign word without a number ("达到预期的效果") is just a word here
    return { c: 'words', text: itemText(cut(source, ts[0].start, ts[ts.length - 1].end)) };
  }
  const num = (i: number) => ts[i] as Extract<Tok, { t: 'num' }>;
  const pct = nums.some((i) => num(i).percent);

  // NUM sign measure sign NUM
  if (nums.length === 2 && signs.length === 2 && nums[0] === 0 && signs[0] === 1 && signs[1] > 2 && nums[1] === signs[1] + 1 && nums[1] === ts.length - 1) {
    const measure = measureOf(source, ts.slice(2, signs[1]));
    if (measure === null || measure === undefined) return null;
    const lo = ts[1] as Extract<Tok, { t: 'cmp' }>;
    const hi = ts[signs[1]] as Extract<Tok, { t: 'cmp' }>;
    const bound = twoSided(num(0).value, lo.op, hi.op, num(nums[1]).value);
    return bound ? { c: 'bound', measure, bound, percent: pct } : null;
  }
  if (nums.length === 1) {
    const n = nums[0];
    const value = num(n).value;
    let after = n + 1;
    const incl = inclusiveAfter(ts, after);
    if (incl) after++;
    // [measure] sign NUM [(含)]
    if (signs.length === 1 && signs[0] === n - 1) {
      const measure = measureOf(source, ts.slice(0, n - 1));
      const op = (ts[n - 1] as Extract<Tok, { t: 'cmp' }>).op;
      if (measure === null) return null;
      // 达到90%及以上: a sign word and a word after the number saying the same
      if (ts[after]?.t === 'post' && (ts[after] as Extract<Tok, { t: 'post' }>).op === '>=' && op === '>=') after++;
      if (after !== ts.length) return null;
      return { c: 'bound', measure, bound: oneSided(op, value, incl), percent: pct };
    }
    if (signs.length > 0) return null;
    const measure = measureOf(source, ts.slice(0, n));
    if (measure === null) return null;
    // [measure] NUM [(含)] 以上|以下|以内 [(含)]
    if (ts[after]?.t === 'post') {
      const op = (ts[after] as Extract<Tok, { t: 'post' }>).op;
      after++;
      if (inclusiveAfter(ts, after)) after++;
      if (after !== ts.length) return null;
      // 以上 / 以下 / 以内 include their number (the legal usage)
      return { c: 'bound', measure, bound: op === '>=' ? { min: value, minInclusive: true } : { max: value, maxInclusive: true }, percent: pct };
    }
    if (after !== ts.length || incl) return null;
    // "计划建设内容完成100%": the measure is the 完成率
    const named = measure && measure.endsWith('完成') ? measure + '率' : measure;
    return { c: 'bare', measure: named, value, percent: pct };
  }
  // [measure] NUM [(含)] dash NUM [(含)]
  if (nums.length === 2 && signs.length === 0) {
    const [a, b] = nums;
    let i = a + 1;
    const loIncl = inclusiveAfter(ts, i);
    if (loIncl) i++;
    if (ts[i]?.t !== 'dash' || i + 1 !== b) return null;
    const hiIncl = inclusiveAfter(ts, b + 1);
    if (b + 1 + (hiIncl ? 1 : 0) !== ts.length) return null;
    const measure = measureOf(source, ts.slice(0, a));
    if (measure === null) return null;
    const bound: Bound = { min: num(a).value, minInclusive: loIncl, max: num(b).value, maxInclusive: hiIncl };
    if (loIncl && hiIncl) return null;
    return { c: 'bound', measure, bound, percent: pct, rangeUnmarked: !loIncl && !hiIncl };
  }
  return null;
}

function oneSided(op: Op, value: string, incl: boolean): Bound {
  switch (op) {
    case '>=':
      return { min: value, minInclusive: true };
    case '>':
      return incl ? { min: value, minInclusive: true } : { min: value, minInclusive: false };
    case '<=':
      return { max: value, maxInclusive: true };
    case '<':
      return incl ? { max: value, maxInclusive: true } : { max: value, maxInclusive: false };
    case '=':
      return { equals: value };
  }
}

/** "a op1 measure op2 b" read left to right: 90% > x ≥ 75% and 5% ≤ x ≤ 10% alike. */
function twoSided(a: string, op1: Op, op2: Op, b: string): Bound | null {
  if ((op1 === '<' || op1 === '<=') && (op2 === '<' || op2 === '<=')) return { min: a, minInclusive: op1 === '<=', max: b, maxInclusive: op2 === '<=' };
  if ((op1 === '>' || op1 === '>=') && (op2 === '>' || op2 === '>=')) return { min: b, minInclusive: op2 === '>=', max: a, maxInclusive: op1 === '>=' };
  return null;
}

// ---------------------------------------------------------------------------------------------
// Points groups: where a statement gives its points

interface PointsAt {
  points: Points;
  /** first token of the group and the one after it */
  from: number;
  to: number;
}

/**
 * points :=  ( NUM 分 )  |  [得|计] NUM 分  |  [得|计] 满分  |  不得分
 * A NUM 分 after 扣 is a deduction, not points; "(0-1分)" is a range left to the evaluator.
 */
function pointsAt(toks: Tok[], i: number): PointsAt | null {
  const t = toks[i];
  if (t.t === 'lp' && toks[i + 1]?.t === 'num' && isKw(toks[i + 2], '分') && toks[i + 3]?.t === 'rp') {
    return { points: { n: (toks[i + 1] as Extract<Tok, { t: 'num' }>).value }, from: i, to: i + 4 };
  }
  if (isKw(t, '不得分')) return { points: { n: '0' }, from: i, to: i + 1 };
  const verb = isKw(t, '得') || isKw(t, '计');
  const j = verb ? i + 1 : i;
  if (verb && isKw(toks[j], '满分')) return { points: 'full', from: i, to: j + 1 };
  if (toks[j]?.t === 'num' && isKw(toks[j + 1], '分') && !(toks[j] as Extract<Tok, { t: 'num' }>).percent) {
    if (!verb && (isKw(toks[j - 1], '扣') || toks[j - 1]?.t === 'dash' || isKw(toks[j - 1], '满分'))) return null;
    return { points: { n: (toks[j] as Extract<Tok, { t: 'num' }>).value }, from: i, to: j + 2 };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Sentence productions

type Production = (source: string, s: Sentence, clauses: Tok[][]) => Statement[] | null;

/**
 * evidence := (本指标|本项)? 需? 对照 <documents> , 根据实际情况评分
 * "本指标需对照…部门预算编制工作方案、通知和有关制度文件，根据实际情况评分": names the documents the
 * rule stated beside it is checked against, so it scores by the facts found there; it leaves nothing to
 * the evaluator's discretion and states no rule itself. "根据实际情况评分" alone is judgement.
 */
const evidence: Production = (source, s, clauses) => {
  if (clauses.length !== 2) return null;
  const [against, scoring] = clauses.map((c) => cut(source, c[0].start, c[c.length - 1].end).replace(/\s/g, ''));
  return /^(本指标|本项|此项)?需?对照.+(文件|制度|办法|通知|方案)$/.test(against) && scoring === '根据实际情况评分' ? [{ s: 'aside' }] : null;
};

const JUDGEMENT_WORDS = ['根据实际情况评分'];
/** judgement := any clause with 酌情 / 视具体情况 / 合理确定: the evaluator decides */
const judgement: Production = (source, s) =>
  s.toks.some((t) => isKw(t, '酌情') || (t.t === 'text' && JUDGEMENT_WORDS.some((w) => t.raw.includes(w))))
    ? [{ s: 'judgement', text: cut(source, s.start, s.end) }]
    : null;

/** choice := "二者择其一…": the table lets the unit pick one of two rules */
const choice: Production = (source, s) =>
  s.toks.some((t) => t.t === 'text' && t.raw.includes('择其一')) ? [{ s: 'choice', text: cut(source, s.start, s.end) }] : null;

/** veto := … 本项(指标)/此项/本指标 (不得分 | 得0分): a clause that zeroes the whole indicator */
const veto: Production = (source, s) => {
  const k = s.toks.findIndex((t) => isKw(t, '本项'));
  if (k < 0) return null;
  let j = k + 1;
  if (isText(s.toks[j], (x) => x === '指标')) j++;
  const zero = isKw(s.toks[j], '不得分') || (isKw(s.toks[j], '得') && s.toks[j + 1]?.t === 'num' && (s.toks[j + 1] as Extract<Tok, { t: 'num' }>).value === '0' && isKw(s.toks[j + 2], '分'));
  if (!zero) return null;
  const last = isKw(s.toks[j], '不得分') ? j : j + 2;
  if (last !== s.toks.length - 1) return null;
  return [{ s: 'veto', text: cut(source, s.start, s.end) }];
};

/** grant := (没有|无|不需要|涉密…) … (不扣分 | 按满分计算 | 直接得分 | 得满分): full points where the rule does not apply */
const GRANT_WHEN = ['没有', '无', '不需要', '涉密'];
const grant: Production = (source, s) => {
  const whole = cut(source, s.start, s.end);
  const gives = s.toks.some((t) => isKw(t, '不扣分')) || /按满分计算|直接得分|得满分|计满分/.test(whole);
  if (!gives || !GRANT_WHEN.some((w) => whole.includes(w))) return null;
  return [{ s: 'grant', text: whole }];
};

/**
 * aside := a sentence with no word of scoring: a definition ("X是指…"), a formula ("X=A/B×100%"), "以100%为标准", a note
 * requirement := a sentence with figures but no word of scoring ("春节前下达全部专项资金的50%"): it bears
 *   on the rule only through a count that refers back to it (a deduct statement's `back`)
 */
const aside: Production = (source, s) => {
  const words = cut(source, s.start, s.end).replace(/[。;；.]$/, '');
  if (/^注[:：]|可参考/.test(words)) return [{ s: 'aside' }];
  if (speaksOfPoints(s.toks)) return null;
  const figures = s.toks.some((t) => t.t === 'num' || t.t === 'cmp');
  // a sentence with figures but no scoring may still bear on the rule (a deadline, a share)
  if (!figures || s.toks.some((t) => t.t === 'cmp' && t.op === '=' && !t.word) || /^以.*为标准$/.test(words)) return [{ s: 'aside' }];
  return [{ s: 'requirement', text: words }];
};

/**
 * checklist-lead := words NUM 项 words , 按实现程度计分
 * "考查改善农业生产条件的5项预期效益指标的完成情况，按实现程度计分": NUM items follow; how much a partly
 * achieved item earns is for the items' sentence to say (all-or-nothing), else it is not read.
 */
const checklistLead: Production = (source, s, clauses) => {
  if (clauses.length !== 2) return null;
  const [what, how] = clauses;
  const n = what.findIndex((t) => t.t === 'num');
  const count = what[n];
  if (n <= 0 || count?.t !== 'num' || count.percent || !isText(what[n + 1], (x) => x.startsWith('项'))) return null;
  if (!what.every((t, x) => x === n || t.t === 'text')) return null;
  if (!(how.length === 1 && isText(how[0], (x) => x.replace(/\s/g, '') === '按实现程度计分'))) return null;
  return [{ s: 'checklist-lead', count: count.value }];
};

/**
 * unit-zero := (words ,)* 单个 UNIT … 的 , [均] 不计分
 * "以项目完成数量为核心,评价…偏离度,单个数量指标实际完成未达到预期指标或超过预期指标30%以上的,均不计分":
 * which of the things a count share counts earn nothing. Read only beside a count share over the same
 * things (parseStandard), where it says which of them the numerator leaves out; the words before it
 * describe what is evaluated.
 */
const unitZero: Production = (source, s, clauses) => {
  const last = clauses[clauses.length - 1];
  const zero = isKw(last?.[last.length - 1], '不得分') && (last.length === 1 || (last.length === 2 && isText(last[0], (x) => x === '均')));
  const unit = clauses[clauses.length - 2];
  if (!zero || !unit || !isText(unit[0], (x) => x.startsWith('单个'))) return null;
  if (!clauses.slice(0, -2).every((c) => c.every((t) => t.t === 'text'))) return null;
  return [{ s: 'unit-zero', text: cut(source, unit[0].start + '单个'.length, unit[unit.length - 1].end) }];
};

/** The rest of a sentence read clause by clause: each clause run consumed by one clause production. */
const statements: Production = (source, s, clauses) => {
  const out: Statement[] = [];
  let i = 0;
  while (i < clauses.length) {
    const r =
      perPoint(source, clauses, i) ??
      overrunMeasure(source, clauses, i) ??
      deduct(source, clauses, i) ??
      formula(source, clauses, i) ??
      countShare(source, clauses, i) ??
      capClause(source, clauses, i) ??
      elseZero(source, clauses, i) ??
      ratioWords(source, clauses, i) ??
      among(source, clauses, i) ??
      allOrNothing(source, clauses, i) ??
      items(source, clauses, i);
    if (!r) return [...out, { s: 'unknown', text: cut(source, clauses[i][0].start, s.end) }];
    out.push(...r.statements);
    i = r.next;
  }
  return out;
};

const PRODUCTIONS: Production[] = [evidence, judgement, choice, veto, grant, aside, checklistLead, unitZero, statements];

/** Read one sentence: the first production that reads it whole. */
export function readSentence(source: string, s: Sentence): Statement[] {
  const clauses = clausesOf(s.toks);
  for (const p of PRODUCTIONS) {
    const r = p(source, s, clauses);
    if (r) return r;
  }
  return [{ s: 'unknown', text: cut(source, s.start, s.end) }];
}

// ---------------------------------------------------------------------------------------------
// Clause productions: each reads clauses from index i and says where it stopped

interface Read {
  statements: Statement[];
  next: number;
}
type ClauseProduction = (source: string, clauses: Tok[][], i: number) => Read | null;

const DIRECTION: Record<string, 'over' | 'under' | 'both'> = { 超过: 'over', 超出: 'over', 高于: 'over', 低于: 'under', 减少: 'under', 不足: 'under', 相差: 'both' };

/** exemption := 除 … 外: a clause exempting some cases from the deduction beside it (a grant) */
function exemption(source: string, c: Tok[] | undefined): Statement | null {
  const words = c?.length === 1 && c[0].t === 'text' ? cut(source, c[0].start, c[0].end) : '';
  return /^除.+外$/.test(words) ? { s: 'grant', text: words } : null;
}

/**
 * per-point := [condition ,] [exemption ,] [A与B] 每 (超过|超出|高于|低于|减少|不足|相差) NUM (%|个百分点) [,]
 *              扣 NUM 分 [, 不足 NUM 个百分点的(不扣分|按比例扣分)] [, 扣完为止]
 * The leading condition ("“三公经费”>0") only restates where deduction starts and is not kept; "A与B"
 * names the two things 每相差 compares ("实际完成情况与计划每相差4%").
 */
const perPoint: ClauseProduction = (source, clauses, i) => {
  let k = i;
  if (!isKw(clauses[k]?.[0], '每') && isKw(clauses[k + 1]?.[0], '每') && readCondition(source, clauses[k])?.c === 'bound') k++;
  const exempt = exemption(source, clauses[k]);
  if (exempt) k++;
  let c = clauses[k];
  if (c && isText(c[0], (x) => /^[^与]+与[^与]+$/.test(x)) && isKw(c[1], '每') && isText(c[2], (x) => x === '相差')) c = c.slice(1);
  if (!c || !isKw(c[0], '每')) return null;
  const way = c[1];
  const word = way?.t === 'cmp' && way.word ? way.raw : way?.t === 'text' ? way.raw : '';
  const direction = ownEntry(DIRECTION, word);
  if (!direction) return null;
  const n = c[2];
  if (n?.t !== 'num') return null;
  let j = 3;
  const points = isKw(c[j], '个百分点');
  if (points) j++;
  if (!n.percent && !points) return null;
  // "每减少5%,扣1分": the deduction may sit in the next clause
  let d = c;
  if (j === c.length) {
    k++;
    d = clauses[k] ?? [];
    j = 0;
  }
  if (!isKw(d[j], '扣') || d[j + 1]?.t !== 'num' || !isKw(d[j + 2], '分') || j + 3 !== d.length) return null;
  const st: Extract<Statement, { s: 'per-point' }> = { s: 'per-point', direction, step: n.value, percent: true, points, deduct: (d[j + 1] as Extract<Tok, { t: 'num' }>).value };
  k++;
  for (; k < clauses.length; k++) {
    const x = clauses[k];
    if (x.length === 1 && isKw(x[0], '扣完为止')) continue;
    // 不足一档: "不足5个百分点的不扣分" (whole steps) or "…的按比例扣分" (proportional)
    if (x[0]?.t === 'cmp' && x[0].raw === '不足' && x[1]?.t === 'num' && (x[1] as Extract<Tok, { t: 'num' }>).value === n.value) {
      const tail = cut(source, x[2]?.start ?? x[1].end, x[x.length - 1].end);
      if (/^(个百分点|%)?的?不扣分$/.test(tail.replace(/\s/g, '')) || (isKw(x[x.length - 1], '不扣分') && x.length <= 5)) st.partial = 'whole-steps';
      else if (/按比例扣分$/.test(tail)) st.partial = 'proportional';
      else return null;
      continue;
    }
    break;
  }
  return { statements: exempt ? [exempt, st] : [st], next: k };
};

/**
 * overrun-measure := 超过 X 的 , [exemption ,] [应] 根据 超… 扣分
 * "超过计划时间的,除政策性原因或特殊原因外,应根据超计划时间占计划完成时间百分比扣分": deduction starts at
 * any overrun of X and is counted on the overrun named (0 within X), by a per-point statement beside it
 * ("每相差4%,扣1分").
 */
const overrunMeasure: ClauseProduction = (source, clauses, i) => {
  const from = clauses[i];
  if (!(from.length === 2 && from[0].t === 'cmp' && from[0].raw === '超过' && isText(from[1], (x) => x.endsWith('的')))) return null;
  let k = i + 1;
  const exempt = exemption(source, clauses[k]);
  if (exempt) k++;
  const c = clauses[k];
  const m = c?.length === 1 && c[0].t === 'text' ? /^应?根据(超.+)扣分$/.exec(cut(source, c[0].start, c[0].end)) : null;
  if (!m) return null;
  const measure: Statement = { s: 'overrun-measure', measure: m[1] };
  return { statements: exempt ? [exempt, measure] : [measure], next: k + 1 };
};

const COUNTED = /^[个项例处家次]/;
/** Heads of the predicate in "一个学校未达到预期效果": the thing counted is what comes before them. */
const PREDICATE_HEADS = ['没有', '未', '没', '不', '无', '作假', '违规', '出现', '发生', '存在'];

/** Words of a count whose condition the sentences before it state: a schedule, requirements. */
const REFERS_BACK = ['按进度', '不符合要求'];

/**
 * deduct := [condition ,] [以上情况|上述情况] [每] [有|出现|发现] 一 (个|项|例|处) [counted] [,] 扣 NUM 分
 *           [, 扣完为止]
 * What is counted is labelled as the text writes it: "一项重点工作没有完成" → 重点工作没有完成, "1例不相符的"
 * → 不相符, "没按要求编报…的，一项扣1分" → the leading condition. A count that names no fault ("一个学校
 * 扣0.5分", "一项扣1分" alone) gives what: null. `back`: the count is of failures against what the
 * sentences before it describe: "以上情况每出现一例…", "一个专项未按进度…", "…不符合要求的".
 */
const deduct: ClauseProduction = (source, clauses, i) => {
  let k = i;
  const lead = clauses[k] && !clauses[k].some((t) => t.t === 'num' || isKw(t, '每')) && clauses[k + 1] && countAt(clauses[k + 1], 0) >= 0 ? clauses[k] : null;
  if (lead) k++;
  const c = clauses[k];
  if (!c) return null;
  const above = aboveAt(c);
  const at = countAt(c, above);
  if (at < 0) return null;
  const cut1 = c.findIndex((t, x) => x > at && isKw(t, '扣'));
  let d = c;
  let j = cut1;
  if (cut1 < 0) {
    d = clauses[k + 1] ?? [];
    j = 0;
    k++;
  }
  if (!isKw(d[j], '扣') || d[j + 1]?.t !== 'num' || !isKw(d[j + 2], '分') || j + 3 !== d.length) return null;
  const end = cut1 < 0 ? c[c.length - 1].end : c[cut1].start;
  const counted = cut(source, c[at + 1].start, end).replace(COUNTED, '');
  if (c.slice(at + 1, cut1 < 0 ? c.length : cut1).some((t) => t.t === 'num')) return null;
  const what = !lead ? whatCounted(counted) : counted ? null : whatCounted(cut(source, lead[0].start, lead[lead.length - 1].end));
  const back = above > 0 || (what !== null && REFERS_BACK.some((w) => what.includes(w)));
  const statements: Statement[] = [{ s: 'deduct', what, perItem: (d[j + 1] as Extract<Tok, { t: 'num' }>).value, back }];
  k++;
  while (clauses[k]?.length === 1 && isKw(clauses[k][0], '扣完为止')) k++;
  return { statements, next: k };
};

/** How many tokens of "以上情况" / "上述情况" open a clause: the count refers to the sentences before. */
function aboveAt(c: Tok[]): number {
  if (c[0]?.t === 'post' && c[0].raw === '以上' && isText(c[1], (s) => s === '情况')) return 2;
  return isText(c[0], (s) => s === '上述情况') ? 1 : 0;
}

/** Where "一项 / 一例 / 1例 / 一个" stands in a clause, with only 每/有/出现/发现 between `from` and it. */
function countAt(c: Tok[], from: number): number {
  for (let x = from; x < c.length; x++) {
    const t = c[x];
    if (t.t === 'num' && t.value === '1' && !t.percent && isText(c[x + 1], (s) => COUNTED.test(s))) {
      const before = c.slice(from, x);
      const ok = before.every((b) => isKw(b, '每') || isText(b, (s) => /^(每?(有|出现|发现)|评价中发现)$/.test(s)));
      return ok ? x : -1;
    }
  }
  return -1;
}

/**
 * The label of what a deduction counts, as the text writes it ("重点工作没有完成", "不相符"): a label
 * only, for the reader; it must say what is wrong with the thing counted (a predicate head: 没有, 未,
 * 不 …), or the text has not said what to count ("一个学校扣0.5分") and it is null.
 */
function whatCounted(counted: string): string | null {
  const label = itemText(counted);
  return PREDICATE_HEADS.some((h) => label.includes(h)) ? label : null;
}

/** Lead words allowed before 得分=: the indicator's own score, not a part's. */
const FORMULA_LEAD = /^(即)?[“"]?(本项|该项|本|该|评价)?(指标)?$/;

/**
 * formula := [condition-clause ,] [lead 得分=] product [)] [, cap]
 * product := operand (×|*) operand        one operand is points: NUM 分, NUM, or (该|该项)?指标分值
 * operand := measure [cap-paren] | A / B | A占B的(比例|比重)
 */
const formula: ClauseProduction = (source, clauses, i) => {
  let k = i;
  const c0 = clauses[k];
  if (!c0) return null;
  const hasFormula = (c: Tok[] | undefined) => !!c && (c.some((t) => isKw(t, '得分=')) || c.some((t) => t.t === 'times'));
  if (!hasFormula(c0) && hasFormula(clauses[k + 1]) && c0.every((t) => t.t === 'text' || t.t === 'cmp') && /的$/.test(c0[c0.length - 1].raw)) k++;
  const c = clauses[k];
  if (!hasFormula(c)) return null;
  let toks = c;
  const eq = toks.findIndex((t) => isKw(t, '得分='));
  if (eq >= 0) {
    const right = scoreIs(source, toks);
    if (!right) return null;
    toks = right;
  } else if (isText(toks[0], (s) => s === '得分' || s === '得分值') && toks[1]?.t === 'lp' && toks[toks.length - 1].t === 'rp') {
    // "得分 (20分*执行率)": a column header that states the formula
    toks = toks.slice(2, -1);
  }
  // a closing quote left from "即“…”"
  if (isText(toks[toks.length - 1], (s) => /^[”"]$/.test(s))) toks = toks.slice(0, -1);
  const x = toks.findIndex((t) => t.t === 'times');
  if (x <= 0 || toks.slice(x + 1).some((t) => t.t === 'times')) return null;
  const left = toks.slice(0, x);
  const right = toks.slice(x + 1);
  const lp = pointsOperand(source, left);
  const rp = pointsOperand(source, right);
  const pts = lp ?? rp;
  const other = lp ? right : left;
  if (!pts || (lp && rp)) return null;
  const op = operand(source, other);
  if (!op) return null;
  let cap = op.cap;
  k++;
  for (; k < clauses.length; k++) {
    const r = capOf(source, clauses[k]);
    if (r === null) break;
    cap = r;
  }
  return { statements: [{ s: 'formula', ...op.names, points: pts, cap }], next: k };
};

/** What follows "得分=" in a clause, when only a lead naming the indicator itself stands before it. */
function scoreIs(source: string, toks: Tok[]): Tok[] | null {
  const eq = toks.findIndex((t) => isKw(t, '得分='));
  if (eq < 0) return null;
  const lead = eq === 0 ? '' : cut(source, toks[0].start, toks[eq - 1].end);
  if (!(eq === 0 || (toks.slice(0, eq).every((t) => t.t === 'text' || isKw(t, '本项')) && FORMULA_LEAD.test(lead.replace(/\s/g, ''))))) return null;
  return toks.slice(eq + 1);
}

/**
 * count-share := [lead] 得分= COUNT / COUNT [(即 …)]          COUNT: a name ending in 个数
 * "该项指标得分=达到预期值的数量指标个数/全部数量指标个数(即评价选取的项目绩效目标包含的所有数量指标)": the
 * score written as a share of counted things, with no points factor. A share of counts lies in [0, 1]
 * and is that share of the indicator's points; a quotient of other figures (amounts, rates) is not read
 * so. A parenthesis opening with 即 glosses the denominator and is dropped.
 */
const countShare: ClauseProduction = (source, clauses, i) => {
  let toks = scoreIs(source, clauses[i]);
  if (!toks) return null;
  const open = toks.findIndex((t) => t.t === 'lp');
  if (open >= 0) {
    if (toks[toks.length - 1].t !== 'rp' || !isText(toks[open + 1], (x) => x.startsWith('即'))) return null;
    toks = toks.slice(0, open);
  }
  const d = toks.findIndex((t) => t.t === 'div');
  if (d <= 0 || d === toks.length - 1 || !toks.every((t, x) => x === d || t.t === 'text' || (t.t === 'cmp' && t.word))) return null;
  const numerator = cut(source, toks[0].start, toks[d - 1].end);
  const denominator = cut(source, toks[d + 1].start, toks[toks.length - 1].end);
  if (!numerator.endsWith('个数') || !denominator.endsWith('个数')) return null;
  const countOf = denominator.replace(/^(全部|所有)/, '').replace(/个数$/, '');
  return { statements: [{ s: 'formula', numerator, denominator, points: 'full', countOf }], next: i + 1 };
};

function pointsOperand(source: string, toks: Tok[]): Points | null {
  if (toks.length === 2 && toks[0].t === 'num' && !toks[0].percent && isKw(toks[1], '分')) return { n: toks[0].value };
  if (toks.length === 1 && toks[0].t === 'num' && !toks[0].percent) return { n: toks[0].value };
  const last = toks[toks.length - 1];
  if (isKw(last, '分值')) {
    const lead = toks.length > 1 ? cut(source, toks[0].start, toks[toks.length - 2].end) : '';
    if (/^(该|该项|本项)?(指标)?$/.test(lead)) return 'full';
  }
  return null;
}

function operand(source: string, toks: Tok[]): { names: { measure?: string; numerator?: string; denominator?: string }; cap?: string } | null {
  let ts = toks;
  let cap: string | undefined;
  // "年度建设任务完成率(超过100%以100%计算)"
  const open = ts.findIndex((t) => t.t === 'lp');
  if (open > 0 && ts[ts.length - 1].t === 'rp') {
    const c = capOf(source, ts.slice(open + 1, -1));
    if (c === null) return null;
    cap = c;
    ts = ts.slice(0, open);
  }
  // a sign word inside a name is part of it ("达到预期值的数量指标个数")
  if (ts.length === 0 || !ts.every((t) => t.t === 'text' || t.t === 'div' || (t.t === 'cmp' && t.word))) return null;
  const divs = ts.filter((t) => t.t === 'div').length;
  const text = cut(source, ts[0].start, ts[ts.length - 1].end);
  if (divs === 1) {
    const [a, b] = text.split(/[/÷]/).map((s) => s.trim().replace(/的(比值|比例|比率)$/, ''));
    return a && b ? { names: { numerator: a, denominator: b }, cap } : null;
  }
  if (divs > 1) return null;
  const share = /^(.+)占(.+)的(比例|比重)$/.exec(text);
  if (share) return { names: { numerator: share[1], denominator: share[2] }, cap };
  return { names: { measure: text }, cap };
}

/** cap := 满分为止 | 最高不得超过分值(上限)? | (超过 NUM% 以 NUM% 计算) */
function capOf(source: string, toks: Tok[]): string | null {
  if (toks.length === 1 && isKw(toks[0], '满分为止')) return '1';
  const words = cut(source, toks[0]?.start ?? 0, toks[toks.length - 1]?.end ?? 0).replace(/\s/g, '');
  if (/^最高不得?超过(该指标)?分值(上限)?$/.test(words)) return '1';
  const a = toks[1];
  const b = toks[3];
  if (toks.length === 5 && toks[0].t === 'cmp' && toks[0].op === '>' && a?.t === 'num' && a.percent && isText(toks[2], (s) => s === '以') && b?.t === 'num' && b.value === a.value && isText(toks[4], (s) => s === '计算')) {
    return new D(a.value).div(100).toString();
  }
  return null;
}

const capClause: ClauseProduction = (source, clauses, i) => {
  const c = capOf(source, clauses[i]);
  return c === null ? null : { statements: [{ s: 'cap', cap: c }], next: i + 1 };
};

/** else-zero := 否则不得分 | 不…的扣 NUM 分 (all of an item's points) */
const elseZero: ClauseProduction = (source, clauses, i) => {
  const c = clauses[i];
  if (c.length === 2 && isKw(c[0], '否则') && isKw(c[1], '不得分')) return { statements: [{ s: 'else-zero' }], next: i + 1 };
  if (isText(c[0], (s) => s.startsWith('不') || s.startsWith('未')) && c.length === 4 && isKw(c[1], '扣') && c[2].t === 'num' && isKw(c[3], '分')) {
    return { statements: [{ s: 'else-zero', points: (c[2] as Extract<Tok, { t: 'num' }>).value }], next: i + 1 };
  }
  return null;
};

/** ratio-words := 按(完成)?比例计算得分 | 按…实现程度…(计分|赋分): a ratio named by the definition, or by a formula that follows */
const ratioWords: ClauseProduction = (source, clauses, i) => {
  const c = clauses[i];
  if (c.length !== 1 || c[0].t !== 'text') return null;
  const w = c[0].raw.replace(/\s/g, '');
  if (/^按(完成)?比例计算得分$/.test(w) || /^(各项评价指标)?按照?.*实现程度(计分|赋分)$/.test(w)) return { statements: [{ s: 'ratio-words' }], next: i + 1 };
  return null;
};

/** among := 其中 (before a colon): it opens the list that follows and says nothing itself */
const among: ClauseProduction = (source, clauses, i) => (clauses[i].length === 1 && isText(clauses[i][0], (x) => x === '其中') ? { statements: [], next: i + 1 } : null);

/** all-or-nothing := 每完成 (1|一) 项 (取得|得) 该项分数 , 未完成(的)?项 不得分: an item earns its points when done, else 0 */
const allOrNothing: ClauseProduction = (source, clauses, i) => {
  const words = (c: Tok[] | undefined) => (c ? cut(source, c[0].start, c[c.length - 1].end).replace(/\s/g, '') : '');
  if (!/^每完成[1一]项(取得|得)该项分数$/.test(words(clauses[i])) || !/^未完成的?项不得分$/.test(words(clauses[i + 1]))) return null;
  return { statements: [{ s: 'all-or-nothing' }], next: i + 2 };
};

/**
 * items := ( words-or-condition points )+   read across clauses: "①…,…,1分", "目标明确(1分),目标细化(1.5分)",
 *          "符合法律法规(1分)符合…(1分)", "重点支出安排率≥90%,计5分", "真实完整的:5分"
 * Each points group closes an item whose text runs from the previous one.
 */
const items: ClauseProduction = (source, clauses, i) => {
  const out: Statement[] = [];
  let k = i;
  let from: Tok | null = null;
  let condToks: Tok[] = [];
  for (; k < clauses.length; k++) {
    const c = clauses[k];
    let x = 0;
    let found = false;
    while (x < c.length) {
      const p = pointsAt(c, x);
      if (!p) {
        if (!from) from = c[x];
        condToks.push(c[x]);
        x++;
        continue;
      }
      if (!from) {
        // points with no words before them in this clause: words come from earlier clauses, or none
        if (out.length === 0 && condToks.length === 0) return null;
      }
      const start = from ?? c[p.from];
      const text = itemText(cut(source, start.start, c[p.from].start));
      const figures = condToks.some((t) => t.t === 'num' || t.t === 'cmp');
      const cond: Condition = (condToks.length ? readCondition(source, condToks) : null) ?? { c: 'words', text, figures };
      out.push({ s: 'item', text, cond, points: p.points });
      from = null;
      condToks = [];
      x = p.to;
      found = true;
    }
    if (found && from === null) {
      k++;
      break;
    }
    // words after the last points group: the next clauses must close them
    if (from) condToks.push({ t: 'sep', ch: ',', start: c[c.length - 1].end, end: c[c.length - 1].end, raw: ',' } as Tok);
  }
  if (from || out.length === 0) return null;
  return { statements: out, next: k };
};
