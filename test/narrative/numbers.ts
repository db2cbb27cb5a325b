import { D, fixed, percent, type Dec } from '../../src/engine/decimal';
import { isNumberFigure } from '../../src/engine/quantity';
import type { ScoredNode } from '../../src/engine/tree.types';
import type { Analysis } from '../../src/workbook/analyse/analysis.types';
import { normaliseTargetText } from '../../src/engine/narrative';

/**
 * Every number a report may state for one analysed workbook, each in the forms the seeds print:
 * the figures the workbook holds (as written, 2 decimals, thousands separators, percentages for rates),
 * the rates derived from pairs of them, and the scoring result (points, scores, losses, shares, the
 * engine's own step texts and messages). Built independently of the narrative's formatter.
 */
export function allowedNumbers(analysis: Analysis): Set<string> {
  const out = new Set<string>();
  const en = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const add = (v: Dec) => {
    out.add(v.toString());
    out.add(fixed(v, 2));
    out.add(en.format(Number(fixed(v, 2))));
  };
  if (analysis.year) out.add(analysis.year);
  for (const f of analysis.figures.values()) {
    if (!isNumberFigure(f.value)) continue;
    add(f.value);
    if (f.unit === '%' || analysis.figureDefs[f.id]?.kind === 'rate') out.add(percent(f.value));
  }
  const ratio = (a: string, b: string) => {
    const x = analysis.figures.get(a)?.value;
    const y = analysis.figures.get(b)?.value;
    if (isNumberFigure(x) && isNumberFigure(y) && !y.isZero()) out.add(percent(x.div(y)));
  };
  ratio('threePublic.actual', 'threePublic.budget');
  ratio('dailyPublic.actual', 'dailyPublic.budget');
  ratio('procurement.actual', 'procurement.plan');
  ratio('spending.total', 'budget.adjusted');
  ratio('project.executed', 'project.budget');

  const tokens = (text: string) => {
    for (const t of text.match(NUMBER) ?? []) {
      out.add(t);
      const m = /^(\d+\.\d{5,})$/.exec(t);
      if (m) out.add(new D(m[1]).toDecimalPlaces(4).toString());
    }
  };
  const walk = (n: ScoredNode) => {
    add(n.max);
    if (n.score !== null) {
      add(n.score);
      if (!n.max.isZero()) out.add(percent(n.score.div(n.max)));
      add(D.max(0, n.max.minus(n.score)));
    }
    if (n.kind === 'group') return n.children.forEach(walk);
    n.steps.forEach((s) => tokens(s.text));
    if (n.message) tokens(n.message);
    if (n.typedScore) add(n.typedScore);
  };
  analysis.scored.roots.forEach(walk);
  add(analysis.scored.total);
  add(analysis.scored.max);
  return out;
}

export const NUMBER = /\d[\d,]*(?:\.\d+)?%?/g;

/** Text quoted from the workbook (“…” holding a cell's text verbatim) is the workbook's own; everything else is checked. */
export function withoutWorkbookQuotes(text: string, analysis: Analysis): string {
  const cellTexts = new Set<string>();
  for (const sheet of analysis.snapshot.sheets) {
    for (const row of sheet.values) {
      for (const v of row) {
        if (typeof v !== 'string') continue;
        cellTexts.add(v.replace(/\s+/g, ''));
        // a target or actual is quoted as the report prints it (≥ 20000人次 → ≥20,000人次)
        cellTexts.add(normaliseTargetText(v).replace(/\s+/g, ''));
      }
    }
  }
  return text.replace(/“([^”]*)”/g, (whole, inner: string) => (cellTexts.has(inner.replace(/\s+/g, '')) ? '“”' : whole));
}

/** The numbers of a paragraph that are neither in the workbook nor in the scoring result. */
export function unexplainedNumbers(text: string, analysis: Analysis, allowed: Set<string>): string[] {
  return (withoutWorkbookQuotes(text, analysis).match(NUMBER) ?? []).filter((t) => !allowed.has(t));
}
