/**
 * The `wps` and `Application` globals of the fake: one merged root, as WPS exposes it, carrying the
 * ET application (ActiveWorkbook, DisplayAlerts…) and the add-in API (AddCustomFunction only from
 * build 12.1.0.20540, CreateTaskPane, PluginStorage).
 */
import type { FakeWorkbookData } from '../office/model';
import { FakeWpsAddon } from './addon';
import { FakeEt, FakeEtApplication, FakeEtOptions } from './et';

export type FakeWpsRoot = FakeEtApplication & Partial<Pick<FakeWpsAddon, 'AddCustomFunction'>> & Omit<FakeWpsAddon, 'AddCustomFunction' | 'registrations' | 'panes' | 'invalidations' | 'supportsCustomFunctions'>;

export interface FakeWps {
  host: FakeEt;
  addon: FakeWpsAddon;
  root: FakeWpsRoot;
}

export function makeWps(data: FakeWorkbookData, options: FakeEtOptions = {}): FakeWps {
  const host = new FakeEt(data, options);
  const addon = new FakeWpsAddon(host);
  const root = host.app as FakeWpsRoot;
  const bind = (name: keyof FakeWpsAddon) => {
    const value = addon[name];
    Object.defineProperty(root, name, { value: typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(addon) : value, enumerable: false });
  };
  bind('CreateTaskPane');
  bind('GetTaskPane');
  bind('PluginStorage');
  bind('ribbonUI');
  if (addon.supportsCustomFunctions) bind('AddCustomFunction');
  Object.defineProperty(root, 'EtApplication', { value: root, enumerable: false });
  return { host, addon, root };
}

/** Install on `target` (window in a page, a plain object in a test). */
export function installWps(target: Record<string, unknown>, data: FakeWorkbookData, options?: FakeEtOptions): FakeWps {
  const wps = makeWps(data, options);
  target.wps = wps.root;
  target.Application = wps.root;
  return wps;
}
