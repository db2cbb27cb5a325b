/**
 * The pane's honest states in Chromium over the fakes: 打开示例工作簿 opens the bundled example in a new
 * Excel window where ExcelApi 1.8 allows it and downloads it otherwise (older Excel, WPS); a table with
 * blank self-scores says 不完整, never a grade; one count of changes from preview to write to undo; and
 * a 1,000-leaf table renders one page of indicators, not a thousand.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { FakeWorkbookData } from '../fakes/office/model';
import { generatedTable } from '../fakes/office/generate';
import { exampleWorkbook, openPane } from './pane';
import { withBothPanes } from './bothPanes';
import { ROOT } from '../support/build';

jest.setTimeout(300_000);

const EXAMPLE = fs.readFileSync(path.join(ROOT, 'examples', 'shenzhen-2024.xlsx'));

const panes = withBothPanes();
let workbook: FakeWorkbookData;

beforeAll(async () => {
  workbook = await exampleWorkbook('shenzhen-2024.xlsx');
});

describe('打开示例工作簿', () => {
  test('Excel with ExcelApi 1.8: the bundled example, byte for byte, opens in a new window', async () => {
    const { page, errors } = await openPane(panes.browser.context, panes.sites.excel, workbook, { apiVersion: '1.8' });
    await page.getByRole('button', { name: '打开示例工作簿' }).click();
    await page.getByText('示例工作簿已在新窗口打开。', { exact: false }).waitFor();
    const created = await page.evaluate(() => (window as unknown as { __PERF_FAKE__: { created(): string[] } }).__PERF_FAKE__.created());
    expect(created).toHaveLength(1);
    expect(Buffer.from(created[0], 'base64').equals(EXAMPLE)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  test.each([
    ['excel', { apiVersion: '1.7' }],
    ['wps', undefined],
  ] as const)('%s without a documented way to open it: the same file is downloaded', async (host, options) => {
    const { page, errors } = await openPane(panes.browser.context, panes.sites[host], workbook, options);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '打开示例工作簿' }).click()]);
    expect(download.suggestedFilename()).toBe('perfscore-example-shenzhen-2024.xlsx');
    const saved = await download.path();
    expect(fs.readFileSync(saved!).equals(EXAMPLE)).toBe(true);
    await page.getByText(/已下载示例工作簿/).waitFor();
    if (host === 'excel') {
      // the host itself refuses createWorkbook below 1.8, so the pane never called it
      const created = await page.evaluate(() => (window as unknown as { __PERF_FAKE__: { created(): string[] } }).__PERF_FAKE__.created());
      expect(created).toEqual([]);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe.each(['excel', 'wps'] as const)('honest states (%s)', (host) => {
  test('blank self-scores: 不完整 and the count of leaves without a score, never a grade; badges say 缺数据', async () => {
    // every 评分 cell of the indicator rows left blank (I5:I28): the judgement leaves have no score at all
    const blank: FakeWorkbookData = {
      ...workbook,
      sheets: workbook.sheets.map((s) =>
        s.name !== '评分表'
          ? s
          : { ...s, cells: Object.fromEntries(Object.entries(s.cells).filter(([address]) => !/^I([5-9]|1\d|2[0-8])$/.test(address))) },
      ),
    };
    const { page, errors } = await openPane(panes.browser.context, panes.sites[host], blank);
    await page.getByRole('button', { name: '识别表格' }).click();
    await page.getByRole('button', { name: '下一步：评分预览' }).click();
    const grade = page.getByTestId('grade');
    await expect(grade.textContent()).resolves.toBe('不完整');
    await expect(page.getByRole('region', { name: '总分' }).textContent()).resolves.not.toMatch(/等级\s*[优良中差]/);
    const kinds = await page.getByTestId('obtained').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
    const missing = kinds.filter((k) => k === 'missing').length;
    expect(missing).toBeGreaterThan(0);
    await expect(page.getByText(`${missing} 个指标没有得分`, { exact: false }).first().textContent()).resolves.toContain('等级尚不能评定');
    await expect(page.getByTestId('unit-total').textContent()).resolves.toContain('21 个指标未填自评分');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('one count from preview to write to undo', async () => {
    const { page, errors } = await openPane(panes.browser.context, panes.sites[host], workbook);
    await page.getByRole('button', { name: '识别表格' }).click();
    await page.getByRole('button', { name: '下一步：评分预览' }).click();
    const planned = Number(/(\d+) 处修改/.exec((await page.getByRole('region', { name: '写入计划' }).textContent()) ?? '')?.[1]);
    expect(planned).toBeGreaterThan(21);
    await page.getByRole('button', { name: '下一步：写入' }).click();
    await page.getByRole('button', { name: '写入工作簿' }).click();
    await page.getByText(`已写入 ${planned} 处修改。`).waitFor();
    await page.getByRole('button', { name: '撤销写入' }).click();
    await page.getByText(`已撤销，${planned} 处修改已恢复原值。`).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
});

test('1,000 leaves: 评分 shows 50 indicators a page, the page buttons walk the rest', async () => {
  const { page, errors } = await openPane(panes.browser.context, panes.sites.excel, generatedTable(1000));
  await page.getByRole('button', { name: '识别表格' }).click();
  const leaves = page.getByRole('region', { name: '三级指标' });
  await expect(leaves.textContent()).resolves.toContain('1000 个三级指标');
  await expect(leaves.locator('tbody tr').count()).resolves.toBe(50);
  await page.getByRole('button', { name: '下一步：评分预览' }).click();
  const indicators = page.getByTestId('indicator');
  await expect(indicators.count()).resolves.toBe(50);
  // the whole page stays small (every row rendered made some 38,000 elements)
  expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeLessThan(4000);
  const pager = page.getByRole('navigation', { name: '按指标预览' });
  await expect(pager.textContent()).resolves.toContain('1–50 / 1000');
  await pager.getByRole('button', { name: '下一页' }).click();
  await expect(pager.textContent()).resolves.toContain('51–100 / 1000');
  await expect(page.getByTestId('indicator-name').first().textContent()).resolves.toBe('三级指标51');
  expect(errors).toEqual([]);
  await page.close();
});
