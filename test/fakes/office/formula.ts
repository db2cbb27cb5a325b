/**
 * A deliberately small formula evaluator: enough for the formulas an add-in writes (references, + - * /,
 * SUM, ROUND and registered custom functions). An unknown function name gives #NAME?, as in Excel,
 * which is how the fake reproduces custom functions that failed to register.
 */
import Decimal from 'decimal.js';
import { parseCell, parseRange, splitSheet } from './a1';
import type { Scalar } from './model';

export type FnArg = Scalar | null | (Scalar | null)[][];
export type CustomFunction = (...args: FnArg[]) => Scalar;

export interface EvalEnv {
  /** value of a cell on a sheet (null when empty) */
  read(sheet: string, row: number, col: number): Scalar | null;
  sheet: string;
  functions: Record<string, CustomFunction>;
}

class FormulaError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

type Tok = { t: 'num' | 'str' | 'ref' | 'name' | 'op' | '(' | ')' | ','; v: string };

function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (/\s/.test(ch)) { i++; continue; }
    if (ch === '"') {
      let j = i + 1;
      let s = '';
      while (j < src.length) {
        if (src[j] === '"' && src[j + 1] === '"') { s += '"'; j += 2; continue; }
        if (src[j] === '"') break;
        s += src[j++];
      }
      out.push({ t: 'str', v: s });
      i = j + 1;
      continue;
    }
    if ('+-*/'.includes(ch)) { out.push({ t: 'op', v: ch }); i++; continue; }
    if (ch === '(' || ch === ')' || ch === ',') { out.push({ t: ch, v: ch }); i++; continue; }
    const num = /^\d+(\.\d+)?%?/.exec(src.slice(i));
    if (num && !/^[A-Za-z]/.test(src.slice(i + num[0].length))) {
      out.push({ t: 'num', v: num[0] });
      i += num[0].length;
      continue;
    }
    // a reference, optionally sheet-qualified, or a function/name
    const ref = /^((?:'(?:[^']|'')+'|[\p{L}_][\p{L}\p{N}_.]*)!)?\$?[A-Za-z]{1,3}\$?\d+(:\$?[A-Za-z]{1,3}\$?\d+)?/u.exec(src.slice(i));
    const name = /^[\p{L}_][\p{L}\p{N}_.]*/u.exec(src.slice(i));
    if (ref && (!name || ref[0].length >= name[0].length || src[i + name[0].length] === '!')) {
      out.push({ t: 'ref', v: ref[0] });
      i += ref[0].length;
      continue;
    }
    if (name) { out.push({ t: 'name', v: name[0] }); i += name[0].length; continue; }
    throw new FormulaError('#NAME?');
  }
  return out;
}

type Val = Scalar | null | (Scalar | null)[][];

export function evaluate(formula: string, env: EvalEnv): Scalar {
  try {
    const toks = tokenize(formula.replace(/^=/, ''));
    let p = 0;
    const peek = () => toks[p];
    const expr = (): Val => {
      let left = term();
      while (peek()?.t === 'op' && (peek().v === '+' || peek().v === '-')) {
        const op = toks[p++].v;
        const right = term();
        left = arith(left, right, op);
      }
      return left;
    };
    const term = (): Val => {
      let left = unary();
      while (peek()?.t === 'op' && (peek().v === '*' || peek().v === '/')) {
        const op = toks[p++].v;
        left = arith(left, unary(), op);
      }
      return left;
    };
    const unary = (): Val => {
      if (peek()?.t === 'op' && peek().v === '-') { p++; return arith(0, unary(), '-'); }
      if (peek()?.t === 'op' && peek().v === '+') { p++; return unary(); }
      return atom();
    };
    const atom = (): Val => {
      const tok = toks[p++];
      if (!tok) throw new FormulaError('#VALUE!');
      if (tok.t === 'num') {
        return tok.v.endsWith('%') ? new Decimal(tok.v.slice(0, -1)).div(100).toNumber() : Number(tok.v);
      }
      if (tok.t === 'str') return tok.v;
      if (tok.t === '(') { const v = expr(); expect(')'); return v; }
      if (tok.t === 'ref') return readRef(tok.v);
      if (tok.t === 'name') {
        const upper = tok.v.toUpperCase();
        if (peek()?.t !== '(') {
          if (upper === 'TRUE') return true;
          if (upper === 'FALSE') return false;
          throw new FormulaError('#NAME?');
        }
        p++;
        const args: Val[] = [];
        if (peek()?.t !== ')') {
          args.push(expr());
          while (peek()?.t === ',') { p++; args.push(expr()); }
        }
        expect(')');
        return call(upper, args);
      }
      throw new FormulaError('#VALUE!');
    };
    const expect = (t: Tok['t']) => {
      if (toks[p++]?.t !== t) throw new FormulaError('#VALUE!');
    };
    const readRef = (text: string): Val => {
      const { sheet, local } = splitSheet(text);
      const r = parseRange(local.replace(/\$/g, ''));
      if (!r) throw new FormulaError('#REF!');
      const rows: (Scalar | null)[][] = [];
      for (let i = r.top; i <= r.bottom; i++) {
        const row: (Scalar | null)[] = [];
        for (let j = r.left; j <= r.right; j++) {
          const v = env.read(sheet ?? env.sheet, i, j);
          if (typeof v === 'string' && v.startsWith('#')) throw new FormulaError(v);
          row.push(v);
        }
        rows.push(row);
      }
      return parseCell(local.replace(/\$/g, '')) ? rows[0][0] : rows;
    };
    const v = expr();
    if (p !== toks.length) throw new FormulaError('#VALUE!');
    if (Array.isArray(v)) return scalarOf(v[0]?.[0] ?? null);
    return scalarOf(v);
  } catch (e) {
    if (e instanceof FormulaError) return e.code;
    return '#VALUE!';
  }

  function call(name: string, args: Val[]): Val {
    if (name === 'SUM') {
      let total = new Decimal(0);
      for (const a of args) for (const v of flat(a)) if (typeof v === 'number') total = total.plus(v);
      return total.toNumber();
    }
    if (name === 'ROUND') {
      const digits = num(args[1] ?? 0);
      return new Decimal(num(args[0])).toDecimalPlaces(digits, Decimal.ROUND_HALF_UP).toNumber();
    }
    if (name === 'LEN') return String(scalarOf(first(args[0]))).length;
    if (name === 'ABS') return Math.abs(num(args[0]));
    if (name === 'MIN' || name === 'MAX') {
      const nums = args.flatMap(flat).filter((v): v is number => typeof v === 'number');
      if (!nums.length) return 0;
      return name === 'MIN' ? Math.min(...nums) : Math.max(...nums);
    }
    if (name === 'IF') return truthy(first(args[0])) ? first(args[1] ?? true) : first(args[2] ?? false);
    const fn = env.functions[name];
    if (!fn) throw new FormulaError('#NAME?');
    return fn(...(args as FnArg[]));
  }
}

function first(v: Val): Scalar | null {
  return Array.isArray(v) ? v[0]?.[0] ?? null : v;
}

function truthy(v: Scalar | null): boolean {
  return typeof v === 'string' ? v.length > 0 && v.toUpperCase() !== 'FALSE' : Boolean(v);
}

function flat(v: Val): (Scalar | null)[] {
  return Array.isArray(v) ? v.flat() : [v];
}

function num(v: Val): number {
  if (Array.isArray(v)) return num(v[0]?.[0] ?? null);
  if (v === null || v === '') return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const n = Number(v);
  if (Number.isNaN(n)) throw new FormulaError('#VALUE!');
  return n;
}

function arith(a: Val, b: Val, op: string): number {
  const x = new Decimal(num(a));
  const y = new Decimal(num(b));
  if (op === '+') return x.plus(y).toNumber();
  if (op === '-') return x.minus(y).toNumber();
  if (op === '*') return x.times(y).toNumber();
  if (y.isZero()) throw new FormulaError('#DIV/0!');
  return x.div(y).toNumber();
}

function scalarOf(v: Scalar | null): Scalar {
  return v === null ? 0 : v;
}
