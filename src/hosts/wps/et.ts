/// <reference types="et-jsapi-declare/lib.et" />
/**
 * The slice of the WPS 表格 (ET) object model the add-in uses, typed with et-jsapi-declare's `Et`
 * namespace. Only lib.et is referenced: the package's index.d.ts also declares global `Application`,
 * `wps` and `confirm`, which would leak into every file of the project.
 */

export type EtApplication = Et.Application;
export type EtWorkbook = Et.Workbook;
export type EtSheets = Et.Sheets;
export type EtWorksheet = Et.Worksheet;
export type EtRange = Et.Range;
export type EtComment = Et.Comment;

/** XlSheetVisibility values (the typings declare the enum ambiently, so it has no runtime value). */
export const XL_SHEET_VISIBLE = -1;
export const XL_SHEET_HIDDEN = 0;
export const XL_SHEET_VERY_HIDDEN = 2;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Read<V> = V extends (...args: any[]) => infer R ? R : V;

/**
 * Reads a member that is a property in some WPS builds and a method in others (Count, UsedRange,
 * Name, Row…): calls it when it is a function, returns it otherwise.
 */
export function member<T extends object, K extends keyof T>(obj: T, name: K): Read<T[K]> {
  const value = (obj as Record<PropertyKey, unknown>)[name as PropertyKey];
  return (typeof value === 'function' ? (value as () => unknown).call(obj) : value) as Read<T[K]>;
}

/** `Sheets.Item` is typed as sheet-or-collection; the add-in only ever asks for one worksheet. */
export function sheetAt(sheets: EtSheets, index: number | string): EtWorksheet {
  return sheets.Item(index) as EtWorksheet;
}
