/// <reference types="office-js" />
/**
 * The two things the Excel host needs from Office.js, passed in so that tests can hand it the strict
 * fake and the task pane can hand it the real globals.
 */
export interface ExcelApi {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(set: string, version: string): boolean;
}

/** The `Excel` and `Office` globals office.js defines. */
export interface OfficeGlobals {
  Excel: typeof Excel;
  Office: typeof Office;
}

/** Office.js through its globals (usable once Office.onReady has resolved): the page's, or a test's. */
export function officeExcelApi(g: OfficeGlobals = globalThis as unknown as OfficeGlobals): ExcelApi {
  return {
    run: (batch) => g.Excel.run(batch),
    isSetSupported: (set, version) => g.Office.context.requirements.isSetSupported(set, version),
  };
}
