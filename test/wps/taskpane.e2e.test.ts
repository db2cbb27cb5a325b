/**
 * The WPS build in Debian's Chromium: dist/wps/ served on 127.0.0.1, the page given the fake
 * `wps`/`Application` globals (before any of its scripts) holding examples/shenzhen-2024.xlsx.
 * main.js registers PERF.* and opens the pane from the ribbon; the pane page (no office.js) goes
 * 识别 → 评分 → 写入 and the fake workbook then holds 96.88. Every JS file is ES2017 syntax.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as acorn from 'acorn';
import type { FakeWorkbookData } from '../fakes/office/model';
import { ARTIFACTS, Browser, changedCells, exampleWorkbook, launchChromium, openPage, openPane, PaneSite, servePane, sheet, workbookState } from '../e2e/pane';

jest.setTimeout(300_000);

let site: PaneSite;
let browser: Browser;
let workbook: FakeWorkbookData;

beforeAll(async () => {
  site = await servePane('wps');
  workbook = await exampleWorkbook('shenzhen-2024.xlsx');
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

type FakeHandle = {
  functions(): string[];
  panes(): { id: number; url: string; visible: boolean }[];
};

describe('WPS add-in in Chromium over the ET fake', () => {
  test('every script of dist/wps is ES2017 syntax; the package holds what WPS reads', () => {
    const dist = site.dir;
    const scripts = fs.readdirSync(dist).filter((f) => f.endsWith('.js'));
    expect(scripts).toEqual(expect.arrayContaining(['main.js', 'bootstrap.js', 'taskpane.js']));
    for (const file of scripts) {
      expect(() => acorn.parse(fs.readFileSync(path.join(dist, file), 'utf8'), { ecmaVersion: 2017, sourceType: 'script' })).not.toThrow();
    }
    const html = fs.readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
    expect(html).not.toMatch(/office\.js/i);
    expect(html.indexOf('bootstrap.js')).toBeGreaterThan(0);
    expect(html.indexOf('bootstrap.js')).toBeLessThan(html.indexOf('taskpane.js'));
    expect(fs.readFileSync(path.join(dist, 'manifest.xml'), 'utf8')).toMatch(/<Functions>\s*<Uri>\/functions\.json<\/Uri>\s*<Namespace>PERF<\/Namespace>/);
    expect(fs.readFileSync(path.join(dist, 'ribbon.xml'), 'utf8')).toMatch(/onAction="ribbon\.OnAction"/);
    const functions = JSON.parse(fs.readFileSync(path.join(dist, 'functions.json'), 'utf8')) as { functions: { name: string; description: string }[] };
    expect(functions.functions.map((f) => f.name)).toContain('SCORE_EXECUTION');
    expect(functions.functions.every((f) => /[\u4e00-\u9fff]/.test(f.description))).toBe(true);
    expect(fs.existsSync(path.join(dist, 'images', 'perfscore-32.png'))).toBe(true);
  });

  test('main.js registers PERF.* and the ribbon button opens, hides and shows one task pane', async () => {
    // WPS opens a page of its own for the add-in and loads main.js into it
    const { page, errors } = await openPage(browser.context, site, workbook, { page: 'functions.json' });
    await page.addScriptTag({ url: `${site.url}/main.js` });
    const names = await page.evaluate(() => (window as unknown as { __PERF_FAKE_WPS__: FakeHandle }).__PERF_FAKE_WPS__.functions());
    expect(names).toHaveLength(10);
    expect(names).toContain('PERF.SCORE_PROCUREMENT');
    const click = () =>
      page.evaluate(() => {
        const w = window as unknown as { ribbon: { OnAction(c: { Id: string }): boolean }; __PERF_FAKE_WPS__: FakeHandle };
        w.ribbon.OnAction({ Id: 'perfscoreOpenPane' });
        return w.__PERF_FAKE_WPS__.panes();
      });
    expect(await click()).toEqual([{ id: 1, url: `${site.url}/taskpane.html`, visible: true }]);
    expect(await click()).toEqual([{ id: 1, url: `${site.url}/taskpane.html`, visible: false }]);
    expect(await click()).toEqual([{ id: 1, url: `${site.url}/taskpane.html`, visible: true }]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('识别 → 评分 → 写入 in the WPS task pane page writes 96.88 into the workbook', async () => {
    const { page, errors, requests } = await openPane(browser.context, site, workbook);
    await expect(page.getByText(/WPS 表格/).first().textContent()).resolves.toContain('WPS 表格');
    const before = await workbookState(page, 'wps');

    await page.getByRole('button', { name: '识别表格' }).click();
    const table = page.getByRole('region', { name: '评分表' });
    await table.getByText('A2:I29', { exact: true }).waitFor();
    await expect(page.getByRole('region', { name: '三级指标' }).textContent()).resolves.toContain('21 个三级指标');

    await page.getByRole('button', { name: '下一步：评分预览' }).click();
    await expect(page.getByTestId('total').textContent()).resolves.toBe('96.88');

    await page.getByRole('button', { name: '下一步：写入' }).click();
    await page.getByRole('button', { name: '写入工作簿' }).click();
    await page.getByText(/已写入 \d+ 处修改/).waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'wps-taskpane.png'), fullPage: true });

    const after = await workbookState(page, 'wps');
    const changed = [...changedCells(before, after).values()];
    expect(changed).toContain(96.88);
    expect(changed.length).toBeGreaterThanOrEqual(21);
    expect(sheet(after, '_perfscore').visibility).toBe('Hidden');
    // the unit's own scores are untouched
    expect(sheet(after, '评分表').cells.I9.v).toBe(1.89);
    expect(requests.filter((u) => !u.startsWith(site.url))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
