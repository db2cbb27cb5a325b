/**
 * Which spreadsheet the page runs in. WPS is checked first: its JS add-in runtime can expose an
 * `Office` object too, while only WPS has `wps` or `Application.ActiveWorkbook`. `createPort` then
 * waits for that host and builds its port.
 */
export type HostKind = 'wps' | 'excel' | 'none';

type Globals = Record<string, unknown>;

export function detectHost(g: Globals = globalThis as unknown as Globals): HostKind {
  const app = g.Application as { ActiveWorkbook?: unknown } | undefined;
  if (g.wps !== undefined || (app !== undefined && app !== null && 'ActiveWorkbook' in Object(app))) return 'wps';
  const office = g.Office as { onReady?: unknown } | undefined;
  if (office && typeof office.onReady === 'function') return 'excel';
  return 'none';
}
