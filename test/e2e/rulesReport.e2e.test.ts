/**
 * Fixing a mismatch and exporting the report, in Chromium over the hosts' strict fakes holding
 * examples/shenzhen-2024.xlsx: in 识别 one leaf is given 判断评分 and then another rule, the score and
 * total follow in 评分, and 写入 saves the choice in the hidden _perfscore sheet (a fresh pane reading
 * the written workbook scores it alike); 报告 downloads a Word document built on demand; the
 * 自评报告 sheet write is refused when a previewed cell changed, and its undo keeps cells edited since.
 */
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import type { FakeSheet, FakeWorkbookData } from '../fakes/office/model';
import { REPORT_MARKER } from '../../src/workbook/plan/reportSheet';
import {
  ARTIFACTS,
  changedCells,
  exampleWorkbook,
  openPane,
  sheet,
  showPlanCells,
  syncs,
  typeInto,
  workbookState,
} from './pane';
import { withBothPanes } from './bothPanes';

jest.setTimeout(300_000);

const LEAF = '固定资产利用率';
const LEAF_KEY = '部门管理/资产管理/固定资产利用率';
const SCORE_CELL = '评分表!J18';

const panes = withBothPanes();
let workbook: FakeWorkbookData;

beforeAll(async () => {
  workbook = await exampleWorkbook('shenzhen-2024.xlsx');
});

/** The row of the 三级指标 table that names `leaf`. */
function leafRow(page: Page, leaf: string) {
  return page
    .getByRole('region', { name: '三级指标' })
    .locator('tbody tr')
    .filter({ has: page.getByTestId('leaf-name').getByText(leaf, { exact: true }) });
}

/** The narrowest pane Office gives (about 340 px), settled for a picture. */
async function narrow(page: Page): Promise<void> {
  await page.setViewportSize({ width: 340, height: 860 });
  await page.waitForTimeout(300);
}

/** The settings sheet's override rows: path key → leaf id. */
function overridesOf(s: FakeSheet): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, c] of Object.entries(s.cells)) {
    const m = /^A(\d+)$/.exec(key);
    if (m && c.v === 'override') out[String(s.cells[`B${m[1]}`]?.v)] = s.cells[`C${m[1]}`]?.v ?? null;
  }
  return out;
}

/** The plan preview's row for one cell, as text. */
async function planRow(page: Page, cell: string): Promise<string> {
  await showPlanCells(page);
  return (await page.getByTestId('plan').locator('tbody tr').filter({ hasText: cell }).first().textContent()) ?? '';
}

describe.each(['excel', 'wps'] as const)('识别: a leaf given another rule (%s)', (host) => {
  test(`${LEAF}: 判断评分, then 编外人员控制率's rule; 评分 follows; 写入 saves the choice in _perfscore`, async () => {
    const site = panes.sites[host];
    const { page, errors } = await openPane(panes.browser.context, site, workbook);
    const before = await workbookState(page, host);

    await page.getByRole('button', { name: '识别表格' }).click();
    const leaves = page.getByRole('region', { name: '三级指标' });
    await expect(leaves.textContent()).resolves.toContain('21 个三级指标，21 个有计算规则');
    const select = page.getByRole('combobox', { name: `${LEAF}的评分规则` });
    await expect(select.inputValue()).resolves.toBe('fixed-asset-utilisation');
    await expect(leafRow(page, LEAF).getByTestId('leaf-rule').textContent()).resolves.toBe('分档计分');
    // the list: 判断评分（无规则） and the framework's 21 leaves by name
    await expect(select.locator('option').count()).resolves.toBe(22);
    await expect(select.locator('option').first().textContent()).resolves.toBe('判断评分（无规则）');
    await expect(select.locator('optgroup').evaluateAll((gs) => gs.map((g) => g.getAttribute('label')))).resolves.toEqual(['部门决策', '部门管理', '部门绩效']);

    await select.selectOption({ label: '判断评分（无规则）' });
    await expect(leaves.textContent()).resolves.toContain('21 个三级指标，20 个有计算规则');
    const row = leafRow(page, LEAF);
    await expect(row.getByTestId('leaf-rule').textContent()).resolves.toBe('判断评分已调整');
    // scored by judgement, the leaf keeps the 1.00 typed in the table
    await expect(row.locator('td').last().textContent()).resolves.toBe('1.00');
    // the raw figures are still listed with their cells
    await expect(page.getByRole('region', { name: '基础数据' }).textContent()).resolves.toContain('基础数据!B20');

    await select.selectOption({ label: '编外人员控制率' });
    await expect(select.inputValue()).resolves.toBe('contract-staff-control');
    await expect(leaves.textContent()).resolves.toContain('21 个三级指标，21 个有计算规则');
    await expect(row.locator('td').last().textContent()).resolves.toBe('0.00');
    await narrow(page);
    await row.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, `taskpane-rule-${host}.png`), fullPage: true });

    await page.getByRole('button', { name: '下一步：评分预览' }).click();
    await expect(page.getByTestId('total').textContent()).resolves.toBe('95.88');
    expect(await planRow(page, SCORE_CELL)).toContain('0.00');
    // the engine's total is 95.88; our 系统评分 column gives no total over the unit's judgements
    expect(await planRow(page, '评分表!J29')).toContain('不完整');

    await page.getByRole('button', { name: '下一步：写入' }).click();
    await page.getByRole('button', { name: '写入工作簿' }).click();
    await page.getByText(/已写入 \d+ 处修改/).waitFor();
    const written = await workbookState(page, host);
    expect(sheet(written, '评分表').cells.J18.v).toBe(0);
    expect(sheet(written, '评分表').cells.J29.v).toBe('不完整');
    expect(overridesOf(sheet(written, '_perfscore'))).toEqual({ [LEAF_KEY]: 'contract-staff-control' });
    expect(changedCells(before, written).get('_perfscore!A1')).toBe('perfscore-settings');
    expect(errors).toEqual([]);
    await page.close();

    // the workbook as written: a fresh pane (a reviewer, or the file reopened) scores it alike
    const reopened = await openPane(panes.browser.context, site, written);
    await reopened.page.getByRole('button', { name: '识别表格' }).click();
    const again = reopened.page.getByRole('combobox', { name: `${LEAF}的评分规则` });
    await expect(again.inputValue()).resolves.toBe('contract-staff-control');
    await expect(leafRow(reopened.page, LEAF).getByTestId('leaf-rule').textContent()).resolves.toBe('分档计分已调整');
    await reopened.page.getByRole('button', { name: '下一步：评分预览' }).click();
    await expect(reopened.page.getByTestId('total').textContent()).resolves.toBe('95.88');
    expect(reopened.errors).toEqual([]);
    await reopened.page.close();
  });
});

describe('报告 over the Office.js fake', () => {
  test('下载 Word 文档: the builder loads on demand and the page hands over a .docx holding the figures', async () => {
    const site = panes.sites.excel;
    const { page, errors, requests } = await openPane(panes.browser.context, site, workbook);
    await page.getByRole('button', { name: '识别表格' }).click();
    await page.getByRole('tab', { name: '报告' }).click();
    await expect(page.getByTestId('report').textContent()).resolves.toContain('96.88');
    const docxChunk = (url: string) => /\/docx\.[0-9a-f]+\.js$/.test(url);
    expect(requests.filter(docxChunk)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 Word 文档' }).click()]);
    expect(download.suggestedFilename()).toBe('深圳市科技交流服务中心2024年度自评报告.docx');
    const file = path.join(ARTIFACTS, download.suggestedFilename());
    await download.saveAs(file);
    const bytes = fs.readFileSync(file);
    expect(bytes.length).toBeGreaterThan(5000);
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('96.88');
    expect(xml).toContain('1,936.12');
    expect(xml).toContain('一、基本情况');
    expect(xml).toContain('深圳市科技交流服务中心2024年度部门整体支出绩效自评报告');
    await page.getByText(/已生成 Word 文档「深圳市科技交流服务中心2024年度自评报告\.docx」/).waitFor();
    expect(requests.filter(docxChunk)).toHaveLength(1);
    // nothing left 127.0.0.1 but the (faked) office.js
    expect(requests.filter((u) => !u.startsWith(site.url) && !u.startsWith('https://appsforoffice.microsoft.com/'))).toEqual([]);
    await narrow(page);
    await page.screenshot({ path: path.join(ARTIFACTS, 'taskpane-report-docx.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  test('写入自评报告表: refused when a previewed cell changed; 撤销 keeps a cell edited since the write', async () => {
    const site = panes.sites.excel;
    // a report sheet an earlier run wrote: the new report replaces it
    const data = JSON.parse(JSON.stringify(workbook)) as FakeWorkbookData;
    data.sheets.push({
      name: '自评报告',
      visibility: 'Visible',
      cells: { A1: { v: REPORT_MARKER }, A2: { v: '旧标题' }, A3: { v: '旧段落' } },
      comments: {},
      notes: {},
      columnWidths: {},
    });
    const { page, errors } = await openPane(panes.browser.context, site, data);
    await page.getByRole('button', { name: '识别表格' }).click();
    await page.getByRole('tab', { name: '报告' }).click();
    const preview = page.getByTestId('report-plan');
    await preview.waitFor();
    await expect(preview.textContent()).resolves.toContain('更新自评报告（替换“自评报告”工作表中上次生成的内容）');
    expect(await syncs(page)).toBe(2); // 识别, and the read the preview is built from

    await typeInto(page, 'excel', '自评报告', 'A3', '我改过的段落');
    const typed = await workbookState(page, 'excel');
    await page.getByRole('button', { name: '写入「自评报告」工作表' }).click();
    const refused = page.getByTestId('report-conflicts');
    await refused.waitFor();
    await expect(refused.textContent()).resolves.toContain('自评报告!A3：预览时为“旧段落”，现在为“我改过的段落”');
    expect(await syncs(page)).toBe(3); // the check only: nothing written
    expect(await workbookState(page, 'excel')).toEqual(typed);
    await expect(page.getByRole('button', { name: '写入「自评报告」工作表' }).isDisabled()).resolves.toBe(true);
    await narrow(page);
    await page.screenshot({ path: path.join(ARTIFACTS, 'taskpane-report-conflict.png') });

    // read again: the preview now starts from the user's text, and the write goes through
    await page.getByRole('button', { name: '重新读取工作簿' }).click();
    await expect(refused.count()).resolves.toBe(0);
    await page.getByRole('button', { name: '写入「自评报告」工作表' }).click();
    await page.getByText('报告已写入工作表「自评报告」。').waitFor();
    const written = sheet(await workbookState(page, 'excel'), '自评报告');
    expect(written.cells.A1.v).toBe(REPORT_MARKER);
    expect(written.cells.A2.v).toBe('深圳市科技交流服务中心2024年度部门整体支出绩效自评报告');
    const a4 = String(written.cells.A4.v);
    expect(a4).toContain('1,936.12万元');

    await typeInto(page, 'excel', '自评报告', 'A4', '用户补充的段落');
    await page.getByRole('tabpanel', { name: '报告' }).getByRole('button', { name: '撤销写入' }).click();
    const kept = page.getByTestId('report-undo-kept');
    await kept.waitFor();
    await expect(kept.textContent()).resolves.toContain(`自评报告!A4：写入的是“${a4.slice(0, 40)}…”，现在为“用户补充的段落”`);
    await page.getByText('已撤销，工作表「自评报告」中未被改动的内容已恢复。').waitFor();
    const restored = sheet(await workbookState(page, 'excel'), '自评报告');
    expect(restored.cells.A4.v).toBe('用户补充的段落');
    expect(restored.cells.A3.v).toBe('我改过的段落');
    expect(restored.cells.A2.v).toBe('旧标题');
    expect(errors).toEqual([]);
    await page.close();
  });
});
