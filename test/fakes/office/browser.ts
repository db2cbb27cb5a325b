/**
 * Browser entry of the fake: served in place of office.js in end-to-end tests. It reads the workbook
 * from `window.__PERF_FAKE_WORKBOOK__` and exposes the live host as `window.__PERF_FAKE__` so a test
 * can read the cells back and count syncs.
 */
import { installGlobals } from './office';
import { emptyWorkbook, FakeWorkbookData } from './model';
import type { FakeExcelOptions } from './excel';

declare global {
  interface Window {
    __PERF_FAKE_WORKBOOK__?: FakeWorkbookData;
    __PERF_FAKE_OPTIONS__?: FakeExcelOptions;
    __PERF_FAKE__?: unknown;
  }
}

const w = window as unknown as Window & Record<string, unknown>;
const host = installGlobals(w, w.__PERF_FAKE_WORKBOOK__ ?? emptyWorkbook(), w.__PERF_FAKE_OPTIONS__);
w.__PERF_FAKE__ = {
  host,
  /** a deep copy of the workbook, safe to return from page.evaluate */
  state: () => JSON.parse(JSON.stringify(host.data)) as FakeWorkbookData,
  syncs: () => host.syncCount,
  /** workbooks opened by Excel.createWorkbook (base64 text) */
  created: () => [...host.created],
};
