import type { WorkbookSnapshot } from '../../../src/workbook/port';
import { shenzhenSnapshot } from '../fixtures';
import { analysed, found } from '../helpers';

/** The 基础数据 sheet of a snapshot with `format` given to the value cell of `label`. */
function withFormat(snap: WorkbookSnapshot, label: string, format: string): WorkbookSnapshot {
  const data = snap.sheets.find((s) => s.name === '基础数据')!;
  data.numberFormats = data.values.map((row) => row.map((v) => (v === null ? null : 'General')));
  const r = data.values.findIndex((row) => row[0] === label);
  data.numberFormats[r][1] = format;
  return snap;
}

function rowOf(snap: WorkbookSnapshot, label: string): number {
  return snap.sheets.find((s) => s.name === '基础数据')!.values.findIndex((row) => row[0] === label) + 1;
}

describe('RATE_INCONSISTENT (rounding-aware)', () => {
  test("seed 002's 88.71% from 4.73 / 5.34 lies inside 88.40–88.75%: no finding", () => {
    expect(found(analysed(shenzhenSnapshot()), 'RATE_INCONSISTENT')).toEqual([]);
  });
  test("seed 003's 43.51% beside 10.83% progress against 25% is outside 43.30–43.34%: a warning", () => {
    const a = analysed(shenzhenSnapshot({}, { 一季度支出进度: '10.83%', 一季度预算执行率: '43.51%' }));
    const [w] = found(a, 'RATE_INCONSISTENT');
    expect(w).toMatchObject({ severity: 'warning', sheet: '基础数据' });
    expect(w.message).toContain('43.51%');
    expect(w.message).toContain('43.32%');
    expect(w.message).toContain('43.30%–43.34%');
  });
  test('a procurement rate outside the interval is flagged', () => {
    const [w] = found(analysed(shenzhenSnapshot({}, { 政府采购执行率: '88.90%' })), 'RATE_INCONSISTENT');
    expect(w.message).toContain('88.40%–88.75%');
  });

  test.each([0.89, 0.9])('政府采购执行率 stored as the number %s with no format: ±0.005 points, outside 88.40–88.75%%', (stored) => {
    const snap = shenzhenSnapshot({}, { 政府采购执行率: stored });
    const [w, ...rest] = found(analysed(snap), 'RATE_INCONSISTENT');
    expect(rest).toEqual([]);
    expect(w).toMatchObject({ severity: 'warning', sheet: '基础数据', address: `B${rowOf(snap, '政府采购执行率')}` });
    expect(w.message).toContain(`填报为 ${stored === 0.89 ? '89.00%' : '90.00%'}`);
    expect(w.message).toContain('88.40%–88.75%');
  });
  test.each([0.89, 0.9])('政府采购执行率 stored as %s under 0.00%%: outside 88.40–88.75%% as well', (stored) => {
    const snap = withFormat(shenzhenSnapshot({}, { 政府采购执行率: stored }), '政府采购执行率', '0.00%');
    expect(found(analysed(snap), 'RATE_INCONSISTENT')).toHaveLength(1);
  });
  test('0.8871 (88.71%) stays clean, with or without its 0.00% format', () => {
    expect(found(analysed(shenzhenSnapshot({}, { 政府采购执行率: 0.8871 })), 'RATE_INCONSISTENT')).toEqual([]);
    const formatted = withFormat(shenzhenSnapshot({}, { 政府采购执行率: 0.8871 }), '政府采购执行率', '0.00%');
    expect(found(analysed(formatted), 'RATE_INCONSISTENT')).toEqual([]);
  });
  test('a 0% format shows 89%: ±0.5 points reach 88.75%, so no finding', () => {
    const snap = withFormat(shenzhenSnapshot({}, { 政府采购执行率: 0.89 }), '政府采购执行率', '0%');
    expect(found(analysed(snap), 'RATE_INCONSISTENT')).toEqual([]);
  });
  test('88.71 beside % in a cell formatted 0.00 is percentage points: clean', () => {
    const snap = shenzhenSnapshot({}, { 政府采购执行率: 88.71 });
    const data = snap.sheets.find((s) => s.name === '基础数据')!;
    data.values[rowOf(snap, '政府采购执行率') - 1][2] = '%';
    expect(found(analysed(withFormat(snap, '政府采购执行率', '0.00')), 'RATE_INCONSISTENT')).toEqual([]);
  });
});
