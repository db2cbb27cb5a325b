/**
 * The WPS build in Debian's Chromium: dist/wps/ served on 127.0.0.1 as an online add-in folder, each
 * page given the fake `wps`/`Application` globals (before any of its scripts) holding
 * examples/shenzhen-2024.xlsx. As WPS does, the test opens index.html, reads ribbon.xml and calls the
 * callbacks it names: PERF.* is registered and the button opens the pane; the pane page (no office.js)
 * goes 识别 → 评分 → 写入 (total 96.88) and the fake workbook then holds our scores. An older build (no `Application`,
 * `wps.EtApplication()` only, no AddCustomFunction) starts too. Every JS file is ES2017 syntax.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as acorn from 'acorn';
import type { Page } from 'playwright-core';
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
  stored(key: string): string | null;
};

/** The callbacks ribbon.xml names: onLoad of <customUI>, and onAction / getImage of the button. */
function ribbonCallbacks(xml: string): { onLoad: string; onAction: string; getImage: string; button: string } {
  const attr = (tag: string, name: string) => {
    const element = new RegExp(`<${tag}\\b[^>]*>`).exec(xml)?.[0] ?? '';
    const value = new RegExp(`\\b${name}="([^"]+)"`).exec(element)?.[1];
    if (!value) throw new Error(`ribbon.xml: <${tag}> has no ${name}`);
    return value;
  };
  return { onLoad: attr('customUI', 'onLoad'), onAction: attr('button', 'onAction'), getImage: attr('button', 'getImage'), button: attr('button', 'id') };
}

/**
 * What WPS does with an add-in folder: opens <address>/index.html with its globals in place, reads
 * <address>/ribbon.xml and calls the onLoad callback it names, by that name, on the page's window.
 */
async function startAddin(fakeOptions?: Record<string, unknown>) {
  const opened = await openPage(browser.context, site, workbook, { page: 'index.html', fakeOptions });
  const ribbon = ribbonCallbacks(await (await fetch(`${site.url}/ribbon.xml`)).text());
  // a callback named "ribbon.OnAction" is window.ribbon.OnAction, called as a method of window.ribbon
  const call = (name: string, arg: unknown) =>
    opened.page.evaluate(
      ([path, a]) => {
        const parts = (path as string).split('.');
        const owner = parts.slice(0, -1).reduce<Record<string, unknown>>((o, k) => o[k] as Record<string, unknown>, window as unknown as Record<string, unknown>);
        const fn = owner[parts[parts.length - 1]] as (x: unknown) => unknown;
        if (typeof fn !== 'function') throw new Error(`${path as string} 不是函数`);
        const w = window as unknown as { wps: { ribbonUI: unknown } };
        return fn.call(owner, a === 'ribbonUI' ? w.wps.ribbonUI : a);
      },
      [name, arg] as const,
    );
  const loaded = await call(ribbon.onLoad, 'ribbonUI');
  return { ...opened, ribbon, call, loaded };
}

const fakeOf = (page: Page) => ({
  functions: () => page.evaluate(() => (window as unknown as { __PERF_FAKE_WPS__: FakeHandle }).__PERF_FAKE_WPS__.functions()),
  panes: () => page.evaluate(() => (window as unknown as { __PERF_FAKE_WPS__: FakeHandle }).__PERF_FAKE_WPS__.panes()),
  stored: (key: string) => page.evaluate((k) => (window as unknown as { __PERF_FAKE_WPS__: FakeHandle }).__PERF_FAKE_WPS__.stored(k), key),
});

describe('WPS add-in in Chromium over the ET fake', () => {
  test('every script of dist/wps is ES2017 syntax; the package holds what WPS reads', () => {
    const dist = site.dir;
    const scripts = fs.readdirSync(dist).filter((f) => f.endsWith('.js'));
    expect(scripts).toEqual(expect.arrayContaining(['main.js', 'bootstrap.js', 'taskpane.js']));
    for (const file of scripts) {
      expect(() => acorn.parse(fs.readFileSync(path.join(dist, file), 'utf8'), { ecmaVersion: 2017, sourceType: 'script' })).not.toThrow();
    }
    // the page WPS opens loads main.js, and only main.js, as a classic script
    const index = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
    expect([...index.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])).toEqual(['<script src=main.js>']);
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

  test('index.html as WPS opens it: PERF.* registered, onLoad answers, the ribbon button opens, hides and shows one pane', async () => {
    const { page, errors, requests, ribbon, call, loaded } = await startAddin();
    const fake = fakeOf(page);
    expect(loaded).toBe(true);
    const names = await fake.functions();
    expect(names).toHaveLength(10);
    expect(names).toContain('PERF.SCORE_PROCUREMENT');
    expect(JSON.parse((await fake.stored('perfscore.functions'))!)).toMatchObject({ available: true });
    // the button's image is a file of the folder
    const image = (await call(ribbon.getImage, { Id: ribbon.button })) as string;
    expect((await fetch(`${site.url}/${image}`)).status).toBe(200);
    const click = async () => {
      await call(ribbon.onAction, { Id: ribbon.button });
      return fake.panes();
    };
    expect(await click()).toEqual([{ id: 1, url: `${site.url}/taskpane.html`, visible: true }]);
    expect(await click()).toEqual([{ id: 1, url: `${site.url}/taskpane.html`, visible: false }]);
    expect(await click()).toEqual([{ id: 1, url: `${site.url}/taskpane.html`, visible: true }]);
    // the page loads its own script and nothing else
    expect(requests).toEqual([`${site.url}/index.html`, `${site.url}/main.js`]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('an older build (no Application, wps.EtApplication() only, no AddCustomFunction): the add-in starts and the pane reads the workbook', async () => {
    const legacy = { globals: 'legacy', build: '11.1.0.11664' };
    const { page, errors, ribbon, call, loaded } = await startAddin(legacy);
    const fake = fakeOf(page);
    expect(await page.evaluate(() => typeof (window as unknown as { Application?: unknown }).Application)).toBe('undefined');
    expect(loaded).toBe(true);
    expect(await fake.functions()).toEqual([]);
    const registration = JSON.parse((await fake.stored('perfscore.functions'))!) as { available: boolean; message: string };
    expect(registration.available).toBe(false);
    expect(registration.message).toContain('12.1.0.20540');
    await call(ribbon.onAction, { Id: ribbon.button });
    expect(await fake.panes()).toEqual([{ id: 1, url: `${site.url}/taskpane.html`, visible: true }]);
    expect(errors).toEqual([]);
    await page.close();

    const pane = await openPane(browser.context, site, workbook, legacy);
    await pane.page.getByRole('button', { name: '识别表格' }).click();
    await pane.page.getByRole('region', { name: '评分表' }).getByText('A2:I29', { exact: true }).waitFor();
    expect(pane.errors).toEqual([]);
    await pane.page.close();
  });

  test('识别 → 评分 → 写入 in the WPS task pane page writes our scores into the workbook', async () => {
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
    // our checked 1.89 for 政府采购执行情况; 不完整 for the total over the unit's judgements
    expect(changed).toEqual(expect.arrayContaining([1.89, '不完整']));
    expect(changed.length).toBeGreaterThanOrEqual(21);
    expect(sheet(after, '_perfscore').visibility).toBe('Hidden');
    // the unit's own scores are untouched
    expect(sheet(after, '评分表').cells.I9.v).toBe(1.89);
    expect(requests.filter((u) => !u.startsWith(site.url))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
