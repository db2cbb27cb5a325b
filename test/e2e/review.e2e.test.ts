/**
 * The reviewer's flow in Chromium over each host's strict fake holding examples/shenzhen-2024.xlsx:
 * 识别 → 审核, two scores changed with reasons, one leaf disputed, preview, write; the review columns,
 * comments, 审核汇总 and the hidden history land beside the unit's untouched table; 撤销 puts the
 * workbook back as it was. The Excel pane (dist/) and the WPS pane (dist/wps/) run the same flow.
 */
import * as path from 'path';
import type { Page } from 'playwright-core';
import type { FakeSheet, FakeWorkbookData, Scalar } from '../fakes/office/model';
import { cjkOutsideWorkbook } from './screenChecks';
import { ARTIFACTS, Browser, exampleWorkbook, openPane, PaneHost, PaneSite, sheet, typeInto, valuesOf, workbookState } from './pane';
import { withPane } from './bothPanes';

jest.setTimeout(300_000);

const REVIEWER = '王审核';
const DATE = '2025-03-01';
const PROCUREMENT = { index: 4, name: '政府采购执行情况', row: 9, score: '1.50', reason: '采购政策功能落实佐证不足' };
const EFFECT = { index: 18, name: '社会效益、经济效益、生态效益及持续影响等', row: 26, score: '23', reason: '个性化指标佐证不足' };
const DISPUTED = { index: 15, name: '预算执行率', row: 23, reason: '四季度执行进度按未经审定的数字计算' };

/** The cells of one row of a sheet, A, B, C…, as values (null for empty). */
function row(s: FakeSheet, r: number, width: number): (Scalar | null)[] {
  return Array.from({ length: width }, (_, c) => s.cells[`${String.fromCharCode(65 + c)}${r}`]?.v ?? null);
}

/** The 1-based row whose column A (or `column`) holds `text`. */
function rowOf(s: FakeSheet, text: string, column = 'A'): number {
  const hit = Object.entries(s.cells).find(([key, c]) => c.v === text && key.replace(/\d+$/, '') === column);
  if (!hit) throw new Error(`no ${text} in column ${column} of ${s.name}`);
  return Number(hit[0].replace(/^[A-Z]+/, ''));
}

/** Every value of a sheet, formulas and formats left out. */
function plain(data: FakeWorkbookData): Record<string, Record<string, unknown>> {
  return Object.fromEntries(data.sheets.map((s) => [s.name, valuesOf(s)]));
}

/** Selects a leaf and edits it; without a status, typing the score alone marks the leaf 已审. */
async function editLeaf(page: Page, index: number, edit: { status?: '已审' | '有异议'; score?: string; reason: string }): Promise<void> {
  await page.getByTestId(`review-leaf-${index}`).click();
  const editor = page.getByTestId('review-editor');
  const radio = (name: string) => editor.getByRole('radio', { name });
  await expect(radio('未审').isChecked()).resolves.toBe(true);
  if (edit.status) await radio(edit.status).check();
  if (edit.score !== undefined) await page.getByTestId('review-score').fill(edit.score);
  await page.getByTestId('review-reason').fill(edit.reason);
  await expect(radio(edit.status ?? '已审').isChecked()).resolves.toBe(true);
}

async function reviewFlow(host: PaneHost, site: PaneSite, browser: Browser, screenshot: string): Promise<void> {
  const { page, errors, requests } = await openPane(browser.context, site, await exampleWorkbook('shenzhen-2024.xlsx'));
  const state = () => workbookState(page, host);
  const before = await state();

  await expect(page.getByRole('tab', { name: '审核', exact: true }).isDisabled()).resolves.toBe(true);
  await page.getByRole('button', { name: '识别表格' }).click();
  await page.getByRole('region', { name: '评分表' }).getByText('A2:I29', { exact: true }).waitFor();
  await page.getByRole('tab', { name: '审核', exact: true }).click();
  const panel = page.getByTestId('review-panel');
  await panel.waitFor();
  await expect(page.locator('[data-testid^="review-leaf-"]').count()).resolves.toBe(21);
  await expect(page.getByTestId(`review-leaf-${PROCUREMENT.index}`).textContent()).resolves.toContain(PROCUREMENT.name);
  await expect(page.getByTestId(`review-leaf-${EFFECT.index}`).textContent()).resolves.toContain(EFFECT.name);
  await expect(page.getByTestId(`review-leaf-${DISPUTED.index}`).textContent()).resolves.toContain(DISPUTED.name);
  await expect(page.getByTestId('review-total-before').textContent()).resolves.toBe('96.88（优）');
  await expect(page.getByTestId('review-history').textContent()).resolves.toContain('尚无审核记录');

  await page.getByTestId('review-reviewer').fill(REVIEWER);
  await page.getByTestId('review-date').fill(DATE);
  await editLeaf(page, PROCUREMENT.index, { status: '已审', score: PROCUREMENT.score, reason: PROCUREMENT.reason });
  await editLeaf(page, EFFECT.index, { score: EFFECT.score, reason: EFFECT.reason });
  await editLeaf(page, DISPUTED.index, { status: '有异议', reason: DISPUTED.reason });
  await expect(page.getByTestId('review-total-before').textContent()).resolves.toBe('96.88（优）');
  await expect(page.getByTestId('review-total-after').textContent()).resolves.toBe('95.49（优）');
  await expect(page.getByTestId('review-disputes').textContent()).resolves.toBe('1');
  await expect(page.getByTestId(`review-leaf-${PROCUREMENT.index}`).textContent()).resolves.toContain('1.50');
  await expect(page.getByTestId(`review-leaf-${DISPUTED.index}`).textContent()).resolves.toContain('有异议');

  await page.getByTestId('review-preview').click();
  const plan = page.getByTestId('review-plan');
  await plan.waitFor();
  const planText = (await plan.textContent()) ?? '';
  for (const expected of ['评分表!J9', '评分表!K9', '评分表!L26', '新建工作表「审核汇总」', '新建工作表「_perfscore_review」（隐藏）', '得分：1.89 → 1.50']) {
    expect(planText).toContain(expected);
  }
  // nothing is written by a preview
  expect(plain(await state())).toEqual(plain(before));

  await page.getByTestId('review-apply').click();
  const notice = page.getByTestId('review-notice');
  await notice.waitFor();
  // what a reviewer counts: indicators, the summary sheet, and the changes the preview announced
  const planned = Number(/(\d+) 处修改/.exec(planText)?.[1]);
  expect(planned).toBeGreaterThan(300);
  await expect(notice.textContent()).resolves.toBe(`已写入审核结果：3 个指标，审核汇总表 1 张，共 ${planned} 处修改。`);
  const after = await state();

  // the review columns beside the table, headed in the header row and its repeat
  const table = sheet(after, '评分表');
  const original = sheet(before, '评分表');
  for (const r of [2, 12]) expect(row(table, r, 12).slice(9)).toEqual(['审核得分', '审核意见', '审核状态']);
  expect(row(table, PROCUREMENT.row, 12).slice(8)).toEqual([1.89, 1.5, PROCUREMENT.reason, '已审']);
  expect(row(table, EFFECT.row, 12).slice(8)).toEqual([24, 23, EFFECT.reason, '已审']);
  // a dispute without a proposed score leaves 审核得分 blank
  expect(row(table, DISPUTED.row, 12).slice(8)).toEqual([5.99, null, DISPUTED.reason, '有异议']);
  // the unit's own scores and inputs are as they were
  for (const s of before.sheets) expect(valuesOf(sheet(after, s.name))).toEqual(expect.objectContaining(valuesOf(s)));
  expect(Object.keys(table.cells).filter((k) => !(k in original.cells)).every((k) => /^[JKL]\d+$/.test(k))).toBe(true);

  // one remark on the 审核得分 cell of each changed or disputed leaf: a note, as WPS and the command line write
  expect(Object.keys(table.notes).sort()).toEqual(['J23', 'J26', 'J9']);
  expect(table.comments).toEqual({});
  const comment = (address: string) => table.notes[address].content;
  for (const address of ['J9', 'J23', 'J26']) expect(comment(address)).toContain(`审核人：${REVIEWER}（${DATE}）`);
  expect(comment('J9')).toContain('得分：1.89 → 1.50');
  expect(comment('J9')).toContain('状态：已审');
  expect(comment('J9')).toContain(`意见：${PROCUREMENT.reason}`);
  expect(comment('J26')).toContain('得分：24.00 → 23.00');
  expect(comment('J26')).toContain(`意见：${EFFECT.reason}`);
  expect(comment('J23')).toContain('得分：5.99（待定）');
  expect(comment('J23')).toContain('状态：有异议');
  expect(comment('J23')).toContain(`意见：${DISPUTED.reason}`);

  // 审核汇总: each leaf, the totals and grades before and after, the open disputes
  const summary = sheet(after, '审核汇总');
  expect(summary.visibility).toBe('Visible');
  expect(summary.cells.A2.v).toBe('本表由绩效评分助手根据审核结果生成，再次审核时将被更新。');
  expect(row(summary, 4, 4)).toEqual(['本次审核人', REVIEWER, '审核日期', DATE]);
  const leafRow = (name: string) => rowOf(summary, name, 'B');
  expect(row(summary, leafRow(`部门管理 / 资金管理 / ${PROCUREMENT.name}`), 11)).toEqual([
    5,
    `部门管理 / 资金管理 / ${PROCUREMENT.name}`,
    2,
    1.89,
    1.89,
    1.5,
    -0.39,
    '已审',
    PROCUREMENT.reason,
    REVIEWER,
    '评分表!I9',
  ]);
  expect(row(summary, leafRow(`部门绩效 / 效果性 / ${EFFECT.name}`), 11)).toEqual([
    19,
    `部门绩效 / 效果性 / ${EFFECT.name}`,
    25,
    24,
    24,
    23,
    -1,
    '已审',
    EFFECT.reason,
    REVIEWER,
    '评分表!I26',
  ]);
  expect(row(summary, leafRow(`部门绩效 / 效率性 / ${DISPUTED.name}`), 11).slice(2)).toEqual([6, 5.99, 5.99, null, null, '有异议', DISPUTED.reason, REVIEWER, '评分表!I23']);
  expect(row(summary, rowOf(summary, '总分'), 4)).toEqual(['总分', 96.88, 95.49, -1.39]);
  expect(row(summary, rowOf(summary, '等级'), 3)).toEqual(['等级', '优', '优']);
  expect(row(summary, rowOf(summary, '部门管理'), 4)).toEqual(['部门管理', 18.89, 18.5, -0.39]);
  expect(row(summary, rowOf(summary, '部门绩效'), 4)).toEqual(['部门绩效', 57.99, 56.99, -1]);
  expect(row(summary, rowOf(summary, '未解决异议'), 3)).toEqual(['未解决异议', 1, '项']);
  expect(row(summary, rowOf(summary, '已审'), 3)).toEqual(['已审', 2, '项']);
  expect(row(summary, rowOf(summary, '未审'), 3)).toEqual(['未审', 18, '项']);

  // the hidden history: who, when, what
  const history = sheet(after, '_perfscore_review');
  expect(history.visibility).toBe('Hidden');
  const headers = row(history, 1, 12);
  expect(headers).toEqual(['批次', '审核人', '审核日期', '工作表', '审核单元格', '指标', '指标路径', '原得分', '审核得分', '审核状态', '审核意见', '批注']);
  const lines = [2, 3, 4].map((r) => Object.fromEntries(row(history, r, 12).map((v, c) => [headers[c], v])));
  expect(row(history, 5, 12).every((v) => v === null)).toBe(true);
  // scores are written as two-place text; Excel takes such text as a number, WPS keeps it as text
  const score = (v: Scalar | null) => (v === null ? null : Number(v).toFixed(2));
  expect(lines.map((l) => [l['批次'], l['审核人'], l['审核日期'], l['工作表'], l['审核单元格'], l['指标'], score(l['原得分']), score(l['审核得分']), l['审核状态'], l['审核意见']])).toEqual([
    [1, REVIEWER, DATE, '评分表', 'J9', PROCUREMENT.name, '1.89', '1.50', '已审', PROCUREMENT.reason],
    [1, REVIEWER, DATE, '评分表', 'J23', DISPUTED.name, '5.99', null, '有异议', DISPUTED.reason],
    [1, REVIEWER, DATE, '评分表', 'J26', EFFECT.name, '24.00', '23.00', '已审', EFFECT.reason],
  ]);
  // the comment as recorded (WPS puts an author line of its own above it)
  expect(comment('J9')).toContain(String(lines[0]['批注']));
  expect(String(lines[0]['批注'])).toContain('得分：1.89 → 1.50');

  // the pane shows the workbook as written: the history and the leaves show this review
  const shownHistory = page.getByTestId('review-history');
  await shownHistory.getByText(`第 1 次 · ${REVIEWER}（${DATE}）· ${PROCUREMENT.name}：已审 1.89 → 1.50：${PROCUREMENT.reason}`).waitFor();
  await expect(shownHistory.textContent()).resolves.toContain(`${DISPUTED.name}：有异议 得分待定：${DISPUTED.reason}`);
  await expect(page.getByTestId('review-total-after').textContent()).resolves.toBe('95.49（优）');
  await page.getByTestId(`review-leaf-${PROCUREMENT.index}`).click();
  await expect(page.getByTestId('review-prior').textContent()).resolves.toBe(`此前审核：已审，审核得分 ${PROCUREMENT.score}；${PROCUREMENT.reason}`);
  await page.waitForTimeout(400); // let the tab indicator settle before the picture
  await page.screenshot({ path: path.join(ARTIFACTS, screenshot), fullPage: true });

  // in English the same lines read in English, colons and all; the reviewer's words stay as typed
  await page.getByRole('button', { name: 'English' }).click();
  await shownHistory.getByText(`Round 1 · ${REVIEWER} (${DATE}) · ${PROCUREMENT.name}: Reviewed 1.89 → 1.50: ${PROCUREMENT.reason}`).waitFor();
  await expect(shownHistory.textContent()).resolves.toContain(`${DISPUTED.name}: Disputed score pending: ${DISPUTED.reason}`);
  await expect(page.getByTestId('review-prior').textContent()).resolves.toBe(`Earlier review: Reviewed, reviewed score ${PROCUREMENT.score}; ${PROCUREMENT.reason}`);
  expect(await cjkOutsideWorkbook(page)).toEqual([]);
  await page.getByRole('button', { name: '中文' }).click();
  await page.getByRole('button', { name: 'English' }).waitFor();

  // 撤销: every cell, comment and sheet as before
  await page.getByTestId('review-undo').click();
  // the same count again: every change of the write taken back
  await page.getByTestId('review-notice').getByText(`已撤销本次审核，${planned} 处修改已恢复原值。`, { exact: true }).waitFor();
  expect(await page.getByTestId('review-kept').count()).toBe(0);
  const restored = await state();
  expect(restored.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
  expect(plain(restored)).toEqual(plain(before));
  for (const s of restored.sheets) expect([s.notes, s.comments]).toEqual([sheet(before, s.name).notes, sheet(before, s.name).comments]);
  await shownHistory.getByText('尚无审核记录').waitFor();
  await expect(page.getByTestId('review-undo').isDisabled()).resolves.toBe(true);

  expect(requests.filter((u) => !u.startsWith(site.url))).toEqual(host === 'excel' ? ['https://appsforoffice.microsoft.com/lib/1/hosted/office.js'] : []);
  expect(errors).toEqual([]);
  await page.close();
}

/** The column letter whose cell in `r` holds `text`. */
function columnOf(s: FakeSheet, r: number, text: string): string {
  const hit = Object.entries(s.cells).find(([key, c]) => c.v === text && Number(key.replace(/^[A-Z]+/, '')) === r);
  if (!hit) throw new Error(`no ${text} in row ${r} of ${s.name}`);
  return hit[0].replace(/\d+$/, '');
}

/**
 * Scores written after 识别, then a review prepared on the table as it was read: the review's
 * columns would land on the new 系统评分 column, so 写入审核结果 writes nothing and names the cells;
 * 重新读取工作簿 keeps the reviewer's entries and places the columns beside ours. An undo after the
 * reviewer's own edit in the workbook keeps that cell.
 */
async function staleReviewFlow(host: PaneHost, site: PaneSite, browser: Browser): Promise<void> {
  const { page, errors } = await openPane(browser.context, site, await exampleWorkbook('shenzhen-2024.xlsx'));
  const state = () => workbookState(page, host);
  await page.getByRole('button', { name: '识别表格' }).click();
  await page.getByRole('button', { name: '下一步：评分预览' }).click();
  await page.getByRole('button', { name: '下一步：写入' }).click();
  await page.getByRole('button', { name: '写入工作簿' }).click();
  await page.getByText(/已写入 \d+ 处修改/).waitFor();
  const scored = await state();
  expect(sheet(scored, '评分表').cells.J2.v).toBe('系统评分');

  await page.getByRole('tab', { name: '审核', exact: true }).click();
  await page.getByTestId('review-panel').waitFor();
  await page.getByTestId('review-reviewer').fill(REVIEWER);
  await page.getByTestId('review-date').fill(DATE);
  await editLeaf(page, PROCUREMENT.index, { status: '已审', score: PROCUREMENT.score, reason: PROCUREMENT.reason });
  await page.getByTestId('review-apply').click();
  const refused = page.getByTestId('review-conflicts');
  await refused.waitFor();
  await expect(refused.textContent()).resolves.toContain('评分表!J2：预览时为“（空）”，现在为“系统评分”');
  expect(plain(await state())).toEqual(plain(scored));

  await page.getByTestId('review-reload').click();
  await expect(page.getByTestId('review-conflicts').count()).resolves.toBe(0);
  // the entry survives the reload
  await expect(page.getByTestId(`review-leaf-${PROCUREMENT.index}`).textContent()).resolves.toContain('1.50');
  await page.getByTestId('review-apply').click();
  await page.getByTestId('review-notice').getByText(/^已写入审核结果：1 个指标，审核汇总表 1 张/).waitFor();
  const reviewed = await state();
  const table = sheet(reviewed, '评分表');
  const scoreCol = columnOf(table, 2, '审核得分');
  const reasonCol = columnOf(table, 2, '审核意见');
  expect(['J', 'K']).not.toContain(scoreCol);
  expect(table.cells[`J${PROCUREMENT.row}`].v).toBe(1.89);
  expect(table.cells[`${scoreCol}${PROCUREMENT.row}`].v).toBe(1.5);

  // the reviewer corrects the 审核意见 in the sheet, then undoes the review in the pane
  await typeInto(page, host, '评分表', `${reasonCol}${PROCUREMENT.row}`, '佐证已补，待复核');
  await page.getByTestId('review-undo').click();
  const kept = page.getByTestId('review-kept');
  await kept.waitFor();
  await expect(kept.textContent()).resolves.toContain(`评分表!${reasonCol}${PROCUREMENT.row}：写入的是“${PROCUREMENT.reason}”，现在为“佐证已补，待复核”`);
  const undone = await state();
  const after = sheet(undone, '评分表');
  expect(after.cells[`${reasonCol}${PROCUREMENT.row}`].v).toBe('佐证已补，待复核');
  expect(after.cells[`${scoreCol}${PROCUREMENT.row}`]?.v).toBeUndefined();
  expect(undone.sheets.map((s) => s.name)).toEqual(scored.sheets.map((s) => s.name));
  expect(errors).toEqual([]);
  await page.close();
}

describe.each([
  ['excel', 'Excel pane over the Office.js fake', 'review.png'],
  ['wps', 'WPS pane over the ET fake', 'wps-review.png'],
] as const)('审核 in Chromium: %s', (host, title, screenshot) => {
  const pane = withPane(host);

  test(`${title}: change two scores, dispute one, write, check the workbook, undo`, async () => {
    await reviewFlow(host, pane.site, pane.browser, screenshot);
  });

  test(`${title}: a review prepared before the scores were written is refused, re-read and written beside them; undo keeps the reviewer’s own edit`, async () => {
    await staleReviewFlow(host, pane.site, pane.browser);
  });
});
