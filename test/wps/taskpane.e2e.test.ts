/**
 * The WPS build in Debian's Chromium: dist/wps/ served on 127.0.0.1, the page given the fake
 * `wps`/`Application` globals (before any of its scripts) holding examples/shenzhen-2024.xlsx.
 * main.js registers PERF.* and opens the pane from the ribbon; the pane page (no office.js) goes
 * 识别 → 评分 → 写入 and the fake workbook then holds 96.88. Every JS file is ES2017 syntax.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as acorn from 'acorn';
import { chromium, BrowserContext, Page } from 'playwright-core';
import { fakeWorkbookFromXlsx } from '../fakes/office/fromXlsx';
import type { FakeWorkbookData, Scalar } from '../fakes/office/model';
import { serveDir, Served } from '../e2e/serve';
import { ensureWpsFakeBuilt, ROOT, WPS_FAKE_BUNDLE, wpsBuildCopy } from './build';

jest.setTimeout(300_000);

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = path.join(ROOT, 'test', 'artifacts');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

let dist: string;
let served: Served;
let workbook: FakeWorkbookData;
let fakeScript: string;
let profile: string;
let context: BrowserContext;

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`找不到 ${CHROMIUM}：浏览器测试需要 Debian 的 chromium（apt-get install -y chromium）`);
  dist = wpsBuildCopy();
  ensureWpsFakeBuilt();
  fakeScript = fs.readFileSync(WPS_FAKE_BUNDLE, 'utf8');
  workbook = await fakeWorkbookFromXlsx(path.join(ROOT, 'examples', 'shenzhen-2024.xlsx'));
  served = await serveDir(dist);
  profile = fs.mkdtempSync(path.join(os.tmpdir(), 'perfscore-wps-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 420, height: 860 },
    deviceScaleFactor: 2,
    locale: 'zh-CN',
  });
  fs.mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await context?.close();
  await served?.close();
  for (const dir of [profile, dist]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

type FakeHandle = {
  state(): FakeWorkbookData;
  functions(): string[];
  panes(): { id: number; url: string; visible: boolean }[];
};
const fake = (page: Page) => page.evaluate(() => (window as unknown as { __PERF_FAKE_WPS__: FakeHandle }).__PERF_FAKE_WPS__.state());

/** A page with the WPS globals installed before its own scripts; nothing leaves 127.0.0.1. */
async function openPage(url: string, data: FakeWorkbookData): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.route('**/*', (route) => {
    const u = route.request().url();
    requests.push(u);
    return u.startsWith(served.url) ? route.continue() : route.abort();
  });
  await page.addInitScript((json) => {
    (window as unknown as { __PERF_FAKE_WORKBOOK__: unknown }).__PERF_FAKE_WORKBOOK__ = JSON.parse(json);
  }, JSON.stringify(data));
  await page.addInitScript({ content: fakeScript });
  await page.goto(url);
  return { page, errors, requests };
}

function changedValues(before: FakeWorkbookData, after: FakeWorkbookData): (Scalar | null)[] {
  const out: (Scalar | null)[] = [];
  for (const s of after.sheets) {
    const old = before.sheets.find((x) => x.name === s.name);
    for (const [key, cell] of Object.entries(s.cells)) {
      const was = old?.cells[key];
      if (was?.v !== cell.v || was?.f !== cell.f) out.push(cell.v ?? null);
    }
  }
  return out;
}

describe('WPS add-in in Chromium over the ET fake', () => {
  test('every script of dist/wps is ES2017 syntax; the package holds what WPS reads', () => {
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
    const { page, errors } = await openPage(`${served.url}/functions.json`, workbook);
    await page.addScriptTag({ url: `${served.url}/main.js` });
    const names = await page.evaluate(() => (window as unknown as { __PERF_FAKE_WPS__: FakeHandle }).__PERF_FAKE_WPS__.functions());
    expect(names).toHaveLength(10);
    expect(names).toContain('PERF.SCORE_PROCUREMENT');
    const click = () =>
      page.evaluate(() => {
        const w = window as unknown as { ribbon: { OnAction(c: { Id: string }): boolean }; __PERF_FAKE_WPS__: FakeHandle };
        w.ribbon.OnAction({ Id: 'perfscoreOpenPane' });
        return w.__PERF_FAKE_WPS__.panes();
      });
    expect(await click()).toEqual([{ id: 1, url: `${served.url}/taskpane.html`, visible: true }]);
    expect(await click()).toEqual([{ id: 1, url: `${served.url}/taskpane.html`, visible: false }]);
    expect(await click()).toEqual([{ id: 1, url: `${served.url}/taskpane.html`, visible: true }]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('识别 → 评分 → 写入 in the WPS task pane page writes 96.88 into the workbook', async () => {
    const { page, errors, requests } = await openPage(`${served.url}/taskpane.html`, workbook);
    await page.getByRole('button', { name: '识别表格' }).waitFor({ timeout: 60_000 });
    await expect(page.getByText(/WPS 表格/).first().textContent()).resolves.toContain('WPS 表格');
    const before = await fake(page);

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

    const after = await fake(page);
    const changed = changedValues(before, after);
    expect(changed).toContain(96.88);
    expect(changed.length).toBeGreaterThanOrEqual(21);
    expect(after.sheets.find((s) => s.name === '_perfscore')?.visibility).toBe('Hidden');
    // the unit's own scores are untouched
    expect(after.sheets.find((s) => s.name === '评分表')?.cells.I9.v).toBe(1.89);
    expect(requests.filter((u) => !u.startsWith(served.url))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
