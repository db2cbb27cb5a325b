/**
 * Which spreadsheet the page runs in. WPS is checked first: its JS add-in runtime can expose an
 * `Office` object too, while only WPS has `wps` or `Application.ActiveWorkbook`.
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

/** Waits for Office to be ready and confirms the host is Excel (Office.onReady resolves in any Office app). */
export async function whenHostReady(g: Globals = globalThis as unknown as Globals): Promise<HostKind> {
  const kind = detectHost(g);
  if (kind !== 'excel') return kind;
  const office = g.Office as { onReady(): Promise<{ host: unknown }>; HostType?: { Excel?: unknown } };
  const info = await office.onReady();
  const excel = office.HostType?.Excel ?? 'Excel';
  return info && info.host === excel ? 'excel' : 'none';
}
