/**
 * The `Office` and `Excel` globals of the fake, as a page sees them after loading office.js.
 */
import { ErrorCodes, FakeOfficeError, officeError } from './errors';
import { FakeExcel, FakeExcelOptions } from './excel';
import type { FakeWorkbookData } from './model';

export interface FakeGlobals {
  Office: Record<string, unknown>;
  Excel: Record<string, unknown>;
  OfficeExtension: Record<string, unknown>;
  CustomFunctions: { associate(id: string, fn: (...args: never[]) => unknown): void };
  host: FakeExcel;
}

export function makeGlobals(data: FakeWorkbookData, options: FakeExcelOptions & { displayLanguage?: string } = {}): FakeGlobals {
  const host = new FakeExcel(data, options);
  const HostType = { Excel: 'Excel', Word: 'Word', PowerPoint: 'PowerPoint', Outlook: 'Outlook' };
  const info = { host: HostType.Excel, platform: 'OfficeOnline' };
  const Office: Record<string, unknown> = {
    HostType,
    PlatformType: { OfficeOnline: 'OfficeOnline', PC: 'PC', Mac: 'Mac' },
    context: {
      displayLanguage: options.displayLanguage ?? 'zh-CN',
      requirements: { isSetSupported: (name: string, version?: string) => host.isSetSupported(name, version) },
    },
    onReady(callback?: (i: typeof info) => void) {
      return new Promise((resolve) => {
        setTimeout(() => {
          callback?.(info);
          resolve(info);
        }, 0);
      });
    },
    initialize: undefined,
  };
  /**
   * Excel.createWorkbook (ExcelApi 1.8) opens a new workbook window from a base64 .xlsx and resolves
   * with nothing; below 1.8 the host rejects it with ApiNotFound, as the real one does.
   */
  const createWorkbook = (base64?: string): Promise<void> => {
    if (!host.isSetSupported('ExcelApi', '1.8')) return Promise.reject(officeError(ErrorCodes.apiNotFound, 'Excel.createWorkbook'));
    if (base64 !== undefined && !/^[A-Za-z0-9+/]+=*$/.test(base64)) return Promise.reject(officeError(ErrorCodes.invalidArgument, 'Excel.createWorkbook'));
    host.created.push(base64 ?? '');
    return Promise.resolve();
  };
  const Excel = { run: host.run, createWorkbook, ErrorCodes };
  const OfficeExtension = { Error: FakeOfficeError, ErrorCodes };
  // the shared runtime: functions.js associates PERF.* here and the fake calculates with them
  const CustomFunctions = { associate: host.associate as FakeGlobals['CustomFunctions']['associate'] };
  return { Office, Excel, OfficeExtension, CustomFunctions, host };
}

/** Install the globals on `target` (window in a page, globalThis in a test). */
export function installGlobals(target: Record<string, unknown>, data: FakeWorkbookData, options?: FakeExcelOptions): FakeExcel {
  const g = makeGlobals(data, options);
  target.Office = g.Office;
  target.Excel = g.Excel;
  target.OfficeExtension = g.OfficeExtension;
  target.CustomFunctions = g.CustomFunctions;
  return g.host;
}
