/**
 * The ribbon button's task pane: created once, then shown and hidden. Its ID is kept in
 * PluginStorage, which every page of the add-in shares for as long as WPS runs.
 */

export const PANE_KEY = 'perfscore.taskpane.id';

export interface CustomTaskPane {
  ID: number;
  Visible: boolean;
}

export interface TaskPaneHost {
  CreateTaskPane(url: string, title?: string): CustomTaskPane;
  GetTaskPane(id: number): CustomTaskPane;
  PluginStorage: { getItem(key: string): string | null; setItem(key: string, value: string | number | boolean): void; removeItem(key: string): void };
}

function existing(host: TaskPaneHost): CustomTaskPane | null {
  const id = host.PluginStorage.getItem(PANE_KEY);
  if (id === null || id === undefined || id === '') return null;
  try {
    return host.GetTaskPane(Number(id)) || null;
  } catch {
    // the pane was closed for good (or WPS restarted): make a new one
    host.PluginStorage.removeItem(PANE_KEY);
    return null;
  }
}

/** Opens the pane, or hides it when it is showing; returns whether it is visible now. */
export function toggleTaskPane(host: TaskPaneHost, url: string, title: string): boolean {
  const pane = existing(host);
  if (pane) {
    pane.Visible = !pane.Visible;
    return pane.Visible;
  }
  const created = host.CreateTaskPane(url, title);
  host.PluginStorage.setItem(PANE_KEY, created.ID);
  created.Visible = true;
  return true;
}

/** The task pane page beside the add-in's own page: WPS wants an absolute address. */
export function paneUrl(pageHref: string, file = 'taskpane.html'): string {
  const base = pageHref.split('#')[0].split('?')[0];
  return base.slice(0, base.lastIndexOf('/') + 1) + file;
}
