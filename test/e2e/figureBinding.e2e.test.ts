/**
 * 识别's 基础数据 in Chromium over the hosts' strict fakes: a figure missing from 基础数据 is bound to the
 * cell the user selects on another sheet, saved in _perfscore, the leaf computed from it; the workbook
 * saved to .xlsx and scored by `perfscore score` honours the binding; 撤销绑定 takes it away.
 * Worked by hand: 在职人员控制率 (8 points) "≤100%，计8分；每超过一个百分点扣0.5分". 编制数 100 stands in
 * 基础数据; 在编人数 is only on 人员情况表!B3 (年末实有在岗 105), which no 基础数据 label names. Bound:
 * 105 ÷ 100 = 105%, five points over → 8 − 5 × 0.5 = 5.50 against the unit's typed 6.
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

let browser: Browser;
const sites: Partial<Record<PaneHost, PaneSite>> = {};
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'perfscore-bind-e2e-'));

function workbook(): FakeWorkbookData {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('评分表').addRows([
    ['一级指标', '二级指标', '三级指标', '分值', '评分标准', '得分'],
    ['部门管理', '人员管理', LEAF, 8, '在职人员控制率≤100%，计8分；每超过一个百分点扣0.5分，扣完为止。', 6],
    [null, '制度管理', '管理制度健全性', 3, '根据制度建设情况酌情打分。', 3],
  ]);
  wb.addWorksheet('基础数据').addRows([['项目', '数值', '单位'], ['编制数', 100, '人'], ['办公用房面积', 350, '平方米']]);
  wb.addWorksheet('人员情况表').addRows([['人员类别', '人数'], ['编制内', 100], ['年末实有在岗', 105]]);
  return fakeWorkbookFromExcelJs(wb, 'binding.xlsx');
}

/** What a user does in the spreadsheet: clicks a cell, which makes its sheet the active one. */
function selectIn(page: Page, host: PaneHost, sheetName: string, address: string): Promise<void> {
  return page.evaluate(
    ([key, name, at]) => {
      const handle = (window as unknown as Record<string, { host?: { data: FakeWorkbookData }; fake?: { host: { data: FakeWorkbookData } } }>)[key];
      const data = handle.host?.data ?? handle.fake!.host.data;
      data.activeSheet = name;
      data.selection = `${name}!${at}`;
    },
    [host === 'excel' ? '__PERF_FAKE__' : '__PERF_FAKE_WPS__', sheetName, address] as const,
  );
}


const bindingsOf = (s: FakeSheet | undefined) => settingsRows(s, 'figure');

const text = async (p: Promise<string | null>) => (await p) ?? '';

function leafScore(page: Page) {
  return page
    .getByRole('region', { name: '三级指标' })
    .locator('tbody tr')
    .filter({ has: page.getByTestId('leaf-name').getByText(LEAF, { exact: true }) })
    .locator('td')
    .last();
}

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

describe.each(['excel', 'wps'] as const)('识别: a missing figure bound to the selected cell (%s)', (host) => {
  test('在编人数 bound to 人员情况表!B3: saved in _perfscore, the leaf computed 5.50, honoured by perfscore score; 撤销绑定 takes it away', async () => {
    const site = sites[host] as PaneSite;
    const { page, errors } = await openPane(browser.context, site, workbook());
    await page.getByRole('button', { name: '识别表格' }).click();
    const figures = page.getByRole('region', { name: '基础数据' });
    const missing = figures.getByTestId('figure-missing').filter({ hasText: '在编人数' });
    await expect(text(missing.textContent())).resolves.toContain('未找到');
    await expect(text(leafScore(page).textContent())).resolves.toBe('6.00'); // the unit's typed score, carried unverified

    // every 基础数据 row accounted for: 编制数 used as 核定编制数, 办公用房面积 not recognised
    await figures.getByText(/^基础数据各行（共 2 行）$/).click();
    const rows = figures.getByTestId('figure-rows');
    await expect(text(rows.locator('li[data-use="used"]').textContent())).resolves.toBe('基础数据!B2 “编制数”：用作 核定编制数');
    await expect(text(rows.locator('li[data-use="unrecognised"]').textContent())).resolves.toMatch(/^基础数据!A3 “办公用房面积”：未识别/);

    // the user clicks the cell on another sheet, then the figure's button
    await selectIn(page, host, '人员情况表', 'B3');
    await missing.getByRole('button', { name: '使用选中单元格' }).click();
    const binding = figures.getByTestId('figure-binding');
    await expect(text(binding.textContent())).resolves.toContain('基础数据“在编人数”使用 人员情况表!B3');
    await binding.getByText(/^写入预览：\d+ 处修改/).click();
    await expect(text(binding.getByTestId('binding-plan').textContent())).resolves.toContain('人员情况表!B3');
    const before = await workbookState(page, host);
    expect(before.sheets.map((s) => s.name)).toEqual(['评分表', '基础数据', '人员情况表']);
    await page.setViewportSize({ width: 340, height: 860 });
    await page.waitForTimeout(300);
    await binding.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, `taskpane-figure-bind-${host}.png`), fullPage: true });

    await binding.getByRole('button', { name: '保存绑定' }).click();
    await binding.getByText(/^已保存：基础数据“在编人数”使用 人员情况表!B3。/).waitFor();
    const written = await workbookState(page, host);
    const settings = written.sheets.find((s) => s.name === '_perfscore');
    expect(settings?.visibility).not.toBe('Visible');
    expect(bindingsOf(settings)).toEqual({ 'staff.onPost': '人员情况表!B3' });
    // 识别 over the workbook as written: the figure found at the bound cell, the leaf computed
    const found = figures.getByTestId('figure-found').filter({ hasText: '在编人数' });
    await expect(text(found.textContent())).resolves.toContain('人员情况表!B3');
    await expect(figures.getByTestId('figure-missing').count()).resolves.toBe(0);
    await expect(text(leafScore(page).textContent())).resolves.toBe('5.50');
    // 识别, the selection, and the guarded write's read and write
    if (host === 'excel') expect(await syncs(page)).toBe(4);
    await page.screenshot({ path: path.join(ARTIFACTS, `taskpane-figure-bound-${host}.png`), fullPage: true });

    // the command line reads the written workbook alike
    const file = path.join(tmp, `bound-${host}.xlsx`);
    await saveXlsx(written, file);
    const scored = await runCli('score', file);
    expect(scored.code).toBe(0);
    expect(scored.stdout).toContain('三级指标：共 2 项，计算 1 项，自评核验 0 项，判断（采用自评分，未核验）1 项，缺数据 0 项');
    expect(scored.stdout).toContain('采用 人员情况表!B3 “在编人数” → 在编人数（staff.onPost），设置中绑定的单元格');
    expect(scored.stdout).toContain('总分：8.50 / 11.00');

    await binding.getByRole('button', { name: '撤销绑定' }).click();
    await binding.getByText(/^已撤销绑定，\d+ 处修改已恢复原值。$/).waitFor();
    const undone = await workbookState(page, host);
    expect(undone.sheets.map((s) => s.name)).toEqual(['评分表', '基础数据', '人员情况表']);
    await expect(text(figures.getByTestId('figure-missing').filter({ hasText: '在编人数' }).textContent())).resolves.toContain('未找到');
    await expect(text(leafScore(page).textContent())).resolves.toBe('6.00'); // the unit's typed score, carried unverified
    if (host === 'excel') expect(await syncs(page)).toBe(6);
    expect(errors).toEqual([]);
    await page.close();
  });
});
