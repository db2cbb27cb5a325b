import type { ScoredLeaf, ScoredNode } from '../../src/engine/tree.types';
import { analyse } from '../../src/workbook/analyse/analyse';
import type { Analysis } from '../../src/workbook/analyse/analysis.types';
import type { WorkbookSnapshot } from '../../src/workbook/port';
import { guangzhouSnapshot, shenzhenSnapshot } from '../workbook/fixtures';

/**
 * A date where a figure, a 分值 or a 得分 belongs is named as a date, with its sheet and cell, and is not
 * used as a number. 2024-05-01 is stored as its serial 45413 (2024-01-01 is 45292; January 31 + February
 * 29 + March 31 + April 30 = 121 days later), so read as a number it became 45,413.00万元.
 *
 * Seed 003 (表5) sums to 95.82 of 100; its first leaf (D3 points 10, E3 score 9.45) left out gives
 * 95.82 − 9.45 = 86.37, of 90 points when its 分值 is the bad cell.
 */

const MAY_FIRST_2024 = 45413;

function run(snapshot: WorkbookSnapshot): Analysis {
  const r = analyse(snapshot);
  if (!r.ok) throw new Error(r.message);
  return r.analysis;
}

/** The cell at (row, col) of `sheet` holds `serial` in a date format, as Excel stores a typed date. */
function dateAt(snapshot: WorkbookSnapshot, sheetName: string, row: number, col: number, format = 'yyyy-mm-dd'): void {
  const sheet = snapshot.sheets.find((s) => s.name === sheetName)!;
  sheet.numberFormats = sheet.values.map((r) => r.map(() => null));
  sheet.values[row][col] = MAY_FIRST_2024;
  sheet.numberFormats[row][col] = format;
}

function leaves(nodes: ScoredNode[]): ScoredLeaf[] {
  return nodes.flatMap((n) => (n.kind === 'leaf' ? [n] : leaves(n.children)));
}

function namedAsDate(a: Analysis, sheet: string, address: string) {
  return a.warnings.filter(
    (w) => w.code === 'DATE_NUMBER_MIXED' && w.severity === 'error' && w.sheet === sheet && w.address === address && w.message.includes(`“${sheet}”${address}`) && w.message.includes('2024-05-01'),
  );
}

const noSerialAsNumber = (a: Analysis) => a.warnings.every((w) => !/45,?413/.test(w.message) || w.code === 'DATE_NUMBER_MIXED');

test('a 基础数据 figure holding 2024-05-01 is named as a date and not used', () => {
  const snap = shenzhenSnapshot();
  const row = snap.sheets[1].values.findIndex((r) => r[0] === '政府采购计划金额');
  dateAt(snap, '基础数据', row, 1);
  const a = run(snap);
  expect(namedAsDate(a, '基础数据', `B${row + 1}`)).toHaveLength(1);
  expect(a.figures.has('procurement.plan')).toBe(false);
  expect(noSerialAsNumber(a)).toBe(true);
});

test('a typed 得分 holding a date is named and is no score: 表5!E3 leaves the total at 86.37', () => {
  const snap = guangzhouSnapshot();
  dateAt(snap, '表5', 2, 4, 'yyyy"年"m"月"d"日"');
  const a = run(snap);
  expect(namedAsDate(a, '表5', 'E3')).toHaveLength(1);
  expect(leaves(a.scored.roots)[0].typedScore).toBeNull();
  expect(a.scored.total.toFixed(2)).toBe('86.37');
  expect(noSerialAsNumber(a)).toBe(true);
});

test('a 分值 holding a date is named and the leaf is out of the totals: 86.37 of 90', () => {
  const snap = guangzhouSnapshot();
  dateAt(snap, '表5', 2, 3, 'm/d/yy');
  const a = run(snap);
  expect(namedAsDate(a, '表5', 'D3')).toHaveLength(1);
  expect(a.scored.total.toFixed(2)).toBe('86.37');
  expect(a.scored.max.toFixed(2)).toBe('90.00');
  expect(noSerialAsNumber(a)).toBe(true);
});

test('a computed score is not disturbed: 评分表!I34 holding a date is named, the leaf still scores 1 by its rule', () => {
  const snap = shenzhenSnapshot();
  dateAt(snap, '评分表', 33, 8);
  const a = run(snap);
  expect(namedAsDate(a, '评分表', 'I34')).toHaveLength(1);
  const leaf = leaves(a.scored.roots).find((l) => l.name === '固定资产利用率');
  expect(leaf?.typedScore).toBeNull();
  expect(leaf?.score?.toFixed(2)).toBe('1.00');
  expect(noSerialAsNumber(a)).toBe(true);
});

test('a number in a number format is still a number (no false alarm): 0.00 and 0.00% formats', () => {
  const snap = guangzhouSnapshot();
  const sheet = snap.sheets[0];
  sheet.numberFormats = sheet.values.map((r) => r.map(() => '0.00'));
  const a = run(snap);
  expect(a.warnings.some((w) => w.code === 'DATE_NUMBER_MIXED')).toBe(false);
  expect(a.scored.total.toFixed(2)).toBe('95.82');
});
