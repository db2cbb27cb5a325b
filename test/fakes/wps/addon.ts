/**
 * The add-in half of the fake `wps`/`Application` root: custom function registration (only from
 * build 12.1.0.20540, synchronous functions only), task panes and PluginStorage.
 */
import type { CustomFunction, FnArg } from '../office/formula';
import { etError } from './errors';
import type { FakeEt } from './et';

/** The first WPS build with wps.AddCustomFunction. */
export const CUSTOM_FUNCTIONS_BUILD = '12.1.0.20540';

/**
 * The types WPS's own tool writes (wpsjs functionsScanner): a base type, `[][]` for a range (never one
 * dimension), and `?` after a parameter's type when it is optional. Excel's words (matrix, optional,
 * dimensionality) are not WPS's.
 */
const BASE_TYPE = '(string|number|boolean|bool|any)';
const RESULT_TYPE = new RegExp(`^${BASE_TYPE}(\\[\\]\\[\\])?$`);
const PARAMETER_TYPE = new RegExp(`^${BASE_TYPE}(\\[\\]\\[\\])?\\??$`);
const METADATA_KEYS = new Set(['description', 'result', 'parameters']);
const PARAMETER_KEYS = new Set(['name', 'type', 'description']);

export function compareBuild(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] || 0) - (pb[i] || 0);
    if (d !== 0) return d;
  }
  return 0;
}

export interface Registration {
  namespace: string;
  name: string;
  fn: (...args: unknown[]) => unknown;
  metadata?: { description?: string; result: { type?: string }; parameters: { name?: string; type?: string; description?: string }[] };
}

export class FakeTaskPane {
  Visible = false;
  DockPosition = 2; // msoCTPDockPositionRight
  Width = 320;
  deleted = false;
  constructor(
    readonly ID: number,
    public url: string,
    readonly title: string | undefined,
  ) {}
  Navigate(url: string): void {
    this.url = url;
  }
  Delete(): void {
    this.deleted = true;
    this.Visible = false;
  }
}

/** Values are kept as strings (as WPS does) and live only as long as the WPS process. */
export class FakePluginStorage {
  private readonly items = new Map<string, string>();
  setItem(key: string, value: unknown): void {
    if (typeof key !== 'string') throw etError('PluginStorage.setItem', '键应为文本');
    if (!(typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')) throw etError('PluginStorage.setItem', `值只能是文本、数字或布尔值：${typeof value}`);
    this.items.set(key, String(value));
  }
  getItem(key: string): string | null {
    return this.items.has(key) ? this.items.get(key)! : null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  clear(): void {
    this.items.clear();
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  get length(): number {
    return this.items.size;
  }
}

export class FakeWpsAddon {
  readonly registrations: Registration[] = [];
  readonly panes: FakeTaskPane[] = [];
  readonly PluginStorage = new FakePluginStorage();
  invalidations = 0;
  readonly ribbonUI = {
    Invalidate: () => {
      this.invalidations++;
    },
    InvalidateControl: (id: string) => {
      if (typeof id !== 'string') throw etError('ribbonUI.InvalidateControl', '控件 id 应为文本');
      this.invalidations++;
    },
  };

  constructor(private readonly host: FakeEt) {}

  get supportsCustomFunctions(): boolean {
    return compareBuild(this.host.options.build, CUSTOM_FUNCTIONS_BUILD) >= 0;
  }

  AddCustomFunction(namespace: unknown, name: unknown, callback: unknown, metadata?: unknown): void {
    if (typeof namespace !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(namespace)) throw etError('AddCustomFunction', `命名空间无效：${String(namespace)}`);
    if (typeof name !== 'string' || !/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name)) throw etError('AddCustomFunction', `函数名无效：${String(name)}`);
    if (typeof callback !== 'function') throw etError('AddCustomFunction', '第三个参数应为函数');
    if (metadata !== undefined) checkMetadata(name, metadata);
    const fn = callback as (...args: unknown[]) => unknown;
    const reg: Registration = { namespace, name, fn, metadata: metadata as Registration['metadata'] };
    const at = this.registrations.findIndex((r) => r.namespace === namespace && r.name === name);
    if (at >= 0) this.registrations[at] = reg;
    else this.registrations.push(reg);
    this.host.functions[`${namespace}.${name}`.toUpperCase()] = syncOnly(`${namespace}.${name}`, fn);
    this.host.recalc();
  }

  CreateTaskPane(url: unknown, title?: unknown): FakeTaskPane {
    if (typeof url !== 'string' || !/^(https?|file):\/\//.test(url)) throw etError('CreateTaskPane', `网址应为完整地址：${String(url)}`);
    if (title !== undefined && typeof title !== 'string') throw etError('CreateTaskPane', '标题应为文本');
    const pane = new FakeTaskPane(this.panes.length + 1, url, title as string | undefined);
    this.panes.push(pane);
    return pane;
  }

  GetTaskPane(id: unknown): FakeTaskPane {
    const pane = this.panes.find((p) => p.ID === Number(id) && !p.deleted);
    if (!pane) throw etError('GetTaskPane', `没有 ID 为 ${String(id)} 的任务窗格`);
    return pane;
  }
}

function checkMetadata(name: string, metadata: unknown): void {
  const m = metadata as Registration['metadata'];
  if (!m || typeof m !== 'object') throw etError('AddCustomFunction', `${name}：元数据应为对象`);
  const unknownKey = Object.keys(m).find((k) => !METADATA_KEYS.has(k));
  if (unknownKey) throw etError('AddCustomFunction', `${name}：元数据不认识的成员 ${unknownKey}`);
  if (!Array.isArray(m.parameters)) throw etError('AddCustomFunction', `${name}：元数据缺少 parameters 数组`);
  if (!m.result || typeof m.result !== 'object') throw etError('AddCustomFunction', `${name}：元数据缺少 result`);
  const resultKey = Object.keys(m.result).find((k) => k !== 'type');
  if (resultKey) throw etError('AddCustomFunction', `${name}：result 不认识的成员 ${resultKey}`);
  if (m.result.type !== undefined && !RESULT_TYPE.test(m.result.type)) throw etError('AddCustomFunction', `${name}：结果类型无效 ${m.result.type}`);
  for (const p of m.parameters) {
    const key = Object.keys(p).find((k) => !PARAMETER_KEYS.has(k));
    if (key) throw etError('AddCustomFunction', `${name}：参数 ${p.name} 不认识的成员 ${key}`);
    if (p.name !== undefined && typeof p.name !== 'string') throw etError('AddCustomFunction', `${name}：参数名应为文本`);
    if (p.type !== undefined && !PARAMETER_TYPE.test(p.type)) throw etError('AddCustomFunction', `${name}：参数 ${p.name} 的类型无效 ${p.type}`);
  }
}

/** WPS calls custom functions synchronously: a promise in a cell is an error, not a value. */
function syncOnly(fullName: string, fn: (...args: unknown[]) => unknown): CustomFunction {
  return (...args: FnArg[]) => {
    const result = fn(...args);
    if (result && typeof (result as { then?: unknown }).then === 'function') throw etError(fullName, 'WPS 只支持同步自定义函数');
    if (typeof result === 'number' || typeof result === 'string' || typeof result === 'boolean') return result;
    throw etError(fullName, `返回值类型不受支持：${typeof result}`);
  };
}
