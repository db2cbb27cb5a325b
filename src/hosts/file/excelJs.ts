import type * as ExcelJSModule from 'exceljs';

let loaded: typeof ExcelJSModule | undefined;

/**
 * ExcelJS, loaded on first use. Loading it costs a quarter of a second, more than scoring a form, so
 * `perfscore --help`, a refused argument or a command that never opens a workbook does not pay for it;
 * every file-host module takes it from here, so it is loaded once.
 */
export function excelJs(): typeof ExcelJSModule {
  loaded ??= require('exceljs') as typeof ExcelJSModule;
  return loaded;
}
