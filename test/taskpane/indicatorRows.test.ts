/**
 * The 评分 preview's rows, read from the analysis of examples/shenzhen-2024.xlsx (through the strict
 * Office.js fake) and from the same workbook with its 评分 column left blank; truths from the workbook
 * and the rules, worked by hand. Then, for every leaf of the three scoring examples, the pane's badge
 * and line agree with the 得分说明 cell the write plan puts in the workbook.
 */
import * as path from 'path';
import { FakeExcel } from '../fakes/office/excel';
import { fakeWorkbookFromXlsx } from '../fakes/office/fromXlsx';
import type { FakeWorkbookData } from '../fakes/office/model';
import { ExcelPort } from '../../src/hosts/excel/ExcelPort';
import type { ExcelApi } from '../../src/hosts/excel/excelApi';
import { analyse, type Analysis } from '../../src/workbook/analyse';
import { planScoreWrite } from '../../src/workbook/plan';
import { parseA1 } from '../../src/workbook/read';
import { scoreSummary } from '../../src/taskpane/score/indicatorRows';
import { OBTAINED } from '../../src/taskpane/score/ObtainedBadge';
import { translate } from '../../src/taskpane/i18n';

const EXAMPLES = path.join(__dirname, '..', '..', 'examples');

async function analysisOf(data: FakeWorkbookData): Promise<Analysis> {
  const host = new FakeExcel(data);
  const api: ExcelApi = { run: host.run as unknown as ExcelApi['run'], isSetSupported: (s, v) => host.isSetSupported(s, v) };
  const result = analyse(await new ExcelPort(api).readSnapshot());
  if (!result.ok) throw new Error(result.message);
  return result.analysis;
}

const summaryOf = async (data: FakeWorkbookData) => scoreSummary(await analysisOf(data));

let example: FakeWorkbookData;
beforeAll(async () => {
  example = await fakeWorkbookFromXlsx(path.join(EXAMPLES, 'shenzhen-2024.xlsx'));
});

describe('scoreSummary', () => {
  test('shenzhen-2024: 21 indicators, the unit total beside ours, procurement verified from its figures', async () => {
    const summary = await summaryOf(example);
    expect(summary.rows).toHaveLength(21);
    // the unit's 评分 column I5:I28: 5+5+3+7+1.89+3+3+2+2+2+1+1+0+3+5+5.99+8+6+24+3+6 = 96.88, none blank
    expect(summary.claimed.sumOfLeaves).toBe('96.88');
    expect(summary.claimed.blankLeaves).toBe(0);
    expect(summary.complete).toBe(true);
    expect(summary.unscored).toBe(0);
    expect(summary.total.toFixed(2)).toBe('96.88');
    const procurement = summary.rows.find((r) => r.name === '政府采购执行情况')!;
    // 4.73 ÷ 5.34 = 88.58% → 0.8858 of the 1-point part, + the unit's 1 for the policy part = 1.89 of 2:
    // the judged part is the unit's, checked beside the computed one, so the badge says 自评核验
    expect(procurement.basis).toBe('自评核验');
    expect(procurement.kind).toBe('selfChecked');
    expect(procurement.verified).toBe('1.89');
    expect(procurement.unitScore).toBe('1.89');
    expect(procurement.points).toBe('2.00');
    expect(procurement.line).toContain('4.73 ÷ 5.34');
    expect(procurement.parents).toEqual(['部门管理', '资金管理']);
    // 预算编制合理性 is judged by eye: the unit's 5 is shown as its own, never as a verified score
    const budgeting = summary.rows.find((r) => r.name === '预算编制合理性')!;
    expect(budgeting.kind).toBe('judgement');
    expect(budgeting.unitScore).toBe('5.00');
    expect(budgeting.verified).toBeNull();
    // a judgement or a leaf short of figures never shows a verified score of its own
    for (const row of summary.rows.filter((r) => r.kind === 'judgement' || r.kind === 'missing')) expect(row.verified).toBeNull();
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
    expect(summary.claimed.blankLeaves).toBe(21);
    expect(summary.claimed.sumOfLeaves).toBeNull();
    const missing = summary.rows.filter((r) => r.kind === 'missing');
    expect(missing.length).toBeGreaterThan(0);
    for (const row of missing) expect(row.verified).toBeNull();
    // with no score typed anywhere, every 缺数据 leaf is a leaf without a score
    expect(summary.unscored).toBe(missing.length);
    // a leaf scored from its figures alone still computes: 固定资产利用率 58.53 ÷ 64.37 = 90.93% ≥ 90% → 1
    const assets = summary.rows.find((r) => r.name === '固定资产利用率')!;
    expect(assets.kind).toBe('computed');
    expect(assets.verified).toBe('1.00');
    // procurement's second part is the unit's own judgement: without it the leaf cannot be scored
    expect(summary.rows.find((r) => r.name === '政府采购执行情况')?.kind).toBe('missing');
  });
});

describe('the pane and the workbook say the same of every leaf', () => {
  test.each(['shenzhen-2024.xlsx', 'guangzhou-2023.xlsx', 'national-project.xlsx'])('%s: badge and line match the 得分说明 cell', async (file) => {
    const analysis = await analysisOf(await fakeWorkbookFromXlsx(path.join(EXAMPLES, file)));
    const rows = scoreSummary(analysis).rows;
    const cells = planScoreWrite(analysis, { formulas: false }).changes.flatMap((c) => (c.kind === 'cell' ? [c] : []));
    const header = cells.find((c) => c.value === '得分说明');
    expect(header).toBeDefined();
    const explainCol = parseA1(header!.address)!.col;
    const leaves = analysis.layout.leaves;
    expect(rows).toHaveLength(leaves.length);
    expect(rows.length).toBeGreaterThan(0);
    const explained = new Map(cells.filter((c) => c.sheet === header!.sheet && parseA1(c.address)?.col === explainCol).map((c) => [parseA1(c.address)!.row, String(c.value)]));
    for (const [i, row] of rows.entries()) {
      const leaf = leaves.find((l) => `${l.ref}#${i}` === row.key)!;
      expect(leaf).toBeDefined();
      const written = explained.get(leaf.row);
      // the workbook's cell reads "<basis>：<line>"; the badge's Chinese label is that basis
      expect(written).toBe(`${translate('zh', OBTAINED[row.kind].label)}：${row.line}`);
      expect(row.basis).toBe(translate('zh', OBTAINED[row.kind].label));
    }
  });
});
