/**
 * 评分设置 of the national project form, in Chromium over the Office.js fake: the block shows only for
 * the national form; 超额完成提示 on at a ratio makes OVER_ACHIEVEMENT appear in 评分 for a row at or
 * above it; the reverse formula changes a reverse row's score as the engine says; both re-analyse the
 * snapshot already read (no round trip); 写入 saves them in _perfscore and a fresh pane shows them.
 *
 * examples/national-project.xlsx has no row at 130% or more of its target (its best is 22场 against
 * ≥20场, 110%), so the flow at 130% runs on a small national workbook built here with a 150% row
 * (30场 against ≥20场, no 偏差原因) and a reverse row (55天 against ≤50天 over 10 points: 9.00 by
 * deviation, 9.09 by quotient). The example is used for its own reverse row and the ratio at 105%.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import type { FakeSheet, FakeWorkbookData } from '../fakes/office/model';
import { fakeWorkbookFromExcelJs } from '../fakes/office/fromXlsx';
import { ARTIFACTS, Browser, exampleWorkbook, launchChromium, openPane, PaneSite, servePane, sheet, syncs, workbookState } from './pane';

jest.setTimeout(300_000);

let browser: Browser;
let site: PaneSite;

beforeAll(async () => {
  site = await servePane('excel');
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const SHEET = '项目支出绩效自评表';
const OVER = '举办科普活动场次';
const REVERSE = '项目完成时限';

/** A national form: one row at 150% of its target, one reverse row at 110% of its ceiling. */
function nationalWorkbook(): FakeWorkbookData {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  const rows: (string | number | null)[][] = [
    ['项目支出绩效自评表'],
    ['（2024年度）'],
    ['项目名称', '科普活动项目'],
    ['项目资金（万元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['年度资金总额', null, 200, 200, 150, 10, '75.00%', 7.5],
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
    ['产出指标', '数量指标', OVER, '≥20场', '30场', 30, 30, null],
    ['产出指标', '时效指标', REVERSE, '≤50天', '55天', 10, 9, null],
    ['产出指标', '数量指标', '培训参与人次', '≥500人次', '520人次', 10, 10, null],
    ['效益指标', '社会效益指标', '社会知晓率', '≥95%', '98%', 30, 30, null],
    ['满意度指标', '服务对象满意度指标', '参与学生满意度', '≥90%', '92%', 10, 10, null],
    ['总分', null, null, null, null, 100, 96.5, null],
  ];
  for (const r of rows) ws.addRow(r);
  return fakeWorkbookFromExcelJs(wb, 'national.xlsx');
}

function settingsBlock(page: Page) {
  return page.getByRole('region', { name: '评分设置' });
}

function leafScore(page: Page, leaf: string) {
  return page
    .getByRole('region', { name: '三级指标' })
    .locator('tbody tr')
    .filter({ has: page.getByTestId('leaf-name').getByText(leaf, { exact: true }) })
    .locator('td')
    .last();
}

/** The 检查提示 of 评分, as text. */
async function checks(page: Page): Promise<string> {
  await page.getByRole('tab', { name: '评分' }).click();
  const text = (await page.getByRole('region', { name: '检查提示' }).textContent()) ?? '';
  await page.getByRole('tab', { name: '识别' }).click();
  return text;
}

/** The value of one key row of the settings sheet (column B beside the key in column A). */
function settingOf(s: FakeSheet, key: string): unknown {
  for (const [address, c] of Object.entries(s.cells)) {
    const m = /^A(\d+)$/.exec(address);
    if (m && c.v === key) return s.cells[`B${m[1]}`]?.v ?? null;
  }
  return undefined;
}

describe('评分设置 (national form) over the Office.js fake', () => {
  test('not shown for another framework', async () => {
    const { page, errors } = await openPane(browser.context, site, await exampleWorkbook('shenzhen-2024.xlsx'));
    await page.getByRole('button', { name: '识别表格' }).click();
    await page.getByRole('region', { name: '三级指标' }).waitFor();
    await expect(settingsBlock(page).count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('examples/national-project.xlsx: the reverse row 33天 against ≤30天 is 9.00 by deviation, 9.09 by quotient; 110% is flagged at 105%, not at 130%', async () => {
    const { page, errors } = await openPane(browser.context, site, await exampleWorkbook('national-project.xlsx'));
    await page.getByRole('button', { name: '识别表格' }).click();
    const block = settingsBlock(page);
    await block.waitFor();
    const reverse = block.getByRole('combobox', { name: '反向指标计分公式' });
    await expect(reverse.inputValue()).resolves.toBe('deviation');
    await expect(leafScore(page, REVERSE).textContent()).resolves.toBe('9.00');

    await reverse.selectOption({ label: '目标值 ÷ 实际值' });
    await expect(leafScore(page, REVERSE).textContent()).resolves.toBe('9.09');
    await page.getByRole('tab', { name: '评分' }).click();
    await expect(page.getByTestId('total').textContent()).resolves.toBe('93.97');
    await page.getByRole('tab', { name: '识别' }).click();
    await reverse.selectOption({ label: '国家标准（偏离度）' });
    await expect(leafScore(page, REVERSE).textContent()).resolves.toBe('9.00');

    // its best positive row is 22场 against ≥20场: 110%
    await block.getByRole('combobox', { name: '超额完成提示' }).selectOption({ label: '开启' });
    const ratio = block.getByRole('spinbutton', { name: '超额完成提示比例（年度指标值的百分比）' });
    await expect(ratio.inputValue()).resolves.toBe('130');
    expect(await checks(page)).not.toContain('目标可能设置偏低');
    await ratio.fill('105');
    const flagged = await checks(page);
    expect(flagged).toContain('“举办科普活动场次”实际完成值“22场”为年度指标值“≥20场”的 110.00%，达到 105.00% 以上');
    expect(await syncs(page)).toBe(1); // every change re-analysed the snapshot read by 识别
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a 150% row flagged at 130%; the reverse formula switched; 写入 saves both; a fresh pane shows them', async () => {
    const workbook = nationalWorkbook();
    const { page, errors } = await openPane(browser.context, site, workbook);
    await page.getByRole('button', { name: '识别表格' }).click();
    const block = settingsBlock(page);
    await block.waitFor();
    const over = block.getByRole('combobox', { name: '超额完成提示' });
    const reverse = block.getByRole('combobox', { name: '反向指标计分公式' });
    await expect(over.inputValue()).resolves.toBe('off');
    await expect(reverse.inputValue()).resolves.toBe('deviation');
    await expect(block.getByRole('spinbutton').count()).resolves.toBe(0);
    await expect(leafScore(page, REVERSE).textContent()).resolves.toBe('9.00');
    expect(await checks(page)).not.toContain(OVER);

    // on at the default 130%: the 150% row without a 偏差原因 is flagged
    await over.selectOption({ label: '开启' });
    const ratio = block.getByRole('spinbutton', { name: '超额完成提示比例（年度指标值的百分比）' });
    await expect(ratio.inputValue()).resolves.toBe('130');
    const message = '“举办科普活动场次”实际完成值“30场”为年度指标值“≥20场”的 150.00%，达到 130.00% 以上，目标可能设置偏低，应填写偏差原因';
    expect(await checks(page)).toContain(message);

    // out of range: said so, and nothing changes; 160%: the row is no longer flagged
    await ratio.fill('90');
    await block.getByText('请输入 100 至 300 之间的百分比，如 130。').waitFor();
    expect(await checks(page)).toContain(message);
    await ratio.fill('160');
    expect(await checks(page)).not.toContain('目标可能设置偏低');
    await ratio.fill('130');
    expect(await checks(page)).toContain(message);

    // the reverse row 55天 against ≤50天 over 10 points: (1 − 5/50) × 10 = 9.00, or 50/55 × 10 = 9.09
    await reverse.selectOption({ label: '目标值 ÷ 实际值' });
    await expect(leafScore(page, REVERSE).textContent()).resolves.toBe('9.09');
    expect(await syncs(page)).toBe(1); // no read since 识别

    await page.setViewportSize({ width: 340, height: 860 });
    await page.waitForTimeout(300);
    await block.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, 'taskpane-settings.png') });

    await page.getByRole('button', { name: '下一步：评分预览' }).click();
    await expect(page.getByTestId('total').textContent()).resolves.toBe('96.59');
    await page.getByRole('button', { name: '下一步：写入' }).click();
    await page.getByRole('button', { name: '写入工作簿' }).click();
    await page.getByText(/已写入 \d+ 处修改/).waitFor();
    await page.getByText(/评分设置和写入方式保存在工作簿中/).waitFor();
    const written = await workbookState(page, 'excel');
    const settings = sheet(written, '_perfscore');
    expect(settings.cells.A1.v).toBe('perfscore-settings');
    expect(settingOf(settings, 'reverseFormula')).toBe('quotient');
    expect(String(settingOf(settings, 'overAchievementThreshold'))).toBe('1.3');
    // the computed score goes to our 系统评分 column beside the table; the typed 自评分 (G8) is kept
    expect(sheet(written, SHEET).cells.I8.v).toBe(9.09);
    expect(sheet(written, SHEET).cells.G8.v).toBe(9);
    expect(errors).toEqual([]);
    await page.close();

    // the workbook as written: the settings are read back and shown
    const reopened = await openPane(browser.context, site, written);
    await reopened.page.getByRole('button', { name: '识别表格' }).click();
    const again = settingsBlock(reopened.page);
    await again.waitFor();
    await expect(again.getByRole('combobox', { name: '超额完成提示' }).inputValue()).resolves.toBe('on');
    await expect(again.getByRole('spinbutton', { name: '超额完成提示比例（年度指标值的百分比）' }).inputValue()).resolves.toBe('130');
    await expect(again.getByRole('combobox', { name: '反向指标计分公式' }).inputValue()).resolves.toBe('quotient');
    await expect(leafScore(reopened.page, REVERSE).textContent()).resolves.toBe('9.09');
    expect(await checks(reopened.page)).toContain(message);

    // turned off and written again: the stored threshold is cleared
    await again.getByRole('combobox', { name: '超额完成提示' }).selectOption({ label: '关闭' });
    expect(await checks(reopened.page)).not.toContain('目标可能设置偏低');
    await reopened.page.getByRole('button', { name: '下一步：评分预览' }).click();
    await reopened.page.getByRole('button', { name: '下一步：写入' }).click();
    await reopened.page.getByRole('button', { name: '写入工作簿' }).click();
    await reopened.page.getByText(/已写入 \d+ 处修改/).waitFor();
    const off = sheet(await workbookState(reopened.page, 'excel'), '_perfscore');
    expect(settingOf(off, 'overAchievementThreshold')).toBeNull();
    expect(settingOf(off, 'reverseFormula')).toBe('quotient');
    expect(reopened.errors).toEqual([]);
    await reopened.page.close();
  });
});
