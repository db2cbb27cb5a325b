import { Decimal } from 'decimal.js';
import type { Analysis } from '../../src/workbook/analyse/analysis.types';
import type { ScoredLeaf } from '../../src/engine/tree.types';
import { leavesOf } from '../../src/engine/treeWalk';
import { gluedCells, loadRealForm, realFormFiles, scoreRealForm, type RealForm } from './corpus';
import { DISPUTES, FORM_DISPUTES, GAPS } from './knownGaps';

/**
 * Every published form of test/fixtures/real, written to a real .xlsx and scored as `perfscore score`
 * scores a file, compared with the truth worked by hand beside it (never with what the code printed):
 * the leaves and their points, each computable score, the funds score, the points total and the total,
 * the unit and year, every fault the truth says must be flagged and every cell that must stay quiet,
 * and no name or message made of two cells' text glued together.
 *
 * A comparison listed in knownGaps.ts runs as `it.failing` under a title that says why: it is shown in
 * the output, and the day the reader meets that truth the test turns red until the entry is removed.
 * A comparison whose truth we dispute runs against the disputed reading, its reason in the title.
 */

const two = (v: Decimal.Value) => new Decimal(v).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);

type Check = (a: Analysis) => void;

function fundsLeafRow(a: Analysis): number | null {
  return a.layout.funds ? a.layout.funds.row : null;
}

/** The table's indicator leaves: the funds block's own leaf (national form) is compared apart. */
function tableLeaves(a: Analysis) {
  const fundsRow = fundsLeafRow(a);
  return a.layout.leaves.filter((l) => !(l.row === fundsRow && l.ruleId !== null && l.indicator === undefined && l.sheet === a.layout.funds?.sheet));
}

function scoredByRef(a: Analysis): Map<string, ScoredLeaf> {
  return new Map(leavesOf(a.scored.roots).map((l) => [l.ref ?? '', l]));
}

function fundsLeaf(a: Analysis) {
  const fundsRow = fundsLeafRow(a);
  return a.layout.leaves.find((l) => l.row === fundsRow && l.sheet === a.layout.funds?.sheet) ?? null;
}

function comparisons(form: RealForm): [string, Check][] {
  const t = form.truth;
  const sheet = form.sheet.name;
  const out: [string, Check][] = [];
  out.push([
    'leaf rows',
    (a) => {
      expect(tableLeaves(a).map((l) => l.row + 1)).toEqual(t.leaves.map((l) => l.row));
      expect(tableLeaves(a)).toHaveLength(t.leafCount);
    },
  ]);
  for (const leaf of t.leaves) {
    out.push([
      `points of row ${leaf.row} (${leaf.name})`,
      (a) => {
        const l = tableLeaves(a).find((x) => x.row + 1 === leaf.row);
        expect(l).toBeDefined();
        if (leaf.points === null) expect(l?.pointsSource).toBe('none');
        else expect(two(l!.points)).toBe(two(leaf.points));
      },
    ]);
    if (leaf.score !== null) {
      out.push([
        `score of row ${leaf.row} (${leaf.name})`,
        (a) => {
          const l = tableLeaves(a).find((x) => x.row + 1 === leaf.row);
          const s = l ? scoredByRef(a).get(l.ref) : undefined;
          expect(s?.score ?? null).not.toBeNull();
          expect(two(s!.score!)).toBe(two(leaf.score as string));
        },
      ]);
    }
  }
  if (t.funds) {
    const funds = t.funds;
    out.push([
      `funds ${funds.executed} of ${funds.budget}`,
      (a) => {
        expect(two(a.figures.get('project.budget')?.value as Decimal)).toBe(two(funds.budget));
        expect(two(a.figures.get('project.executed')?.value as Decimal)).toBe(two(funds.executed));
      },
    ]);
    out.push([
      `funds score ${funds.score ?? 'none'} of ${funds.points ?? 'no points'}`,
      (a) => {
        const l = fundsLeaf(a);
        if (funds.points === null) {
          expect(l).toBeNull();
          return;
        }
        expect(l).not.toBeNull();
        expect(two(l!.points)).toBe(two(funds.points));
        const s = scoredByRef(a).get(l!.ref);
        expect(two(s?.score ?? -1)).toBe(two(funds.score as string));
      },
    ]);
  }
  // The truth's points total is what the visible leaves carry (the funds leaf included): a cut form's
  // group may state more points than the rows that survive.
  out.push([`points total ${t.pointsTotal}`, (a) => expect(two(Decimal.sum(0, ...a.layout.leaves.map((l) => l.points)))).toBe(two(t.pointsTotal))]);
  out.push([`total ${t.total}`, (a) => expect(two(a.scored.total)).toBe(two(t.total))]);
  out.push([`unit ${t.unit ?? 'not stated'}`, (a) => expect(a.unitName).toBe(t.unit)]);
  out.push([`year ${t.year ?? 'not stated'}`, (a) => expect(a.year).toBe(t.year)]);
  for (const f of t.mustFlag) {
    out.push([
      `flags ${f.code ?? 'a finding'} at ${f.cell}`,
      (a) => {
        const here = a.warnings.filter((w) => w.sheet === sheet && w.address === f.cell);
        expect(here.map((w) => w.code)).toEqual(f.code ? expect.arrayContaining([f.code]) : expect.arrayContaining([expect.any(String)]));
      },
    ]);
  }
  for (const n of t.mustNotFlag) {
    out.push([
      `no error or warning at ${n.cell}`,
      (a) => {
        const here = a.warnings.filter((w) => w.sheet === sheet && w.address === n.cell && w.severity !== 'info');
        expect(here.map((w) => `${w.code} ${w.message}`)).toEqual([]);
      },
    ]);
  }
  out.push([
    'no name glued from two cells',
    (a) => {
      const names = new Set<string>();
      for (const l of a.layout.leaves) l.path.forEach((n) => names.add(n));
      for (const g of a.layout.groups) g.path.forEach((n) => names.add(n));
      const glued = [...names].map((n) => [n, gluedCells(n, form.sheet.rows)]).filter(([, g]) => g !== null);
      expect(glued).toEqual([]);
    },
  ]);
  out.push([
    'no message glued from two cells',
    (a) => {
      // a message names cells' text inside “…”; its own words ("一级指标分值合计") are not cell text
      const quoted = a.warnings.flatMap((w) => [...w.message.matchAll(/“([^”]*)”/g)].map((m) => [w.message, m[1]]));
      const glued = quoted.map(([message, q]) => [message, gluedCells(q, form.sheet.rows)]).filter(([, g]) => g !== null);
      expect(glued).toEqual([]);
    },
  ]);
  return out;
}

describe.each(realFormFiles())('real form %s', (file) => {
  const form = loadRealForm(file);
  const gaps = GAPS[file] ?? {};
  const disputes = DISPUTES[file] ?? {};
  let analysis: Analysis | Error;
  beforeAll(async () => {
    analysis = await scoreRealForm(form, file).catch((e: Error) => e);
  });
  const read = (): Analysis => {
    if (analysis instanceof Error) throw analysis;
    return analysis;
  };

  const formDispute = FORM_DISPUTES[file];
  if (formDispute) {
    it(`known dispute: every comparison of this form (truth file disputed: ${formDispute.reason})`, () => formDispute.check(analysis));
    return;
  }
  const all = comparisons(form);
  for (const [name, check] of all) {
    const dispute = disputes[name];
    if (dispute) {
      it(`known dispute: ${name} (truth file disputed: ${dispute.reason})`, () => dispute.check(analysis));
      continue;
    }
    const gap = gaps[name];
    if (gap) it.failing(`not yet read to truth: ${name} (${gap})`, () => check(read()));
    else it(name, () => check(read()));
  }

  it('every known gap and dispute names a comparison of this form', () => {
    const names = new Set(all.map(([n]) => n));
    expect([...Object.keys(gaps), ...Object.keys(disputes)].filter((n) => !names.has(n))).toEqual([]);
  });
});
