import { D, type Dec, percent, thousands, wan } from '../../engine/decimal';
import { AMOUNT_PARTS, AMOUNT_PEERS, UNIT_BUDGETS } from '../../frameworks/amountRelations';
import type { FigureDef } from '../../frameworks/types';
import type { CellValue } from '../port';
import type { FigureSuspect, FoundFigure } from './read.types';
import { serialDateText } from './dateSerial';

/**
 * Plausibility before arithmetic: a figure's value is judged against its neighbours before any rule
 * uses it.
 *
 * - Rates: a General-format number of 1.5 or less in a % row reads as percentage points (0.964 →
 *   0.96%); when the % rows around it all read above 1.5%, or when it breaks the cumulative 一至四季度
 *   支出进度 (which cannot fall), it is a fraction (96.40%), with a note naming the cell. No rate above
 *   1000% is used: an error.
 * - Amounts: a 万元 amount 10⁴ times its peers (budget / spending, plan / actual), its parts or the
 *   unit's budget is 元 written in a 万元 row: UNIT_MISMATCH naming the cell and both readings, and no
 *   rule is computed from it.
 * - Dates: a number in a date-formatted cell is named and not used.
 */

/** Where a figure's value came from, as the plausibility rules need it. */
export interface FigureCell {
  raw: CellValue;
  format: string | null;
  /** the unit its row states (% / 万元 / 人 …) */
  unitHint: string;
  row: number;
}

const RATE_LIMIT = new D(10); // 1000%
const SCALE = new D(10000);
const FRACTION_MAX = new D('1.5');
const POINTS_FLOOR = new D('0.015'); // 1.5% as a fraction

function isGeneral(format: string | null): boolean {
  return format !== null && /general|通用/i.test(format);
}

/** A format that shows a date or a time (yyyy-mm-dd, m/d, h:mm, 年月日), quoted text and [locale] aside. */
export function isDateFormat(format: string | null): boolean {
  if (format === null || isGeneral(format)) return false;
  const code = format.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '').replace(/\\./g, '');
  return /[ymdh]/i.test(code) && !/[0#?]/.test(code);
}

function where(f: FoundFigure): string {
  return `工作表“${f.sheet}”${f.address} 的“${f.label}”`;
}

/** The rates of the same sheet nearest above and below `f`, as read. */
function neighbours(f: FoundFigure, rates: FoundFigure[], cells: Map<string, FigureCell>): FoundFigure[] {
  const row = cells.get(f.id)?.row ?? 0;
  const same = rates.filter((r) => r !== f && r.sheet === f.sheet && cells.has(r.id));
  const above = same.filter((r) => cells.get(r.id)!.row < row).sort((a, b) => cells.get(b.id)!.row - cells.get(a.id)!.row)[0];
  const below = same.filter((r) => cells.get(r.id)!.row > row).sort((a, b) => cells.get(a.id)!.row - cells.get(b.id)!.row)[0];
  return [above, below].filter((r): r is FoundFigure => r !== undefined);
}

const SERIES = ['progress.q1', 'progress.q2', 'progress.q3', 'progress.q4'];

/** True when the cumulative series falls at `id` as read and would not with `asFraction` instead. */
function breaksSeries(id: string, asFraction: Dec, figures: Map<string, FoundFigure>): boolean {
  const i = SERIES.indexOf(id);
  if (i < 0) return false;
  const at = (k: number, own: Dec): Dec | undefined => {
    if (k === i) return own;
    const v = figures.get(SERIES[k])?.value;
    return v === undefined || typeof v === 'string' ? undefined : v;
  };
  const rises = (own: Dec): boolean => {
    const vals = SERIES.map((_, k) => at(k, own)).filter((v): v is Dec => v !== undefined);
    return vals.every((v, k) => k === 0 || v.gte(vals[k - 1]));
  };
  const now = figures.get(id)!.value as Dec;
  return !rises(now) && rises(asFraction);
}

/** A General number ≤ 1.5 in a % row, read as points, re-read as a fraction where its context says so. */
function rereadRates(figures: Map<string, FoundFigure>, cells: Map<string, FigureCell>, defs: Record<string, FigureDef>): void {
  const rates = [...figures.values()].filter((f) => defs[f.id]?.kind === 'rate' && typeof f.value !== 'string');
  for (const f of rates) {
    const cell = cells.get(f.id);
    if (!cell || typeof cell.raw !== 'number' || cell.unitHint !== '%' || !isGeneral(cell.format)) continue;
    const raw = new D(String(cell.raw));
    if (raw.isZero() || raw.abs().gt(FRACTION_MAX)) continue;
    const near = neighbours(f, rates, cells);
    const nearAbove = near.length > 0 && near.every((n) => (n.value as Dec).gt(POINTS_FLOOR));
    const series = breaksSeries(f.id, raw, figures);
    if (!nearAbove && !series) continue;
    const reason = series
      ? `按 ${f.source}% 读取时一至四季度累计支出进度会下降，而累计进度不会下降`
      : `相邻的百分比行（${near.map((n) => `${n.address} ${percent(n.value as Dec)}`).join('、')}）都在 1.5% 以上，${f.source}% 与之不合`;
    figures.set(f.id, { ...f, value: raw, tolerance: f.tolerance?.times(100), rateScaleAssumed: true, scaleReason: reason });
  }
}

function amountOf(figures: Map<string, FoundFigure>, id: string): Dec | undefined {
  const v = figures.get(id)?.value;
  return v !== undefined && typeof v !== 'string' && v.gt(0) ? v : undefined;
}

/** An amount typed in 元 in a 万元 row: 10⁴ times (±) a reference it should be near or below. */
function amountSuspects(figures: Map<string, FoundFigure>, defs: Record<string, FigureDef>): { id: string; ref: string; refValue: Dec }[] {
  const out: { id: string; ref: string; refValue: Dec }[] = [];
  const flag = (id: string, ref: string, refValue: Dec) => {
    if (!out.some((s) => s.id === id)) out.push({ id, ref, refValue });
  };
  const inWan = (id: string) => defs[id]?.kind === 'amount' && ['万元', '万', ''].includes(figures.get(id)?.unit ?? 'x');
  // peers: same money at another stage, near in size
  for (const group of AMOUNT_PEERS) {
    for (const a of group) {
      const va = amountOf(figures, a);
      if (!va || !inWan(a)) continue;
      for (const b of group) {
        const vb = amountOf(figures, b);
        if (b === a || !vb || !inWan(b)) continue;
        const ratio = va.div(vb);
        if (ratio.gte(1000) && ratio.div(SCALE).gte('0.05') && ratio.div(SCALE).lte(20)) flag(a, b, vb);
      }
    }
  }
  // parts never exceed their total; a total is near the sum of its parts
  for (const { total, parts } of AMOUNT_PARTS) {
    const vt = amountOf(figures, total);
    // an amount written with its own unit (“2000.41 元”) is judged by the UNIT_MISMATCH relations instead
    if (!vt || !inWan(total)) continue;
    const present = parts.filter((p) => amountOf(figures, p));
    for (const p of present) {
      const vp = amountOf(figures, p)!;
      if (inWan(p) && vp.div(vt).gte(1000) && vp.div(SCALE).lte(vt.times('1.5'))) flag(p, total, vt);
    }
    if (present.length === parts.length && present.every(inWan)) {
      const sum = present.reduce((s, p) => s.plus(amountOf(figures, p)!), new D(0));
      const ratio = vt.div(sum);
      if (ratio.gte(1000) && ratio.div(SCALE).gte('0.5') && ratio.div(SCALE).lte(2)) flag(total, present.join('+'), sum);
    }
  }
  // no amount of the unit's flows is 10³ times its whole budget (assets are a stock, not a flow)
  const budgetId = UNIT_BUDGETS.find((id) => amountOf(figures, id) && inWan(id));
  if (budgetId) {
    const budget = amountOf(figures, budgetId)!;
    for (const f of figures.values()) {
      if (f.id === budgetId || !inWan(f.id) || f.id.startsWith('assets.') || typeof f.value === 'string') continue;
      if (f.value.div(budget).gte(1000) && f.value.div(SCALE).lte(budget.times(2))) flag(f.id, budgetId, budget);
    }
  }
  return out;
}

function labelOf(figures: Map<string, FoundFigure>, defs: Record<string, FigureDef>, ref: string): string {
  return ref
    .split('+')
    .map((id) => `“${figures.get(id)?.label ?? defs[id]?.label ?? id}”`)
    .join('与');
}

/**
 * Judges the figures read from their cells: re-reads rates whose context says they are fractions,
 * and removes what cannot be used (a rate above 1000%, an amount 10⁴ times its references, a number in
 * a date cell), returning a finding for each. `figures` is changed in place.
 */
export function judgeFigures(figures: Map<string, FoundFigure>, cells: Map<string, FigureCell>, defs: Record<string, FigureDef>): FigureSuspect[] {
  const suspects: FigureSuspect[] = [];
  const drop = (f: FoundFigure, code: FigureSuspect['code'], severity: FigureSuspect['severity'], message: string) => {
    suspects.push({ code, severity, sheet: f.sheet, address: f.address, figure: f.id, message });
  };
  for (const f of [...figures.values()]) {
    const cell = cells.get(f.id);
    const kind = defs[f.id]?.kind;
    if (cell && typeof cell.raw === 'number' && isDateFormat(cell.format) && (kind === 'amount' || kind === 'rate' || kind === 'count' || kind === 'score')) {
      const date = serialDateText(cell.raw);
      const shown = date ? `填的是日期 ${date}（单元格是日期格式 ${cell.format}）` : `单元格是日期格式（${cell.format}），其中的数 ${cell.raw} 显示为日期`;
      drop(f, 'DATE_NUMBER_MIXED', 'error', `${where(f)}${shown}，不是数值，未用于计分；请改为数值格式并填写数值`);
    }
  }
  for (const s of suspects) figures.delete(s.figure);
  rereadRates(figures, cells, defs);
  for (const f of [...figures.values()]) {
    if (defs[f.id]?.kind === 'rate' && typeof f.value !== 'string' && f.value.abs().gt(RATE_LIMIT)) {
      drop(f, 'RATE_IMPLAUSIBLE', 'error', `${where(f)}读作 ${percent(f.value)}，超过 1000%，不是可能的比率，未用于计分；请核对所填数值与单位`);
      figures.delete(f.id);
    }
  }
  for (const s of amountSuspects(figures, defs)) {
    const f = figures.get(s.id)!;
    const v = f.value as Dec;
    const times = thousands(v.div(s.refValue), 0);
    drop(
      f,
      'UNIT_MISMATCH',
      'error',
      `${where(f)}为 ${wan(v)}，是${labelOf(figures, defs, s.ref)}（${wan(s.refValue)}）的 ${times} 倍：按万元读为 ${wan(v)}，若按元填写则为 ${wan(v.div(SCALE))}；单位疑似有误，未用于计分，也不写入报告`,
    );
  }
  for (const s of suspects) if (s.code === 'UNIT_MISMATCH') figures.delete(s.figure);
  return suspects;
}
