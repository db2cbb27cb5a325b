import { ownEntry } from '../../engine/ownKey';
import { toHalfWidth } from '../../engine/text';

/**
 * The tokenizer of 评分标准 text. It reads the text as printed (full-width or half-width punctuation,
 * PDF residue such as <p> tags and TeX signs) and yields tokens that keep their place in the original
 * text, so item texts and clause texts are cut from the text exactly as written.
 *
 * Words that matter are recognised only where they matter: 得/计/扣 only before a number, 分 only
 * after one; longer words (不低于, 以上, 扣完为止 …) anywhere, since the parser decides what they mean
 * from their neighbours ("以上情况" is not a bound, "90%以上" is).
 */

export type Op = '>=' | '>' | '<=' | '<' | '=';

export type Token =
  /** a number as written; `percent` when a % follows */
  | { t: 'num'; value: string; percent: boolean }
  /** a comparison sign or a prefix word (不低于 → ≥, 低于 → <, 超过 → >) */
  | { t: 'cmp'; op: Op; word: boolean }
  /** a word after its number: 以上 ≥, 以下 ≤, 以内 ≤ */
  | { t: 'post'; op: Op }
  /** (含) after a number or a bound word: that bound is included */
  | { t: 'incl' }
  /** a keyword of the grammar, named by its canonical spelling */
  | { t: 'kw'; word: Keyword }
  /** clause and sentence separators; ',' for ，and ,; ';' for ；and ;; '。' also for a lone full stop */
  | { t: 'sep'; ch: ',' | ';' | '。' | ':' | '、' | '\n' | '|' }
  /** an item mark: ① … ⑳, "1." "1、" "(1)" at the start of a sentence */
  | { t: 'mark'; n: number }
  | { t: 'times' }
  | { t: 'div' }
  | { t: 'dash' }
  | { t: 'lp' }
  | { t: 'rp' }
  /** anything else: a run of ordinary text */
  | { t: 'text' };

export type Tok = Token & { start: number; end: number; raw: string };

/** Keywords. Each is a word of the standard's language; the parser gives it meaning in context. */
export type Keyword =
  | '得' // before a number: gets N 分
  | '计' // before a number: counts N 分
  | '扣' // before a number: loses N 分
  | '分' // after a number: points
  | '每' // per
  | '个百分点'
  | '扣完为止'
  | '满分为止'
  | '满分'
  | '不得分'
  | '不扣分'
  | '酌情'
  | '否则'
  | '其余'
  | '分别'
  | '本项'
  | '分值'
  | '得分='
  | '权重';

/** Longer words first: the lexicon is matched longest-first at each position inside ordinary text. */
const WORDS: [string, Token][] = [
  ['不低于', { t: 'cmp', op: '>=', word: true }],
  ['不少于', { t: 'cmp', op: '>=', word: true }],
  ['不小于', { t: 'cmp', op: '>=', word: true }],
  ['不高于', { t: 'cmp', op: '<=', word: true }],
  ['不超过', { t: 'cmp', op: '<=', word: true }],
  ['不大于', { t: 'cmp', op: '<=', word: true }],
  ['大于', { t: 'cmp', op: '>', word: true }],
  ['高于', { t: 'cmp', op: '>', word: true }],
  ['超过', { t: 'cmp', op: '>', word: true }],
  ['超出', { t: 'cmp', op: '>', word: true }],
  ['小于', { t: 'cmp', op: '<', word: true }],
  ['低于', { t: 'cmp', op: '<', word: true }],
  ['不足', { t: 'cmp', op: '<', word: true }],
  ['达到', { t: 'cmp', op: '>=', word: true }],
  ['及以上', { t: 'post', op: '>=' }],
  ['以上', { t: 'post', op: '>=' }],
  ['及以下', { t: 'post', op: '<=' }],
  ['以下', { t: 'post', op: '<=' }],
  ['以内', { t: 'post', op: '<=' }],
  ['个百分点', { t: 'kw', word: '个百分点' }],
  ['百分点', { t: 'kw', word: '个百分点' }],
  ['扣完为止', { t: 'kw', word: '扣完为止' }],
  ['满分为止', { t: 'kw', word: '满分为止' }],
  ['不得分', { t: 'kw', word: '不得分' }],
  ['不计分', { t: 'kw', word: '不得分' }],
  ['不扣分', { t: 'kw', word: '不扣分' }],
  ['满分', { t: 'kw', word: '满分' }],
  ['酌情', { t: 'kw', word: '酌情' }],
  ['视具体情况', { t: 'kw', word: '酌情' }],
  ['合理确定', { t: 'kw', word: '酌情' }],
  ['否则', { t: 'kw', word: '否则' }],
  ['其余', { t: 'kw', word: '其余' }],
  ['分别', { t: 'kw', word: '分别' }],
  ['本项', { t: 'kw', word: '本项' }],
  ['此项', { t: 'kw', word: '本项' }],
  ['本指标', { t: 'kw', word: '本项' }],
  ['分值', { t: 'kw', word: '分值' }],
  ['权重', { t: 'kw', word: '权重' }],
  ['每', { t: 'kw', word: '每' }],
];

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
/** Signs as the half-width fold leaves them, plus the forms it does not fold. */
const SIGNS: Record<string, Op> = { '≥': '>=', '≧': '>=', '⩾': '>=', '≤': '<=', '≦': '<=', '⩽': '<=', '>': '>', '<': '<', '=': '=', '═': '=' };
const SEPS: Record<string, Extract<Token, { t: 'sep' }>['ch']> = {
  ',': ',', ';': ';', '。': '。', ':': ':', '、': '、', '\n': '\n', '|': '|', '，': ',', '；': ';', '：': ':',
};
/** TeX left in PDF extractions ("$\geq 95\%$"). */
const TEX: [string, Token | null][] = [
  ['\\geq', { t: 'cmp', op: '>=', word: false }],
  ['\\ge', { t: 'cmp', op: '>=', word: false }],
  ['\\leq', { t: 'cmp', op: '<=', word: false }],
  ['\\le', { t: 'cmp', op: '<=', word: false }],
  ['\\times', { t: 'times' }],
  ['$', null],
];
const CN_DIGIT: Record<string, string> = { 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9', 十: '10' };

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\r' || c === '\u00a0';

/** Tokens of a 评分标准 text. Never fails: what it does not know becomes text. */
export function tokenize(source: string): Tok[] {
  // one folded character per source character, so positions stay those of the original text
  const f = toHalfWidth(source);
  const out: Tok[] = [];
  let i = 0;
  let textStart = -1;

  const flushText = () => {
    if (textStart >= 0) out.push({ t: 'text', start: textStart, end: i, raw: source.slice(textStart, i) });
    textStart = -1;
  };
  const push = (tok: Token, end: number) => {
    flushText();
    out.push({ ...tok, start: i, end, raw: source.slice(i, end) } as Tok);
    i = end;
  };
  const skipSpaces = (k: number) => {
    while (isSpace(f[k])) k++;
    return k;
  };
  /** the last token that is not text, or the start of the text */
  const lastKind = () => (textStart >= 0 ? 'text' : out.length ? out[out.length - 1].t : 'start');
  const atSentenceStart = () => {
    const k = lastKind();
    return k === 'start' || k === 'sep' || k === 'mark';
  };
  /** a percent sign after k (spaces allowed), as % or TeX \% */
  const percentAt = (k: number): number => {
    const j = skipSpaces(k);
    if (f[j] === '%') return j + 1;
    if (f[j] === '\\' && f[j + 1] === '%') return j + 2;
    return -1;
  };

  while (i < f.length) {
    const c = f[i];
    // <p>, </p> and other tags left by HTML extraction
    if (c === '<' && /^<\/?[a-z]+\s*\/?>/i.test(f.slice(i, i + 8))) {
      flushText();
      i = f.indexOf('>', i) + 1;
      continue;
    }
    const tex = TEX.find(([w]) => f.startsWith(w, i) && !/[a-z]/i.test(f[i + w.length] ?? ''));
    if (tex) {
      if (tex[1]) push(tex[1], i + tex[0].length);
      else {
        flushText();
        i += tex[0].length;
      }
      continue;
    }
    if (isSpace(c)) {
      // spaces end a text run but are not tokens; item texts are cut from the source around them
      flushText();
      i++;
      continue;
    }
    const circled = CIRCLED.indexOf(c);
    if (circled >= 0) {
      push({ t: 'mark', n: circled + 1 }, i + 1);
      continue;
    }
    // "(1)" at the start of a sentence is an item mark; "(1分)" is points and "(含)" a bound marker
    if ((c === '(' || c === '（') && atSentenceStart()) {
      const m = /^[(（]\s*(\d{1,2})\s*[)）]/.exec(f.slice(i, i + 8));
      if (m) {
        push({ t: 'mark', n: Number(m[1]) }, i + m[0].length);
        continue;
      }
    }
    if ((c === '(' || c === '（') && /^[(（]\s*含\s*[)）]/.test(f.slice(i, i + 6))) {
      push({ t: 'incl' }, i + (/^[(（]\s*含\s*[)）]/.exec(f.slice(i, i + 6)) as RegExpExecArray)[0].length);
      continue;
    }
    if (isDigit(c)) {
      let j = i;
      while (isDigit(f[j])) j++;
      const whole = f.slice(i, j);
      // "1." "1 ." "1、" opening a sentence: an item mark, not a number
      const afterMark = skipSpaces(j);
      if (atSentenceStart() && whole.length <= 2 && (f[afterMark] === '.' || f[afterMark] === '、') && !isDigit(f[afterMark + 1])) {
        push({ t: 'mark', n: Number(whole) }, afterMark + 1);
        continue;
      }
      if (f[j] === '.' && isDigit(f[j + 1])) {
        j++;
        while (isDigit(f[j])) j++;
      }
      const value = f.slice(i, j);
      const pct = percentAt(j);
      push({ t: 'num', value, percent: pct > 0 }, pct > 0 ? pct : j);
      continue;
    }
    // 一个百分点, 一项 …: a Chinese numeral before a measure word counts as its number
    if (ownEntry(CN_DIGIT, c) && /^[个项例处家次](百分点|个百分点)?/.test(f.slice(i + 1, i + 5)) && (f[i + 1] === '个' || lastKind() !== 'text' || /[每有现发]$/.test(f.slice(0, i)))) {
      push({ t: 'num', value: CN_DIGIT[c] as string, percent: false }, i + 1);
      continue;
    }
    if (ownEntry(SIGNS, c) !== undefined) {
      // ">=" and "<=" typed as two characters
      const two = f.slice(i, i + 2);
      if (two === '>=' || two === '<=') push({ t: 'cmp', op: two, word: false }, i + 2);
      else push({ t: 'cmp', op: SIGNS[c], word: false }, i + 1);
      continue;
    }
    if (ownEntry(SEPS, c) !== undefined || c === '.' && (f[i + 1] === undefined || isSpace(f[i + 1]) || f[i + 1] === '\n')) {
      push({ t: 'sep', ch: ownEntry(SEPS, c) ?? '。' }, i + 1);
      continue;
    }
    if (c === '×' || c === '*' || c === 'x' && isSpace(f[i + 1]) && isSpace(f[i - 1])) {
      push({ t: 'times' }, i + 1);
      continue;
    }
    if (c === '/' || c === '÷') {
      push({ t: 'div' }, i + 1);
      continue;
    }
    if (c === '-' || c === '–' || c === '—' || c === '~' || c === '～' || c === '至') {
      push({ t: 'dash' }, i + 1);
      continue;
    }
    if (c === '(' || c === '（') {
      push({ t: 'lp' }, i + 1);
      continue;
    }
    if (c === ')' || c === '）') {
      push({ t: 'rp' }, i + 1);
      continue;
    }
    // 得 / 计 / 扣 before a number (or before 满分); 分 after a number
    const next = skipSpaces(i + 1);
    if ((c === '得' || c === '计' || c === '扣') && (isDigit(f[next]) || f.startsWith('满分', next) || (c === '扣' && CN_DIGIT[f[next]] !== undefined))) {
      push({ t: 'kw', word: c }, i + 1);
      continue;
    }
    if (c === '分' && textStart < 0 && out.length && out[out.length - 1].t === 'num') {
      push({ t: 'kw', word: '分' }, i + 1);
      continue;
    }
    // "得分=" opens a formula; "得分二" is how OCR reads "得分＝" in scanned tables
    if (f.startsWith('得分', i) && (f[skipSpaces(i + 2)] === '=' || (f[i + 2] === '二' && !/[个项例处]/.test(f[i + 3] ?? '')))) {
      const end = f[skipSpaces(i + 2)] === '=' ? skipSpaces(i + 2) + 1 : i + 3;
      push({ t: 'kw', word: '得分=' }, end);
      continue;
    }
    if (f.startsWith('得分值', i) && f[skipSpaces(i + 3)] === '=') {
      push({ t: 'kw', word: '得分=' }, skipSpaces(i + 3) + 1);
      continue;
    }
    // 扣完20分为止, 扣满15分为止: the same stop as 扣完为止
    const stop = /^扣[完满]\s*\d+(\.\d+)?\s*分\s*为止/.exec(f.slice(i, i + 16));
    if (stop) {
      push({ t: 'kw', word: '扣完为止' }, i + stop[0].length);
      continue;
    }
    const word = WORDS.find(([w]) => f.startsWith(w, i));
    if (word) {
      push(word[1], i + word[0].length);
      continue;
    }
    if (textStart < 0) textStart = i;
    i++;
  }
  flushText();
  return out;
}
