/**
 * The 评分 preview's rows, read from the analysis of examples/shenzhen-2024.xlsx (through the strict
 * Office.js fake) and from the same workbook with its 评分 column left blank; truths from the workbook
 * and the rules, worked by hand.
 */
import * as path from 'path';
import { FakeExcel } from '../fakes/office/excel';
import { fakeWorkbookFromXlsx } from '../fakes/office/fromXlsx';
import type { FakeWorkbookData } from '../fakes/office/model';
import { ExcelPort } from '../../src/hosts/excel/ExcelPort';
import type { ExcelApi } from '../../src/hosts/excel/excelApi';
import { analyse } from '../../src/workbook/analyse';
import { scoreSummary } from '../../src/taskpane/score/indicatorRows';

async function summaryOf(data: FakeWorkbookData) {
  const host = new FakeExcel(data);
  const api: ExcelApi = { run: host.run as unknown as ExcelApi['run'], isSetSupported: (s, v) => host.isSetSupported(s, v) };
  const result = analyse(await new ExcelPort(api).readSnapshot());
  if (!result.ok) throw new Error(result.message);
  return scoreSummary(result.analysis);
}

let example: FakeWorkbookData;
beforeAll(async () => {
  example = await fakeWorkbookFromXlsx(path.join(__dirname, '..', '..', 'examples', 'shenzhen-2024.xlsx'));
});

describe('scoreSummary', () => {
  test('shenzhen-2024: 21 indicators, the unit total beside ours, procurement computed from its figures', async () => {
    const summary = await summaryOf(example);
    expect(summary.rows).toHaveLength(21);
    // the unit's 评分 column I5:I28: 5+5+3+7+1.89+3+3+2+2+2+1+1+0+3+5+5.99+8+6+24+3+6 = 96.88, none blank
    expect(summary.unitTotal.toFixed(2)).toBe('96.88');
    expect(summary.unitBlank).toBe(0);
    expect(summary.complete).toBe(true);
    expect(summary.total.toFixed(2)).toBe('96.88');
    const procurement = summary.rows.find((r) => r.name === '政府采购执行情况')!;
    // 4.73 ÷ 5.34 = 88.58% → 0.8858 of the 1-point part, + 1 for the policy part = 1.89 of 2
    expect(procurement.kind).toBe('computed');
    expect(procurement.computed?.toFixed(2)).toBe('1.89');
    expect(procurement.unitScore?.toFixed(2)).toBe('1.89');
    expect(procurement.points.toFixed(0)).toBe('2');
    expect(procurement.line).toContain('4.73 ÷ 5.34');
    expect(procurement.parents).toEqual(['部门管理', '资金管理']);
    // a leaf with no figures to compute from never shows a computed score of its own
    for (const row of summary.rows.filter((r) => r.kind !== 'computed')) expect(row.computed).toBeNull();
    expect(Object.values(summary.counts).reduce((a, b) => a + b, 0)).toBe(21);
  });

  test('the 评分 column left blank: leaves judged by eye have no score, the summary is incomplete and says 缺数据', async () => {
    const blank: FakeWorkbookData = {
      ...example,
      sheets: example.sheets.map((s) =>
        s.name !== '评分表' ? s : { ...s, cells: Object.fromEntries(Object.entries(s.cells).filter(([a]) => !/^I([5-9]|1\d|2[0-8])$/.test(a))) },
      ),
    };
    const summary = await summaryOf(blank);
    expect(summary.complete).toBe(false);
    expect(summary.unitBlank).toBe(21);
    expect(summary.unitTotal.toFixed(2)).toBe('0.00');
    const missing = summary.rows.filter((r) => r.kind === 'missing');
    expect(missing.length).toBeGreaterThan(0);
    for (const row of missing) expect(row.counted).toBeNull();
    // a leaf scored from its figures alone still computes: 固定资产利用率 58.53 ÷ 64.37 = 90.93% ≥ 90% → 1
    const assets = summary.rows.find((r) => r.name === '固定资产利用率')!;
    expect(assets.kind).toBe('computed');
    expect(assets.computed?.toFixed(2)).toBe('1.00');
    // procurement's second part is the unit's own judgement: without it the leaf cannot be scored
    expect(summary.rows.find((r) => r.name === '政府采购执行情况')?.kind).toBe('missing');
  });
});
