/**
 * The `wps` and `Application` globals of the fake. By default one merged root, as et-jsapi-declare
 * declares it (`WPSMergedRoot`): the ET application (ActiveWorkbook, DisplayAlerts…) and the add-in API
 * (AddCustomFunction only from build 12.1.0.20540, CreateTaskPane, PluginStorage). With `globals:
 * 'legacy'` an older build: no `Application`, and `wps` is the add-in API alone. In both, the ET
 * application is also reached by calling `wps.EtApplication()`, as public add-in code does (the typings
 * declare it a deprecated property; calling it is what real code does and what real builds answer).
 */
import type { FakeWorkbookData } from '../office/model';
import { FakeWpsAddon } from './addon';
import { FakeEt, FakeEtApplication, FakeEtOptions } from './et';

type AddonApi = Partial<Pick<FakeWpsAddon, 'AddCustomFunction'>> & Omit<FakeWpsAddon, 'AddCustomFunction' | 'registrations' | 'panes' | 'invalidations' | 'supportsCustomFunctions'>;

export type FakeWpsRoot = FakeEtApplication & AddonApi & { EtApplication(): FakeEtApplication };

export interface FakeWps {
  host: FakeEt;
  addon: FakeWpsAddon;
  /** the `wps` global: the merged root, or on a legacy build the add-in API alone */
  root: FakeWpsRoot;
  /** the `Application` global; undefined on a legacy build */
  application: FakeWpsRoot | undefined;
}

export function makeWps(data: FakeWorkbookData, options: FakeEtOptions = {}): FakeWps {
  const host = new FakeEt(data, options);
  const addon = new FakeWpsAddon(host);
  const legacy = host.options.globals === 'legacy';
  // a legacy `wps` is an object of its own; the merged root is the ET application itself
  const root = (legacy ? {} : host.app) as FakeWpsRoot;
  const bind = (name: keyof FakeWpsAddon) => {
    const value = addon[name];
    Object.defineProperty(root, name, { value: typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(addon) : value, enumerable: false });
  };
  bind('CreateTaskPane');
  bind('GetTaskPane');
  bind('PluginStorage');
  bind('ribbonUI');
  if (addon.supportsCustomFunctions) bind('AddCustomFunction');
  Object.defineProperty(root, 'EtApplication', { value: () => host.app, enumerable: false });
  return { host, addon, root, application: legacy ? undefined : root };
}

/** Install on `target` (window in a page, a plain object in a test). */
export function installWps(target: Record<string, unknown>, data: FakeWorkbookData, options?: FakeEtOptions): FakeWps {
  const wps = makeWps(data, options);
  target.wps = wps.root;
  if (wps.application) target.Application = wps.application;
  return wps;
}
