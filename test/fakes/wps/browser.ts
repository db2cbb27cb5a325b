/**
 * Browser entry of the WPS fake: loaded before the add-in's page in browser tests. It reads the
 * workbook from `window.__PERF_FAKE_WORKBOOK__` and its options from `__PERF_FAKE_WPS_OPTIONS__`,
 * installs `wps` (and `Application`, unless the options imitate an older build), and exposes the live
 * fake as `window.__PERF_FAKE_WPS__` so a test can read the cells back.
 */
import { emptyWorkbook, FakeWorkbookData } from '../office/model';
import type { FakeEtOptions } from './et';
import { installWps } from './install';

const w = window as unknown as Record<string, unknown> & {
  __PERF_FAKE_WORKBOOK__?: FakeWorkbookData;
  __PERF_FAKE_WPS_OPTIONS__?: FakeEtOptions;
};
const fake = installWps(w, w.__PERF_FAKE_WORKBOOK__ ?? emptyWorkbook(), w.__PERF_FAKE_WPS_OPTIONS__);
w.__PERF_FAKE_WPS__ = {
  fake,
  /** a deep copy of the workbook, safe to return from page.evaluate */
  state: () => JSON.parse(JSON.stringify(fake.host.data)) as FakeWorkbookData,
  stats: () => ({ ...fake.host.stats }),
  functions: () => fake.addon.registrations.map((r) => `${r.namespace}.${r.name}`),
  panes: () => fake.addon.panes.map((p) => ({ id: p.ID, url: p.url, visible: p.Visible })),
  /** what the add-in left in PluginStorage under `key` */
  stored: (key: string) => fake.root.PluginStorage.getItem(key),
};
