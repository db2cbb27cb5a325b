/**
 * The one way in for hosts: the task pane asks here for the port of the host `detectHost` found, and
 * gets it once that host is ready, or null when the page runs in no spreadsheet it serves. Office.js
 * is given a time limit, so a pane whose host never answers says so instead of waiting forever. Each
 * adapter loads on demand: a page carries only its own host's code.
 */
import type { WorkbookPort } from '../workbook/port';
import type { HostKind } from './detectHost';
import { ExcelHostError, officeExcelApi, type OfficeGlobals } from './excel';
import type { EtApplication } from './wps';

type Globals = Record<string, unknown>;

export interface HostPort {
  host: Exclude<HostKind, 'none'>;
  port: WorkbookPort;
  /**
   * Opens an .xlsx given as base64 in a new window, where the host documents a way (Excel:
   * createWorkbook, ExcelApi 1.8); null otherwise (WPS documents none for a file held in memory).
   */
  openWorkbook: ((base64: string) => Promise<void>) | null;
}

export interface CreatePortOptions {
  /** where the host's globals are: the page's own unless a test gives others */
  globals?: Globals;
  /** how long Office.onReady may take */
  readyTimeoutMs?: number;
}

/** A cold start of desktop Excel can take seconds before onReady answers; past this it is not coming. */
export const READY_TIMEOUT_MS = 20_000;

/**
 * The ET application: the global `Application` of a WPS page, else `wps.EtApplication` of older builds
 * that have no `Application`. Public add-in code calls it (`wps.EtApplication()`) while the typings
 * declare a property, so either is taken.
 */
export function wpsApplication(g: Globals): EtApplication | null {
  const isApp = (x: unknown): x is EtApplication => !!x && typeof x === 'object' && 'ActiveWorkbook' in (x as object);
  if (isApp(g.Application)) return g.Application;
  const wps = g.wps as { EtApplication?: unknown } | undefined;
  if (!wps) return null;
  const et = typeof wps.EtApplication === 'function' ? (wps.EtApplication as () => unknown).call(wps) : wps.EtApplication;
  return isApp(et) ? et : null;
}

interface Office {
  onReady?(): Promise<{ host: unknown } | null | undefined>;
  HostType?: { Excel?: unknown };
}

/** Whether Office reports Excel (onReady resolves in any Office app); throws in Chinese past the time limit. */
async function excelReady(office: Office | undefined, ms: number): Promise<boolean> {
  if (!office || typeof office.onReady !== 'function') return false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const seconds = Math.round(ms / 1000);
      reject(new ExcelHostError(`Excel 在 ${seconds} 秒内没有就绪（Office.onReady 没有响应）：请关闭任务窗格后重新打开；仍不行时请重新启动 Excel。`, 'HostNotReady'));
    }, ms);
  });
  try {
    const info = await Promise.race([office.onReady(), late]);
    return !!info && info.host === (office.HostType?.Excel ?? 'Excel');
  } finally {
    clearTimeout(timer);
  }
}

export async function createPort(host: HostKind, options: CreatePortOptions = {}): Promise<HostPort | null> {
  const g = options.globals ?? (globalThis as unknown as Globals);
  if (host === 'wps') {
    const app = wpsApplication(g);
    if (!app) return null;
    const { WpsPort } = await import(/* webpackChunkName: "wps-port" */ './wps');
    return { host, port: new WpsPort(app), openWorkbook: null };
  }
  if (host !== 'excel') return null;
  // the adapter loads while Office gets ready
  const [{ ExcelPort, excelOpenWorkbook }, ready] = await Promise.all([
    import(/* webpackChunkName: "excel-port" */ './excel'),
    excelReady(g.Office as Office | undefined, options.readyTimeoutMs ?? READY_TIMEOUT_MS),
  ]);
  if (!ready) return null;
  const office = g as unknown as OfficeGlobals;
  return { host, port: new ExcelPort(officeExcelApi(office)), openWorkbook: excelOpenWorkbook(office) };
}
