/**
 * Loaded first by the WPS task pane page (which loads no office.js): installs the polyfills and offers
 * the task pane a ready WpsPort as `window.__PERF_PORT__()`, so the shared task pane entry needs no
 * WPS code of its own. `src/hosts/detectHost.ts` already reports 'wps' from the same globals.
 */
import './polyfills';
import type { WorkbookPort } from '../../workbook/port';
import type { EtApplication } from './et';
import { WpsPort } from './WpsPort';

export interface ProvidedPort {
  port: WorkbookPort;
  hostLabel: string;
}

declare global {
  interface Window {
    __PERF_PORT__?: () => ProvidedPort;
  }
}

/** The ET application: the global `Application` of a WPS page, or `wps.EtApplication` on older builds. */
export function wpsApplication(g: Record<string, unknown> = window as unknown as Record<string, unknown>): EtApplication | null {
  const app = g.Application as EtApplication | undefined;
  if (app && 'ActiveWorkbook' in Object(app)) return app;
  const wps = g.wps as { EtApplication?: EtApplication } | undefined;
  return wps && wps.EtApplication ? wps.EtApplication : null;
}

const app = wpsApplication();
if (app) {
  let provided: ProvidedPort | null = null;
  window.__PERF_PORT__ = () => (provided = provided || { port: new WpsPort(app), hostLabel: 'WPS 表格' });
}
