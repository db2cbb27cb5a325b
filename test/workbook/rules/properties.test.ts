import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { D } from '../../../src/engine/decimal';
import { evaluateRule } from '../../../src/engine/evaluate';
import { parseStandard, printReading, toEngineRule, type Reading, type TierReading } from '../../../src/workbook/rules';

/** Printing a reading and parsing the print gives the reading back; a converted rule scores within [0, points]. */

const MEASURES = ['固定资产利用率', '在职人员控制率', '“三公经费”变动率', '预算调整率', '满意度', '比率', '重点支出安排率'];
const measure = fc.constantFrom(...MEASURES);
/** decimals as a table writes them: whole numbers, halves, two places */
const dec = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((n) => new D(n).div(100).toString());

/** Bands from the top down (≥90 … <60) or from the bottom up (<5 … >10), as tables write them. */
const tiersReading: fc.Arbitrary<{ reading: Reading; points: string }> = fc
  .record({
    measure,
    ends: fc.uniqueArray(fc.integer({ min: 0, max: 200 }), { minLength: 1, maxLength: 5 }),
    lowerOwns: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
    descending: fc.boolean(),
    otherwise: fc.boolean(),
    points: fc.array(dec(10), { minLength: 6, maxLength: 6 }),
  })
  .map(({ measure, ends, lowerOwns, descending, otherwise, points }) => {
    const e = [...ends].sort((a, b) => a - b).map(String);
    const bands: TierReading[] = [];
    // band i lies between e[i-1] and e[i]; the end e[i] belongs to the band above when lowerOwns[i]
    for (let i = 0; i <= e.length; i++) {
      const t: TierReading = { points: '0' };
      if (i > 0) Object.assign(t, { min: e[i - 1], minInclusive: lowerOwns[i - 1] });
      if (i < e.length) Object.assign(t, { max: e[i], maxInclusive: !lowerOwns[i] });
      bands.push(t);
    }
    const ordered = descending ? bands.reverse() : bands;
    const last = ordered.length - 1;
    if (otherwise) ordered[last] = { points: '0' };
    const top = points.reduce((m, p) => (new D(p).gt(m) ? p : m), '0.01');
    const tiers = ordered.map((t, i) => ({ ...t, points: i === 0 ? top : new D(points[i]).gt(top) ? top : points[i] }));
    return { reading: { kind: 'tiers', measure, unit: '%', tiers } as Reading, points: top };
  });

const perPointReading: fc.Arbitrary<{ reading: Reading; points: string }> = fc
  .record({
    measure,
    over: fc.boolean(),
    bound: dec(150),
    inclusive: fc.boolean(),
    step: fc.constantFrom('1', '2', '5', '0.5'),
    deduct: dec(3).filter((d) => d !== '0'),
    full: dec(20).filter((d) => d !== '0'),
    partial: fc.constantFrom('proportional', 'whole-steps', 'ambiguous'),
  })
  .filter(({ step, partial }) => !(step === '1' && partial === 'ambiguous'))
  .map(({ measure, over, bound, inclusive, step, deduct, full, partial }) => ({
    reading: {
      kind: 'per-point',
      measure,
      unit: '%',
      full,
      fullWhen: over ? { max: bound, maxInclusive: inclusive } : { min: bound, minInclusive: inclusive },
      direction: over ? 'over' : 'under',
      step,
      deduct,
      partial,
    } as Reading,
    points: full,
  }));

describe('printReading', () => {
  it('prints the rule in plain Chinese', () => {
    const tiers: Reading = {
      kind: 'tiers',
      measure: '固定资产利用率',
      unit: '%',
      tiers: [
        { min: '90', minInclusive: true, points: '1' },
        { min: '75', minInclusive: true, max: '90', maxInclusive: false, points: '0.7' },
        { points: '0' },
      ],
    };
    expect(printReading(tiers)).toBe('固定资产利用率≥90% 得 1 分；75%≤固定资产利用率<90% 得 0.7 分；其余 得 0 分');
    const pp: Reading = { kind: 'per-point', measure: '在职人员控制率', unit: '%', full: '8', fullWhen: { max: '100', maxInclusive: true }, direction: 'over', step: '1', deduct: '0.5', partial: 'proportional' };
    expect(printReading(pp)).toBe('在职人员控制率≤100% 得 8 分；每超过 1 个百分点扣 0.5 分，扣完为止');
  });

  it('parsing the print of a tiers reading gives it back', () => {
    fc.assert(
      fc.property(tiersReading, ({ reading, points }) => {
        expect(parseStandard({ text: printReading(reading), points })).toEqual(reading);
      }),
      { numRuns: 300 },
    );
  });

  it('parsing the print of a per-point reading gives it back', () => {
    fc.assert(
      fc.property(perPointReading, ({ reading, points }) => {
        expect(parseStandard({ text: printReading(reading), points })).toEqual(reading);
      }),
      { numRuns: 300 },
    );
  });

  it('gives back ratio, checklist and deduct readings', () => {
    const readings: [Reading, string][] = [
      [{ kind: 'ratio', measure: '政府采购执行率', points: '1', cap: '1' }, '1'],
      [{ kind: 'ratio', numerator: '已完成项目数', denominator: '计划完成项目总数', points: '6', cap: '1.2' }, '6'],
      [{ kind: 'checklist', items: [{ text: '项目的设立、调整按规定履行报批程序', points: '1' }, { text: '项目招投标严格执行相关制度规定', points: '1.5' }] }, '2.5'],
      [{ kind: 'deduct', what: '没有完成的重点工作', perItem: '4', full: '8' }, '8'],
      [{ kind: 'deduct', what: '不相符', perItem: '0.2', full: '4' }, '4'],
      [{ kind: 'checklist', items: [{ text: '制定有项目实施方案', points: '3' }] }, '3'],
    ];
    for (const [r, points] of readings) expect(parseStandard({ text: printReading(r), points })).toEqual(r);
  });

  it('gives back every definite reading the parser takes from the corpus', () => {
    const dir = path.resolve(__dirname, '../../fixtures/rule-texts');
    const items = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .flatMap((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { text: string; points: string; definition?: string }[]);
    const parsed = items.map((it) => ({ points: it.points, reading: parseStandard(it) })).filter(({ reading }) => !['judgement', 'ambiguous', 'not-understood'].includes(reading.kind));
    expect(parsed.length).toBeGreaterThan(50);
    for (const { points, reading } of parsed) expect(parseStandard({ text: printReading(reading), points })).toEqual(reading);
  });
});

describe('a parsed rule scores within [0, points]', () => {
  const figure = fc.integer({ min: -50000, max: 300000 }).map((n) => new D(n).div(100000));

  const scoreOf = (reading: Reading, points: string, value: InstanceType<typeof D>) => {
    const converted = toEngineRule(reading, points, () => 'x');
    if (!converted.ok) return null;
    return evaluateRule(converted.rule, { figures: new Map([['x', value]]) });
  };

  it.each([
    ['tiers', tiersReading],
    ['per-point', perPointReading],
  ])('%s', (_name, arb) => {
    fc.assert(
      fc.property(arb, figure, ({ reading, points }, value) => {
        const parsed = parseStandard({ text: printReading(reading), points });
        const outcome = scoreOf(parsed, points, value);
        if (outcome && (outcome.status === 'scored' || outcome.status === 'judgement')) {
          expect(outcome.score.gte(0)).toBe(true);
          expect(outcome.score.lte(points)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('ratio', () => {
    fc.assert(
      fc.property(dec(20), fc.constantFrom('1', '1.2', '0.8'), figure, figure, (points, cap, a, b) => {
        const r = toEngineRule({ kind: 'ratio', numerator: 'A', denominator: 'B', points, cap }, points, (n) => n);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const out = evaluateRule(r.rule, { figures: new Map([['A', a.abs()], ['B', b.abs().plus('0.01')]]) });
        if (out.status === 'scored') expect(out.score.gte(0) && out.score.lte(points)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
