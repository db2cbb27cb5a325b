/**
 * 识别's rules room in Chromium over the hosts' strict fakes, holding a Hunan-style table built here
 * whose 评分标准 differs from the Shenzhen framework of the same names. Worked by hand:
 * 在职人员控制率 (8 points) "≤100%，计8分；每超过一个百分点扣0.5分": 在编 105 of 编制 100 is 105%, five
 * points over → 8 − 5 × 0.5 = 5.50; corrected to 扣 1 分 → 8 − 5 × 1 = 3.00. 管理制度健全性 is a
 * judgement text (the typed 3 stands) and Shenzhen's rule of that name is offered, never applied.
 * The user corrects the first rule, confirms, sees the settings sheet hold it and the leaf 用户确认
 * (and `perfscore rules` over the written file says so), then undoes and sees it gone.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import type { FakeSheet, FakeWorkbookData } from '../fakes/office/model';
import { fakeWorkbookFromExcelJs } from '../fakes/office/fromXlsx';
import { saveXlsx, settingsRows } from './fakeFiles';
import { runCli } from '../cli/runCli';
import { ARTIFACTS, Browser, launchChromium, openPane, PaneHost, PaneSite, servePane, syncs, workbookState } from './pane';

jest.setTimeout(300_000);

const LEAF = '在职人员控制率';
const KEY = '部门管理/人员管理/在职人员控制率';
const STANDARD = '在职人员控制率≤100%，计8分；每超过一个百分点扣0.5分，扣完为止。';
const READ = '在职人员控制率≤100% 得 8 分；每超过 1 个百分点扣 0.5 分，扣完为止';
const TYPED = '在职人员控制率≤100%，计8分；每超过一个百分点扣1分，扣完为止';
const CORRECTED = '在职人员控制率≤100% 得 8 分；每超过 1 个百分点扣 1 分，扣完为止';

let browser: Browser;
const sites: Partial<Record<PaneHost, PaneSite>> = {};
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'perfscore-confirm-'));

function hunanWorkbook(): FakeWorkbookData {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('评分表').addRows([
    ['一级指标', '二级指标', '三级指标', '分值', '评分标准', '得分'],
    ['部门管理', '人员管理', LEAF, 8, STANDARD, 5.5],
    [null, '制度管理', '管理制度健全性', 3, '根据制度建设情况酌情打分。', 3],
  ]);
  wb.addWorksheet('基础数据').addRows([['项目', '数值', '单位'], ['在编人数', 105, '人'], ['编制数', 100, '人']]);
  return fakeWorkbookFromExcelJs(wb, 'hunan.xlsx');
}


const rulesOf = (s: FakeSheet | undefined) => settingsRows(s, 'rule');

function leafRow(page: Page, leaf: string) {
  return page
    .getByRole('region', { name: '三级指标' })
    .locator('tbody tr')
    .filter({ has: page.getByTestId('leaf-name').getByText(leaf, { exact: true }) });
}

const text = async (p: Promise<string | null>) => (await p) ?? '';

beforeAll(async () => {
  const [excel, wps] = await Promise.all([servePane('excel'), servePane('wps')]);
  sites.excel = excel;
  sites.wps = wps;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await sites.excel?.close();
  await sites.wps?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe.each(['excel', 'wps'] as const)('识别: a rule read from the table’s text, corrected and confirmed (%s)', (host) => {
  test(`${LEAF}: corrected in words, 确认规则 saves it in _perfscore, the leaf shows 用户确认; 撤销 takes it away`, async () => {
    const site = sites[host] as PaneSite;
    const { page, errors } = await openPane(browser.context, site, hunanWorkbook());
    await page.getByRole('button', { name: '识别表格' }).click();

    // each leaf: its source, its 评分标准 beside the rule read from it, and why
    const row = leafRow(page, LEAF);
    await expect(text(row.getByTestId('leaf-source').textContent())).resolves.toBe('表内评分标准');
    await expect(text(row.getByTestId('leaf-standard').textContent())).resolves.toBe(STANDARD);
    await expect(text(row.getByTestId('leaf-reading').textContent())).resolves.toBe(READ);
    await expect(text(row.getByTestId('leaf-note').textContent())).resolves.toContain('同名规则与之不同，未采用');
    await expect(text(row.locator('td').last().textContent())).resolves.toBe('5.50');

    // the framework rule offered for the judgement leaf is the user's to choose, and to take back
    const judged = leafRow(page, '管理制度健全性');
    await expect(text(judged.getByTestId('leaf-source').textContent())).resolves.toBe('判断评分');
    await judged.getByRole('button', { name: /^改用“深圳/ }).click();
    await expect(text(judged.getByTestId('leaf-source').textContent())).resolves.toBe('用户确认');
    await expect(page.getByRole('combobox', { name: '管理制度健全性的评分规则' }).inputValue()).resolves.toBe('rules-soundness');
    await page.getByRole('combobox', { name: '管理制度健全性的评分规则' }).selectOption({ label: '判断评分（无规则）' });
    await expect(text(judged.getByTestId('leaf-source').textContent())).resolves.toBe('判断评分');

    // corrected in words: read back as typed; what does not read is said, and blocks 确认规则
    await row.getByRole('button', { name: '改写规则' }).click();
    const field = page.getByRole('textbox', { name: `${LEAF}的规则（白话）` });
    await expect(field.inputValue()).resolves.toBe(READ);
    await field.fill('超过了就扣一些分');
    const reading = row.getByTestId('rule-edit-reading');
    await expect(text(reading.textContent())).resolves.toMatch(/^读不成规则，不会保存：/);
    const confirm = page.getByRole('region', { name: '确认规则' });
    await expect(text(confirm.textContent())).resolves.toContain(`有 1 项改写读不成规则（${LEAF}）`);
    const confirmButton = confirm.getByRole('button', { name: '确认规则' });
    await expect(confirmButton.isDisabled()).resolves.toBe(true);
    await field.fill(TYPED);
    await expect(text(reading.textContent())).resolves.toBe(`读作：${CORRECTED}`);
    await expect(text(confirm.textContent())).resolves.toContain('保存 1 项规则（其中改写 1 项）');
    const before = await workbookState(page, host);
    expect(before.sheets.map((s) => s.name)).toEqual(['评分表', '基础数据']);

    // the preview lists the cells 确认规则 writes
    await confirm.getByText(/^写入预览：\d+ 处修改$/).click();
    await expect(text(confirm.getByTestId('confirm-plan').textContent())).resolves.toContain(CORRECTED);
    await page.setViewportSize({ width: 340, height: 860 });
    await page.waitForTimeout(300);
    await row.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, `taskpane-rules-correct-${host}.png`), fullPage: true });

    await confirmButton.click();
    await confirm.getByText('已确认并保存 1 项规则').waitFor();
    const written = await workbookState(page, host);
    const settings = written.sheets.find((s) => s.name === '_perfscore');
    expect(settings?.visibility).not.toBe('Visible');
    expect(rulesOf(settings)).toEqual({ [KEY]: CORRECTED });
    // 识别 runs again over the workbook as written: the leaf is the user's, scored by the correction
    await expect(text(row.getByTestId('leaf-source').textContent())).resolves.toBe('用户确认');
    await expect(text(row.getByTestId('leaf-reading').textContent())).resolves.toBe(CORRECTED);
    await expect(text(row.locator('td').last().textContent())).resolves.toBe('3.00');
    if (host === 'excel') expect(await syncs(page)).toBe(3); // 识别, and the guarded write's read and write
    await page.screenshot({ path: path.join(ARTIFACTS, `taskpane-rules-confirmed-${host}.png`), fullPage: true });

    // the command line reads the written workbook alike
    const file = path.join(tmp, `confirmed-${host}.xlsx`);
    await saveXlsx(written, file);
    const listed = await runCli('rules', file);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain(`1. ${KEY}（8.00 分）\n   来源：用户确认\n   评分标准：${STANDARD}\n   读作：${CORRECTED}`);

    await confirm.getByRole('button', { name: '撤销确认' }).click();
    await confirm.getByText(/^已撤销确认，\d+ 处修改已恢复原值。$/).waitFor();
    const undone = await workbookState(page, host);
    expect(undone.sheets.map((s) => s.name)).toEqual(['评分表', '基础数据']);
    await expect(text(row.getByTestId('leaf-source').textContent())).resolves.toBe('表内评分标准');
    await expect(text(row.locator('td').last().textContent())).resolves.toBe('5.50');
    if (host === 'excel') expect(await syncs(page)).toBe(5);
    expect(errors).toEqual([]);
    await page.close();
  });
});
