/**
 * What the browser tests share: Debian's Chromium with a throwaway profile, the built task pane served
 * on 127.0.0.1 over a strict fake host (Excel: office.js routed to the Office.js fake; WPS: the ET fake
 * installed before the page's own scripts), an example workbook handed to the fake, and the fake
 * workbook read back through page.evaluate. Nothing a page asks for leaves 127.0.0.1.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, BrowserContext, Page } from 'playwright-core';
import { fakeWorkbookFromXlsx } from '../fakes/office/fromXlsx';
import type { FakeSheet, FakeWorkbookData, Scalar } from '../fakes/office/model';
import {
  DIST,
  ensureDistBuilt as ensureTaskpaneBuilt,
  ensureOfficeFakeBuilt as ensureFakeBuilt,
  ensureWpsFakeBuilt,
  FAKE_BUNDLE,
  ROOT,
  WPS_FAKE_BUNDLE,
  wpsDistCopy as wpsBuildCopy,
} from '../support/build';
import { serveDir } from './serve';

export const CHROMIUM = '/usr/bin/chromium';
export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
export const ARTIFACTS = path.join(ROOT, 'test', 'artifacts');
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export type PaneHost = 'excel' | 'wps';

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Chromium in a fresh profile, sized like a task pane; test/artifacts/ exists afterwards. */
export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`找不到 ${CHROMIUM}：浏览器测试需要 Debian 的 chromium（apt-get update && apt-get install -y chromium）`);
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'perfscore-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 420, height: 860 },
    deviceScaleFactor: 2,
    locale: 'zh-CN',
    reducedMotion: 'reduce',
  });
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The built add-in of one host, served on 127.0.0.1, with the script of its fake. */
export interface PaneSite {
  host: PaneHost;
  url: string;
  /** the folder served: dist/ for Excel, a private copy of dist/wps/ for WPS */
  dir: string;
  fakeScript: string;
  close(): Promise<void>;
}

/** Builds what is missing or stale (dist/ or dist/wps/, and the fake bundle) and serves it. */
export async function servePane(host: PaneHost): Promise<PaneSite> {
  if (host === 'excel') {
    ensureTaskpaneBuilt();
    ensureFakeBuilt();
    const served = await serveDir(DIST);
    return { host, url: served.url, dir: DIST, fakeScript: fs.readFileSync(FAKE_BUNDLE, 'utf8'), close: served.close };
  }
  const dir = wpsBuildCopy();
  ensureWpsFakeBuilt();
  const served = await serveDir(dir);
  return {
    host,
    url: served.url,
    dir,
    fakeScript: fs.readFileSync(WPS_FAKE_BUNDLE, 'utf8'),
    close: async () => {
      await served.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function exampleWorkbook(name: string): Promise<FakeWorkbookData> {
  return fakeWorkbookFromXlsx(path.join(ROOT, 'examples', name));
}

export interface OpenedPage {
  page: Page;
  /** uncaught errors of the page */
  errors: string[];
  /** every URL the page asked for */
  requests: string[];
}

/**
 * A fresh page at `page` (default taskpane.html) of the site with the fake holding `data`. Excel: the
 * CDN office.js is answered with the Office.js fake, `options` go to it as __PERF_FAKE_OPTIONS__.
 * WPS: the ET fake runs before the page's own scripts. Any other address is refused.
 */
export async function openPage(
  context: BrowserContext,
  site: PaneSite,
  data: FakeWorkbookData,
  options: { page?: string; fakeOptions?: Record<string, unknown> } = {},
): Promise<OpenedPage> {
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    if (site.host === 'excel' && url === OFFICE_JS) return route.fulfill({ status: 200, contentType: 'application/javascript', body: site.fakeScript });
    return url.startsWith(site.url) ? route.continue() : route.abort();
  });
  await page.addInitScript(
    ([json, opts, key]) => {
      const w = window as unknown as Record<string, unknown>;
      w.__PERF_FAKE_WORKBOOK__ = JSON.parse(json);
      w[key] = JSON.parse(opts);
    },
    [JSON.stringify(data), JSON.stringify(options.fakeOptions ?? {}), site.host === 'excel' ? '__PERF_FAKE_OPTIONS__' : '__PERF_FAKE_WPS_OPTIONS__'],
  );
  if (site.host === 'wps') await page.addInitScript({ content: site.fakeScript });
  await page.goto(`${site.url}/${options.page ?? 'taskpane.html'}`);
  return { page, errors, requests };
}

/** The task pane page over the fake holding `data`, once the pane is ready to 识别. */
export async function openPane(
  context: BrowserContext,
  site: PaneSite,
  data: FakeWorkbookData,
  fakeOptions?: Record<string, unknown>,
): Promise<OpenedPage> {
  const opened = await openPage(context, site, data, { fakeOptions });
  await opened.page.getByRole('button', { name: '识别表格' }).waitFor({ timeout: 60_000 });
  return opened;
}

const HANDLE: Record<PaneHost, string> = { excel: '__PERF_FAKE__', wps: '__PERF_FAKE_WPS__' };

/** A deep copy of the fake workbook as the page holds it now. */
export function workbookState(page: Page, host: PaneHost): Promise<FakeWorkbookData> {
  return page.evaluate((key) => (window as unknown as Record<string, { state(): FakeWorkbookData }>)[key].state(), HANDLE[host]);
}

/** context.sync() calls the Office.js fake has run. */
export function syncs(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __PERF_FAKE__: { syncs(): number } }).__PERF_FAKE__.syncs());
}

export function sheet(data: FakeWorkbookData, name: string): FakeSheet {
  const s = data.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name} in ${data.sheets.map((x) => x.name).join(', ')}`);
  return s;
}

/** Cells whose value or formula differ between two states, as "Sheet!A1" → new value. */
export function changedCells(before: FakeWorkbookData, after: FakeWorkbookData): Map<string, Scalar | null> {
  const out = new Map<string, Scalar | null>();
  for (const s of after.sheets) {
    const old = before.sheets.find((x) => x.name === s.name);
    const keys = new Set([...Object.keys(s.cells), ...Object.keys(old?.cells ?? {})]);
    for (const key of keys) {
      const a = old?.cells[key];
      const b = s.cells[key];
      if (a?.v !== b?.v || a?.f !== b?.f) out.set(`${s.name}!${key}`, b?.v ?? null);
    }
  }
  return out;
}

/** Values and formulas of a sheet (formats are not part of a plan's undo). */
export function valuesOf(s: FakeSheet): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(s.cells)
      .filter(([, c]) => c.v !== undefined || c.f !== undefined)
      .map(([k, c]) => [k, { v: c.v ?? null, f: c.f ?? null }]),
  );
}

/** What a user does in the spreadsheet while the pane is open: types `value` into one cell. */
export function typeInto(page: Page, host: PaneHost, sheetName: string, address: string, value: Scalar): Promise<void> {
  return page.evaluate(
    ([key, name, at, v]) => {
      const handle = (window as unknown as Record<string, { host?: { data: FakeWorkbookData }; fake?: { host: { data: FakeWorkbookData } } }>)[key as string];
      const data = handle.host?.data ?? handle.fake!.host.data;
      const target = data.sheets.find((s) => s.name === name);
      if (!target) throw new Error(`no sheet ${name}`);
      target.cells[at as string] = { v: v as Scalar };
    },
    [HANDLE[host], sheetName, address, value] as const,
  );
}

/** 评分's list of every cell the write changes, opened if it is closed (it starts closed). */
export async function showPlanCells(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: /逐格查看将写入的单元格|收起逐格预览/ });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await page.getByTestId('plan').waitFor();
}
