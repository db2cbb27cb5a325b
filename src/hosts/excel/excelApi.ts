/// <reference types="office-js" />
/**
 * The two things the Excel host needs from Office.js, passed in so that tests can hand it the strict
 * fake and the task pane can hand it the real globals.
 */
export interface ExcelApi {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(set: string, version: string): boolean;
}

/** The real Office.js globals (available once Office.onReady has resolved). */
export function officeExcelApi(): ExcelApi {
  return {
    run: (batch) => Excel.run(batch),
    isSetSupported: (set, version) => Office.context.requirements.isSetSupported(set, version),
  };
}
