import type * as ExcelJSModule from 'exceljs';

/**
 * ExcelJS, loaded on first use and only as much as is used. Loading the whole library costs about
 * 0.18 s of CPU, more than scoring a form: `perfscore --help` or a refused argument loads none of it,
 * reading and writing a workbook loads its Workbook class with the .xlsx reader and writer (about 0.08
 * s: the streaming reader and writer, CSV and their zip libraries are left out), and only the review
 * summary's streaming writer loads the whole. Every file-host module takes ExcelJS from here, so each
 * part is loaded once.
 */

let whole: typeof ExcelJSModule | undefined;
let workbookClass: typeof ExcelJSModule.Workbook | undefined;
let valueTypes: typeof ExcelJSModule.ValueType | undefined;

export function excelJs(): typeof ExcelJSModule {
  whole ??= require('exceljs') as typeof ExcelJSModule;
  return whole;
}

/** One module of ExcelJS by its path in the package, or the same from the whole library if that path is gone. */
function part<T>(modulePath: string, fromWhole: (m: typeof ExcelJSModule) => T, pick: (m: never) => T): T {
  if (whole) return fromWhole(whole);
  try {
    return pick(require(modulePath) as never);
  } catch {
    return fromWhole(excelJs());
  }
}

/** ExcelJS's Workbook, which reads and writes .xlsx files. */
export function excelWorkbook(): typeof ExcelJSModule.Workbook {
  workbookClass ??= part('exceljs/lib/doc/workbook', (m) => m.Workbook, (m: typeof ExcelJSModule.Workbook) => m);
  return workbookClass;
}

/** ExcelJS's cell types (ValueType.Formula, ValueType.Merge…). */
export function excelValueType(): typeof ExcelJSModule.ValueType {
  valueTypes ??= part('exceljs/lib/doc/enums', (m) => m.ValueType, (m: { ValueType: typeof ExcelJSModule.ValueType }) => m.ValueType);
  return valueTypes;
}
