/**
 * The built task pane in Debian's Chromium: dist/ served on 127.0.0.1, the CDN office.js routed to
 * the strict Office.js fake holding examples/shenzhen-2024.xlsx. The test clicks what a user clicks
 * (识别 → 评分 → 写入 → 撤销 → 报告) and asserts what lands in the workbook.
 */
import * as path from 'path';
import type { Page } from 'playwright-core';
import type { FakeWorkbookData } from '../fakes/office/model';
import {
  ARTIFACTS,
  Browser,
  changedCells,
  exampleWorkbook,
  launchChromium,
  openPane as openOver,
  PaneSite,
  servePane,
  sheet,
  showPlanCells,
  syncs,
  typeInto,
  valuesOf,
  workbookState,
} from './pane';

jest.setTimeout(240_000);

let site: PaneSite;
let browser: Browser;
let workbook: FakeWorkbookData;

beforeAll(async () => {
  site = await servePane('excel');
  workbook = await exampleWorkbook('shenzhen-2024.xlsx');
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** A fresh page whose office.js is the fake, holding `data`. */
const openPane = (data: FakeWorkbookData, options: { nameFault?: boolean } = {}) => openOver(browser.context, site, data, options);
const state = (page: Page) => workbookState(page, 'excel');

describe('task pane in Chromium over the Office.js fake', () => {
  test('识别 → 评分 → 写入 → 撤销 → 报告 on shenzhen-2024.xlsx', async () => {
    const { page, errors } = await openPane(workbook);
    const before = await state(page);

    await page.getByRole('button', { name: '识别表格' }).click();
    const table = page.getByRole('region', { name: '评分表' });
    await table.getByText('A2:I29', { exact: true }).waitFor();
    await expect(table.textContent()).resolves.toContain('深圳市部门整体支出绩效评价指标体系');
    const leaves = page.getByRole('region', { name: '三级指标' });
    await expect(leaves.textContent()).resolves.toContain('21 个三级指标');
    await expect(leaves.textContent()).resolves.toContain('政府采购执行情况');
    await expect(page.getByRole('region', { name: '基础数据' }).textContent()).resolves.toContain('基础数据!B20');
    expect(await syncs(page)).toBe(1);
    await page.screenshot({ path: path.join(ARTIFACTS, 'taskpane-detect.png'), fullPage: true });

    await page.getByRole('button', { name: '下一步：评分预览' }).click();
    await expect(page.getByTestId('total').textContent()).resolves.toBe('96.88');
    await page.waitForTimeout(400); // let the tab indicator settle before the picture
    await showPlanCells(page);
    const planRows = await page.getByTestId('plan').locator('tbody tr').count();
    expect(planRows).toBeGreaterThanOrEqual(21);
    await page.screenshot({ path: path.join(ARTIFACTS, 'taskpane.png'), fullPage: true });

    await page.getByRole('button', { name: '下一步：写入' }).click();
    await page.getByRole('button', { name: '写入工作簿' }).click();
    const writtenText = (await page.getByText(/已写入 \d+ 处修改/).first().textContent()) ?? '';
    // 识别 read once; the write reads again to check nothing changed since the preview, then writes
    expect(await syncs(page)).toBe(3);

    const written = await state(page);
    const changed = changedCells(before, written);
    // 系统评分: our checked 1.89 for 政府采购执行情况; the total over the unit's 11 judgements is 不完整, never 96.88 copied
    expect([...changed.values()]).toEqual(expect.arrayContaining([1.89, '未核验', '不完整']));
    expect([...changed.values()]).not.toContain(96.88);
    expect(changed.size).toBeGreaterThanOrEqual(21);
    // the choices are saved in the hidden settings sheet in the same batch
    expect(sheet(written, '_perfscore').visibility).toBe('Hidden');
    await page.screenshot({ path: path.join(ARTIFACTS, 'taskpane-write.png'), fullPage: true });

    await page.getByRole('button', { name: '撤销写入' }).click();
    const undoneText = (await page.getByText(/已撤销，\d+ 处修改已恢复原值/).first().textContent()) ?? '';
    // the undo took back every change the write made: the same count in both messages
    expect(/(\d+) 处修改已恢复原值/.exec(undoneText)?.[1]).toBe(/已写入 (\d+) 处修改/.exec(writtenText)?.[1]);
    expect(await syncs(page)).toBe(5); // the undo too: read, write
    expect(await page.getByTestId('undo-kept').count()).toBe(0);
    const restored = await state(page);
    for (const original of before.sheets) expect(valuesOf(sheet(restored, original.name))).toEqual(valuesOf(original));
    // the sheets the write added (检查结果, the hidden settings sheet) are gone again
    expect(restored.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));

    await page.getByRole('tab', { name: '报告' }).click();
    const report = page.getByTestId('report');
    await report.waitFor();
    await expect(report.textContent()).resolves.toContain('96.88');
    await page.getByRole('button', { name: '写入「自评报告」工作表' }).click();
    await page.getByText(/报告已写入工作表「自评报告」/).waitFor();
    const withReport = await state(page);
    const reportSheet = sheet(withReport, '自评报告');
    expect(Object.values(reportSheet.cells).some((c) => typeof c.v === 'string' && c.v.includes('96.88'))).toBe(true);
    await page.waitForTimeout(400); // let the tab indicator settle before the picture
    await page.screenshot({ path: path.join(ARTIFACTS, 'taskpane-report.png'), fullPage: true });
    await page.getByRole('tabpanel', { name: '报告' }).getByRole('button', { name: '撤销写入' }).click();
    await page.getByText(/已撤销，工作表「自评报告」已恢复/).waitFor();
    expect((await state(page)).sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
    expect(errors).toEqual([]);
    await page.close();
  });

  test('live formulas are calculated by the PERF.* functions the page associates', async () => {
    const { page, errors } = await openPane(workbook);
    await page.getByRole('button', { name: '识别表格' }).click();
    await page.getByRole('button', { name: '下一步：评分预览' }).click();
    await page.getByRole('switch', { name: /写入 PERF\.\* 公式/ }).check();
    await page.getByRole('button', { name: '下一步：写入' }).click();
    await page.getByRole('button', { name: '写入工作簿' }).click();
    await page.getByText(/已写入 \d+ 处修改/).waitFor();
    const after = await state(page);
    const scores = sheet(after, '评分表');
    expect(scores.cells.J18.f).toMatch(/^=PERF\.SCORE_TIERS\(/);
    expect(scores.cells.J18.v).toBe(1);
    // no SUM of ours over the unit's 11 judgements: the total says 不完整
    expect(scores.cells.J29).toEqual(expect.objectContaining({ v: '不完整' }));
    expect(scores.cells.J29.f).toBeUndefined();
    expect(await page.getByText(/#NAME\?/).count()).toBe(0);
    expect(await syncs(page)).toBe(4); // read, check, write, read back
    expect(errors).toEqual([]);
    await page.close();
  });

  test('live formulas that show #NAME? are rewritten as values and the user is told', async () => {
    const { page, errors } = await openPane(workbook, { nameFault: true });
    const before = await state(page);
    await page.getByRole('button', { name: '识别表格' }).click();
    await page.getByRole('button', { name: '下一步：评分预览' }).click();
    await page.getByRole('switch', { name: /写入 PERF\.\* 公式/ }).check();
    await showPlanCells(page);
    await expect(page.getByTestId('plan').textContent()).resolves.toContain('=PERF.');
    await page.getByRole('button', { name: '下一步：写入' }).click();
    await page.getByRole('button', { name: '写入工作簿' }).click();
    const notice = page.getByText(/个公式显示 #NAME\?/);
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toMatch(/已改为写入数值：评分表!/);
    const after = await state(page);
    const changed = changedCells(before, after);
    expect([...changed.values()].filter((v) => v === '#NAME?')).toEqual([]);
    expect([...changed.values()]).toEqual(expect.arrayContaining([1, 1.89, '不完整']));
    // read, check, write, read back, rewrite
    expect(await syncs(page)).toBe(5);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a cell typed into after the preview: 写入 writes nothing and names it; 重新评分 rebuilds the preview around it', async () => {
    const { page, errors } = await openPane(workbook);
    await page.getByRole('button', { name: '识别表格' }).click();
    await page.getByRole('button', { name: '下一步：评分预览' }).click();
    // the preview puts the computed 1.89 into the empty J9
    await showPlanCells(page);
    await expect(page.getByTestId('plan').textContent()).resolves.toContain('评分表!J9');
    await typeInto(page, 'excel', '评分表', 'J9', '待核实');
    const typed = await state(page);

    await page.getByRole('button', { name: '下一步：写入' }).click();
    await page.getByRole('button', { name: '写入工作簿' }).click();
    const refused = page.getByTestId('write-conflicts');
    await refused.waitFor();
    await expect(refused.textContent()).resolves.toContain('评分表!J9：预览时为“（空）”，现在为“待核实”');
    expect(await syncs(page)).toBe(2); // 识别 and the check; nothing written
    expect(await state(page)).toEqual(typed);
    await expect(page.getByRole('button', { name: '写入工作簿' }).isDisabled()).resolves.toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, 'taskpane-conflict.png'), fullPage: true });

    await page.getByRole('button', { name: '重新评分' }).click();
    await expect(page.getByTestId('total').textContent()).resolves.toBe('96.88');
    // the new preview leaves J9 to the user: the scores go to a column that is free
    await showPlanCells(page);
    await expect(page.getByTestId('plan').textContent()).resolves.not.toContain('评分表!J9');
    await page.getByRole('button', { name: '下一步：写入' }).click();
    await page.getByRole('button', { name: '写入工作簿' }).click();
    await page.getByText(/已写入 \d+ 处修改/).waitFor();
    const written = await state(page);
    expect(sheet(written, '评分表').cells.J9.v).toBe('待核实');
    expect([...changedCells(typed, written).values()]).toEqual(expect.arrayContaining([1.89, '不完整']));
    expect(errors).toEqual([]);
    await page.close();
  });

  test('撤销 after the user edited one written cell: the rest is restored, the edited cell kept and named', async () => {
    const { page, errors } = await openPane(workbook);
    const before = await state(page);
    await page.getByRole('button', { name: '识别表格' }).click();
    await page.getByRole('button', { name: '下一步：评分预览' }).click();
    await page.getByRole('button', { name: '下一步：写入' }).click();
    await page.getByRole('button', { name: '写入工作簿' }).click();
    await page.getByText(/已写入 \d+ 处修改/).waitFor();
    expect(sheet(await state(page), '评分表').cells.J9.v).toBe(1.89);
    await typeInto(page, 'excel', '评分表', 'J9', 1.5);

    await page.getByRole('button', { name: '撤销写入' }).click();
    const kept = page.getByTestId('undo-kept');
    await kept.waitFor();
    await expect(kept.textContent()).resolves.toContain('评分表!J9：写入的是“1.89”，现在为“1.5”');
    const restored = await state(page);
    const table = sheet(restored, '评分表');
    expect(table.cells.J9.v).toBe(1.5);
    // every other cell is as before the write, and the added sheets are gone
    const { J9: _j9, ...others } = valuesOf(table);
    const { J9: _none, ...originals } = valuesOf(sheet(before, '评分表'));
    expect(others).toEqual(originals);
    expect(restored.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a score of ours corrected by hand after the write: the next 写入 keeps it and lists it, 仍以新结果覆盖 writes over it', async () => {
    const { page, errors } = await openPane(workbook);
    await page.getByRole('button', { name: '识别表格' }).click();
    await page.getByRole('button', { name: '下一步：评分预览' }).click();
    await page.getByRole('button', { name: '下一步：写入' }).click();
    await page.getByRole('button', { name: '写入工作簿' }).click();
    await page.getByText(/已写入 \d+ 处修改/).waitFor();
    // the unit corrects our computed 1.89 (seed 002's 政府采购执行情况) by hand
    await typeInto(page, 'excel', '评分表', 'J9', 1.5);

    await page.getByRole('tab', { name: '识别' }).click();
    await page.getByRole('button', { name: '重新识别' }).click();
    await page.getByRole('button', { name: '下一步：评分预览' }).click();
    await showPlanCells(page);
    await expect(page.getByTestId('plan').textContent()).resolves.not.toContain('评分表!J9');
    await page.getByRole('button', { name: '下一步：写入' }).click();
    const edited = page.getByTestId('write-edited');
    await edited.waitFor();
    await expect(edited.textContent()).resolves.toContain('评分表!J9：现在为“1.5”，新结果为“1.89”');
    await page.getByRole('button', { name: '写入工作簿' }).click();
    await page.getByText(/已写入 \d+ 处修改|没有需要写入/).first().waitFor();
    expect(sheet(await state(page), '评分表').cells.J9.v).toBe(1.5);

    await page.getByRole('tab', { name: '识别' }).click();
    await page.getByRole('button', { name: '重新识别' }).click();
    await page.getByRole('button', { name: '下一步：评分预览' }).click();
    await page.getByRole('button', { name: '下一步：写入' }).click();
    await page.getByRole('button', { name: '仍以新结果覆盖这些单元格' }).click();
    await expect(page.getByTestId('write-edited').count()).resolves.toBe(0);
    await page.getByRole('button', { name: '写入工作簿' }).click();
    await page.getByText(/已写入 \d+ 处修改/).waitFor();
    expect(sheet(await state(page), '评分表').cells.J9.v).toBe(1.89);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('English toggle, and a warning click selects its cell', async () => {
    const { page } = await openPane(workbook);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Detect table' }).click();
    await page.getByRole('button', { name: 'Next: preview scores' }).click();
    const link = page.getByRole('button', { name: '基础数据!B5' });
    await link.click();
    await page.waitForFunction(() => (window as unknown as { __PERF_FAKE__: { state(): FakeWorkbookData } }).__PERF_FAKE__.state().selection === '基础数据!B5');
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('tab', { name: '评分' }).waitFor();
    await page.close();
  });
});
