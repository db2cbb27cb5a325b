/**
 * 风险信号 in the 审核 view, in Chromium over the Excel and WPS fakes. A copy of
 * examples/shenzhen-2024.xlsx whose 基础数据 实际采购金额 (B21) is 6 where the plan (B20) is 5.34: by the
 * rule of 政府采购执行情况 an actual above plan gives the execution part 0, and the policy part is 1 point
 * at most, so 1.00 is the most the leaf can have; the unit's typed 1.89 (评分表!I9) is above it —
 * 自评得分高于计算得分, weight 3, and no other sign. The example as published shows none: its typed scores
 * are what the rules give, its totals add up, its 满意度 is 98.6%.
 */
import * as path from 'path';
import type { Page } from 'playwright-core';
import type { FakeWorkbookData } from '../fakes/office/model';
import { ARTIFACTS, exampleWorkbook, openPane, sheet, workbookState, type PaneHost } from './pane';
import { withBothPanes } from './bothPanes';
import { cjkOutsideWorkbook, squeezedTexts } from './screenChecks';

jest.setTimeout(300_000);

const panes = withBothPanes();
let published: FakeWorkbookData;
let changed: FakeWorkbookData;

beforeAll(async () => {
  published = await exampleWorkbook('shenzhen-2024.xlsx');
  changed = structuredClone(published);
  sheet(changed, '基础数据').cells.B21 = { v: 6 };
});

/** 识别, then the 审核 tab, its risk signals shown. */
async function openReview(page: Page): Promise<void> {
  await page.getByRole('button', { name: '识别表格' }).click();
  await page.getByRole('region', { name: '评分表' }).getByText('A2:I29', { exact: true }).waitFor();
  await page.getByRole('tab', { name: '审核', exact: true }).click();
  await page.getByTestId('risk-signals').waitFor();
}

/** The fake's selection once it is `expected`, or as it stands after five seconds. */
async function selectionAfter(page: Page, host: PaneHost, expected: string): Promise<string | null> {
  for (let tries = 0; ; tries++) {
    const now = (await workbookState(page, host)).selection;
    if (now === expected || tries === 50) return now;
    await page.waitForTimeout(100);
  }
}

describe.each(['excel', 'wps'] as const)('风险信号 over the %s fake', (host) => {
  test('a typed score above what its rule allows: the sign, its weight, its cell (which selects), the total, in Chinese and English', async () => {
    const { page, errors } = await openPane(panes.browser.context, panes.sites[host], changed);
    await page.setViewportSize({ width: 350, height: 900 });
    await openReview(page);
    const section = page.getByTestId('risk-signals');
    await expect(section.locator('[data-testid^="risk-flag-"]').count()).resolves.toBe(1);
    const flag = section.getByTestId('risk-flag-SELF_ABOVE_COMPUTED');
    await expect(flag.getByTestId('risk-name').textContent()).resolves.toBe('自评得分高于计算得分');
    await expect(flag.getByTestId('risk-weight').textContent()).resolves.toBe('权重 3');
    await expect(flag.getByTestId('risk-cell').allTextContents()).resolves.toEqual(['评分表!I9']);
    await expect(section.getByTestId('risk-total').textContent()).resolves.toBe('风险合计 3');
    await expect(section.getByTestId('risk-note').textContent()).resolves.toContain('权重是我们的判断');
    await expect(section.getByTestId('risk-none').count()).resolves.toBe(0);

    // the click selects the unit's typed score in the workbook
    await flag.getByTestId('risk-cell').click();
    await expect(selectionAfter(page, host, '评分表!I9')).resolves.toBe('评分表!I9');

    expect(await squeezedTexts(page)).toEqual([]);
    await section.screenshot({ path: path.join(ARTIFACTS, `${host}-risk-signals-350.png`) });
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: '中文' }).waitFor();
    await expect(flag.getByTestId('risk-name').textContent()).resolves.toBe('Self score above the computed score');
    await expect(flag.getByTestId('risk-weight').textContent()).resolves.toBe('weight 3');
    await expect(section.getByTestId('risk-total').textContent()).resolves.toBe('Risk total 3');
    await expect(section.getByTestId('risk-note').textContent()).resolves.toContain('our own reading');
    // the cell keeps its sheet's own name, marked as workbook text
    await expect(flag.getByTestId('risk-cell').locator('[data-workbook]').textContent()).resolves.toBe('评分表!I9');
    expect(await cjkOutsideWorkbook(page)).toEqual([]);
    expect(await squeezedTexts(page)).toEqual([]);
    await section.screenshot({ path: path.join(ARTIFACTS, `${host}-risk-signals-en-350.png`) });
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('button', { name: 'English' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the published example shows no sign: 未见风险信号, no total', async () => {
    const { page, errors } = await openPane(panes.browser.context, panes.sites[host], published);
    await openReview(page);
    const section = page.getByTestId('risk-signals');
    await expect(section.getByTestId('risk-none').textContent()).resolves.toBe('未见风险信号');
    await expect(section.locator('[data-testid^="risk-flag-"]').count()).resolves.toBe(0);
    await expect(section.getByTestId('risk-total').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
