/**
 * The 目标审核 view in Chromium over each host's strict fake (Excel, then WPS) holding examples/targets-xiangtan-2023.xlsx (a
 * published 绩效目标申报表; no scoring table: 识别 says so and offers 目标审核, whose tab shows only then): the form and its three findings
 * (10辆 and 250万 without a sign, 优良 in a 质量 row) read when the tab opens; 明确清晰性 bounded at 中;
 * the 目标审核 sheet written (74 cells, counted in test/workbook/targets/review.test.ts, and the sheet: 75 changes in the preview, the write and the undo alike) and undone; then
 * the reviewer's scores typed in the sheet give 88.50, 良, and a score changed after the preview
 * refuses the write, naming its cell. The Excel pane (dist/) and the WPS pane (dist/wps/) run the same flow.
 */
import type { FakeWorkbookData } from '../fakes/office/model';
import { exampleWorkbook, openPane, PaneHost, sheet, typeInto, valuesOf, workbookState } from './pane';
import { withPane } from './bothPanes';

jest.setTimeout(300_000);

const SCORES = [9.5, 7, 6.5, 7, 6, 7, 13, 15, 9, 8.5];

function plain(data: FakeWorkbookData): Record<string, Record<string, unknown>> {
  return Object.fromEntries(data.sheets.map((s) => [s.name, valuesOf(s)]));
}

describe.each<PaneHost>(['excel', 'wps'])('目标审核 over the %s fake', (host) => {
  const pane = withPane(host);

  test('read, write, undo, judge, refuse a stale write', async () => {
    const { page, errors } = await openPane(pane.browser.context, pane.site, await exampleWorkbook('targets-xiangtan-2023.xlsx'));
    const state = () => workbookState(page, host);
    const before = await state();

    // no tab before 识别; 识别 finds no scoring table here, says so, and still offers 目标审核 (tab and button)
    await expect(page.getByRole('tab', { name: '目标审核' }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: '识别表格' }).click();
    await page.getByTestId('targets-offer').waitFor();
    await expect(page.getByTestId('detect-message').textContent()).resolves.toContain('未找到');
    await page.getByRole('tab', { name: '目标审核' }).click();
    const form = page.getByTestId('targets-form');
    await form.waitFor();
    await expect(form.textContent()).resolves.toBe('绩效目标申报表!B8:E18，项目，7 项指标');
    await expect(page.getByTestId('targets-findings').textContent()).resolves.toContain('检查发现：0 个错误，3 个警告');
    await expect(page.getByTestId('targets-finding-2').textContent()).resolves.toBe('警告：绩效目标申报表!E11「服务周期内空气质量」：质量指标应以数值表述，填写的是定性表述“优良”。');
    await expect(page.getByTestId('targets-checkpoint-1').textContent()).resolves.toContain('最高中');
    await expect(page.getByTestId('targets-total').textContent()).resolves.toBe('合计：待评（已评 0/10 项）');
    // one count from preview to undo: the 74 cells written and the 目标审核 sheet added (column widths are layout, not counted)
    await expect(page.getByTestId('targets-plan').textContent()).resolves.toBe('写入目标审核结果：75 项改动');
    expect(plain(await state())).toEqual(plain(before));

    await page.getByTestId('targets-write').click();
    await page.getByText('已写入“目标审核”表：75 项改动。').waitFor();
    const written = await state();
    const review = sheet(written, '目标审核');
    expect([review.cells.B5.v, review.cells.C5.v, review.cells.D5.v]).toEqual(['明确清晰性', 10, '中（低于 8.00 分）']);
    expect(review.cells.F14.v).toBe('待评（已评 0/10 项）');
    expect(valuesOf(sheet(written, '绩效目标申报表'))).toEqual(valuesOf(sheet(before, '绩效目标申报表')));

    await page.getByTestId('targets-undo').click();
    // the undo takes back every change the preview counted: the sheet removed, its 74 cells with it
    await page.getByText('已撤销 75 项改动。').waitFor();
    expect(plain(await state())).toEqual(plain(before));

    await page.getByTestId('targets-write').click();
    await page.getByText('已写入“目标审核”表：75 项改动。').waitFor();
    for (const [i, score] of SCORES.entries()) await typeInto(page, host, '目标审核', `F${4 + i}`, score);
    await page.getByTestId('targets-read').click();
    await page.getByTestId('targets-total').getByText('合计 88.50 分，良').waitFor();
    await expect(page.getByTestId('targets-plan').textContent()).resolves.toBe('更新目标审核结果：2 项改动');

    // the reviewer changes a score after the preview: nothing is written, the cell is named
    await typeInto(page, host, '目标审核', 'F11', 12);
    const judged = await state();
    await page.getByTestId('targets-write').click();
    const refused = page.getByTestId('targets-conflicts');
    await refused.waitFor();
    await expect(refused.textContent()).resolves.toContain('目标审核!F11');
    expect(plain(await state())).toEqual(plain(judged));

    expect(errors).toEqual([]);
    await page.close();
  });

  test('a workbook with a scoring table and no 绩效目标表: 识别 offers no 目标审核', async () => {
    const { page, errors } = await openPane(pane.browser.context, pane.site, await exampleWorkbook('shenzhen-2024.xlsx'));
    await page.getByRole('button', { name: '识别表格' }).click();
    await page.getByRole('region', { name: '三级指标' }).waitFor();
    await expect(page.getByRole('tab', { name: '目标审核' }).count()).resolves.toBe(0);
    await expect(page.getByTestId('targets-offer').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
