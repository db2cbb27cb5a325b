/**
 * The PERF.* functions in WPS 表格: the same list Excel associates, registered one by one with
 * `wps.AddCustomFunction(namespace, name, fn, metadata)`, which exists from WPS 12.1.0.20540 on.
 * WPS calls custom functions synchronously only, as every PERF.* function is.
 */
import { FUNCTIONS, type CustomFunction } from '../../functions/register';
import { cellValue } from './values';

export const NAMESPACE = 'PERF';
export const MIN_BUILD = '12.1.0.20540';

/**
 * One entry of the WPS functions.json (scripts/wps-functions.js), in the vocabulary of WPS's own tool:
 * types `number`, `string`, `boolean`, `bool`, `any`, a range as `any[][]`, an optional parameter as `any?`.
 */
export interface FunctionMetadata {
  name: string;
  description?: string;
  parameters: { name: string; description?: string; type: string }[];
  result: { type: string };
}

export interface FunctionsMetadata {
  functions: FunctionMetadata[];
}

/** The metadata argument of wps.AddCustomFunction (et-jsapi-declare, addon.et.d.ts). */
export interface WpsFunctionMetadata {
  description?: string;
  result: { type?: string };
  parameters: { name?: string; type?: string; description?: string }[];
}

export interface WpsFunctionHost {
  AddCustomFunction?: (namespace: string, name: string, callback: (...args: unknown[]) => unknown, metadata?: WpsFunctionMetadata) => void;
}

export type RegistrationResult =
  | { available: true; registered: string[] }
  | { available: false; registered: string[]; message: string };

const UNAVAILABLE = `当前 WPS 版本不支持加载项自定义函数（需要 ${MIN_BUILD} 或更高版本）：PERF.* 函数不可用，任务窗格的识别、评分与写入不受影响，写入时请使用数值而非公式。`;

/** functions.json already speaks WPS's vocabulary: only the members the typings name are passed on. */
export function wpsMetadata(meta: FunctionMetadata): WpsFunctionMetadata {
  const out: WpsFunctionMetadata = {
    result: { type: meta.result.type },
    parameters: meta.parameters.map((p) => ({ name: p.name, type: p.type, description: p.description })),
  };
  if (meta.description) out.description = meta.description;
  return out;
}

/**
 * Arguments as Excel would pass them: an omitted argument is null, a block is rows of cells (WPS
 * may hand a one-row block flat, or a Range object whose Value2 holds the cells).
 */
export function excelArg(arg: unknown): unknown {
  if (arg === undefined || arg === null) return null;
  if (Array.isArray(arg)) {
    const rows = arg.length > 0 && !Array.isArray(arg[0]) ? [arg] : (arg as unknown[][]);
    return rows.map((row) => row.map(excelCell));
  }
  if (typeof arg === 'object' && !(arg instanceof Date) && 'Value2' in (arg as object)) return excelArg((arg as { Value2: unknown }).Value2);
  return excelCell(arg);
}

function excelCell(v: unknown): unknown {
  if (v === undefined) return null;
  if (v instanceof Date) return cellValue(v);
  return v;
}

export function wpsCallable(fn: CustomFunction): (...args: unknown[]) => number | string {
  return (...args: unknown[]) => fn(...args.map(excelArg));
}

/** Registers every function; reports, without throwing, when this WPS build has no custom functions. */
export function registerWpsFunctions(host: WpsFunctionHost | undefined, metadata: FunctionsMetadata): RegistrationResult {
  if (!host || typeof host.AddCustomFunction !== 'function') return { available: false, registered: [], message: UNAVAILABLE };
  // WPS names a function by its name; Excel's ids are the same names (scripts/wps-functions.js checks)
  const byName = new Map(metadata.functions.map((m) => [m.name, m]));
  const missing = FUNCTIONS.filter((f) => !byName.has(f.id)).map((f) => f.id);
  const extra = metadata.functions.filter((m) => !FUNCTIONS.some((f) => f.id === m.name)).map((m) => m.name);
  // a build whose functions.json and code disagree must not ship
  if (missing.length || extra.length) throw new Error(`functions.json 与 PERF.* 函数列表不一致：缺少 ${missing.join('、') || '无'}；多出 ${extra.join('、') || '无'}`);
  const registered: string[] = [];
  for (const { id, fn } of FUNCTIONS) {
    const meta = byName.get(id)!;
    host.AddCustomFunction(NAMESPACE, meta.name, wpsCallable(fn), wpsMetadata(meta));
    registered.push(`${NAMESPACE}.${meta.name}`);
  }
  return { available: true, registered };
}
