import fc from 'fast-check';
import { leavesOf } from '../../src/engine/treeWalk';
import { figureDefsFor } from '../../src/frameworks/commonFigures';
import { shenzhen2024Department } from '../../src/frameworks/shenzhen-2024-department';
import { findFigures, isDateFormat } from '../../src/workbook/read';
import { reportOf } from '../../src/workbook/analyse';
import type { CellValue, SheetSnapshot } from '../../src/workbook/port';
import { analysed, found } from './helpers';
import { sheet, shenzhenSnapshot } from './fixtures';

const defs = figureDefsFor(shenzhen2024Department.figures);

/** A 基础数据 sheet with a number format per row (null: the host gave none). */
function data(rows: [string, CellValue, string, string | null][]): SheetSnapshot {
  const s = sheet('基础数据', [['指标', '数值', '单位'], ...rows.map(([l, v, u]) => [l, v, u])]);
  s.numberFormats = [[null, null, null], ...rows.map(([, , , f]) => [null, f, null])];
  return s;
}

const QUARTER_LABELS = ['一季度支出进度', '二季度支出进度', '三季度支出进度', '四季度支出进度'];

describe('rates: a General number ≤ 1.5 in a % row', () => {
  test('issue 11: 0.964 among % rows above 1.5 is 96.40%, with a note naming the cell and why', () => {
    const snap = shenzhenSnapshot({}, { 满意度: undefined });
    snap.sheets[1] = { ...snap.sheets[1], values: [...snap.sheets[1].values, ['满意度', 0.964, '%', null]] };
    snap.sheets[1].numberFormats = snap.sheets[1].values.map((_, r) => [null, r === snap.sheets[1].values.length - 1 ? 'General' : null, null, null]);
    const a = analysed(snap);
    expect(a.figures.get('satisfaction.rate')?.value.toString()).toBe('0.964');
    const note = found(a, 'RATE_SCALE_ASSUMED').find((w) => w.address === 'B42')!;
    expect(note.severity).toBe('info');
    expect(note.message).toContain('常规格式的数值 0.964');
    expect(note.message).toContain('96.40%');
    expect(note.message).toContain('B41 100.00%');
  });

  test('a General number beside % with no neighbours above 1.5% keeps its reading as points', () => {
    const f = findFigures({ sheets: [data([['满意度', 0.964, '%', 'General']])] }, defs);
    expect(f.figures.get('satisfaction.rate')?.value.toString()).toBe('0.00964');
    expect(f.figures.get('satisfaction.rate')?.rateScaleAssumed).toBeUndefined();
  });

  test('property: a cumulative series with one fraction typed among percentage points is read rising', () => {
    fc.assert(
      fc.property(
        // four rising percentages, 2.00–100.00, two decimals
        fc.uniqueArray(fc.integer({ min: 200, max: 10000 }), { minLength: 4, maxLength: 4 }).map((a) => [...a].sort((x, y) => x - y)),
        fc.integer({ min: 0, max: 3 }),
        (hundredths, k) => {
          const rows = QUARTER_LABELS.map((l, i): [string, CellValue, string, string | null] => {
            const points = hundredths[i] / 100;
            return i === k ? [l, hundredths[i] / 10000, '%', 'General'] : [l, points, '%', 'General'];
          });
          const f = findFigures({ sheets: [data(rows)] }, defs);
          const read = QUARTER_LABELS.map((_, i) => f.figures.get(`progress.q${i + 1}`)!.value.toString());
          expect(read).toEqual(hundredths.map((h) => String(h / 10000)));
          expect(f.figures.get(`progress.q${k + 1}`)?.rateScaleAssumed).toBe(true);
          // the others were read as written
          expect(QUARTER_LABELS.filter((_, i) => i !== k && f.figures.get(`progress.q${i + 1}`)?.rateScaleAssumed)).toEqual([]);
        },
      ),
    );
  });

  test('a fraction that breaks the series only: 26.24, 51.31, 0.7651, 98.70 → 76.51%, “累计进度不会下降”', () => {
    const f = findFigures({ sheets: [data(QUARTER_LABELS.map((l, i) => [l, [26.24, 51.31, 0.7651, 98.7][i], '%', 'General']))] }, defs);
    expect(f.figures.get('progress.q3')).toMatchObject({ rateScaleAssumed: true });
    expect(f.figures.get('progress.q3')?.value.toString()).toBe('0.7651');
  });

  test('property: no rate above 1000% is used; an error names the cell', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100001, max: 100000000 }), (hundredths) => {
        const a = analysed(shenzhenSnapshot({}, { 满意度: `${hundredths / 100}%` }));
        expect(a.figures.has('satisfaction.rate')).toBe(false);
        const [w] = found(a, 'RATE_IMPLAUSIBLE');
        expect(w).toMatchObject({ severity: 'error', sheet: '基础数据', address: 'B40' });
      }),
      { numRuns: 20 },
    );
    expect(found(analysed(shenzhenSnapshot({}, { 满意度: '1000%' })), 'RATE_IMPLAUSIBLE')).toEqual([]);
  });
});

describe('amounts: 元 typed in a 万元 row', () => {
  test('issue 11: 实际采购金额 24108500 beside a plan of 814.20 万元 is UNIT_MISMATCH with both readings; the leaf is not computed from it', () => {
    const a = analysed(shenzhenSnapshot({}, { 政府采购计划金额: 814.2, 实际采购金额: 24108500, 政府采购执行率: undefined }));
    expect(a.figures.has('procurement.actual')).toBe(false);
    const w = found(a, 'UNIT_MISMATCH').find((x) => x.address === 'B25')!;
    expect(w.severity).toBe('error');
    expect(w.message).toContain('24,108,500.00万元');
    expect(w.message).toContain('2,410.85万元');
    expect(w.message).toContain('“政府采购计划金额”（814.20万元）');
    const leaf = leavesOf(a.scored.roots).find((l) => l.name === '政府采购执行情况')!;
    expect(leaf.status).toBe('missing-input');
    // no report sentence states it (before: “政府采购执行率为2960995.85%”)
    const text = reportOf(a).paragraphs.map((p) => JSON.stringify(p)).join('\n');
    expect(text).not.toContain('24,108,500');
    expect(text).not.toMatch(/2,?960,?995/);
    expect(reportOf(analysed(shenzhenSnapshot())).paragraphs.map((p) => JSON.stringify(p)).join('\n')).toContain('4.73');
  });

  test('property: any amount scaled by 10⁴ against its peer, its parts or the budget is refused; the unscaled one is used', () => {
    const pairs: [label: string, id: string][] = [
      ['实际采购金额', 'procurement.actual'],
      ['“三公”经费实际支出数', 'threePublic.actual'],
      ['日常公用经费决算数', 'dailyPublic.actual'],
      ['在用固定资产原值', 'assets.inUse'],
      ['基本支出', 'spending.basic'],
      ['全年支出', 'spending.total'],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...pairs), ([label, id]) => {
        const plain = analysed(shenzhenSnapshot());
        const value = plain.figures.get(id)!.value.toString();
        const scaled = analysed(shenzhenSnapshot({}, { [label]: Number(value) * 10000 }));
        expect(scaled.figures.has(id)).toBe(false);
        const w = found(scaled, 'UNIT_MISMATCH').find((x) => x.address === plain.figures.get(id)!.address);
        expect(w?.severity).toBe('error');
        // nothing else is refused
        expect([...plain.figures.keys()].filter((k) => k !== id && !scaled.figures.has(k))).toEqual([]);
      }),
      { numRuns: 12 },
    );
  });

  test('the example itself has no UNIT_MISMATCH and no figure refused', () => {
    const a = analysed(shenzhenSnapshot());
    expect(found(a, 'UNIT_MISMATCH')).toEqual([]);
    expect(a.figureRows.filter((r) => r.use === 'implausible')).toEqual([]);
  });
});

describe('dates and numbers', () => {
  test('a date typed in a number row is named and not used', () => {
    const a = analysed(shenzhenSnapshot({}, { 计划完成项目数: '2024-12-31' }));
    const [w] = found(a, 'DATE_NUMBER_MIXED');
    expect(w).toMatchObject({ severity: 'error', address: 'B38' });
    expect(w.message).toContain('日期“2024-12-31”');
    expect(found(a, 'BAD_NUMBER').filter((x) => x.address === 'B38')).toEqual([]);
  });

  test('a number in a date-formatted cell is named and not used', () => {
    const f = findFigures({ sheets: [data([['在编人数', 23, '人', 'yyyy/m/d'], ['编外人数', 4, '人', '0']])] }, defs);
    expect(f.figures.has('staff.onPost')).toBe(false);
    expect(f.figures.has('staff.contract')).toBe(true);
    expect(f.suspects).toEqual([expect.objectContaining({ code: 'DATE_NUMBER_MIXED', address: 'B2', figure: 'staff.onPost' })]);
    expect([isDateFormat('yyyy"年"m"月"d"日"'), isDateFormat('m/d'), isDateFormat('0.00%'), isDateFormat('General'), isDateFormat('#,##0.00')]).toEqual([true, true, false, false, false]);
  });
});
