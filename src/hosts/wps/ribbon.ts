/**
 * The ribbon callbacks ribbon.xml names (OnAddinLoad, OnAction, GetImage), built over the WPS root
 * object so they can be exercised outside WPS. Custom functions are registered when the add-in's
 * page loads, before any ribbon callback, so formulas work even if the tab is never opened.
 */
import { FunctionsMetadata, registerWpsFunctions, RegistrationResult, WpsFunctionHost } from './registerFunctions';
import { paneUrl, TaskPaneHost, toggleTaskPane } from './taskPane';

export const BUTTON_ID = 'perfscoreOpenPane';
export const FUNCTIONS_KEY = 'perfscore.functions';
export const PANE_TITLE = '绩效评分助手';

export type WpsRoot = TaskPaneHost & WpsFunctionHost & { ribbonUI?: unknown };

export interface RibbonControl {
  Id: string;
}

export interface Ribbon {
  OnAddinLoad(ribbonUI: unknown): boolean;
  OnAction(control: RibbonControl): boolean;
  GetImage(control: RibbonControl): string;
  /** what registration reported, e.g. for the task pane to explain a missing PERF.* */
  functions: RegistrationResult;
}

export function createRibbon(root: WpsRoot, pageHref: string, metadata: FunctionsMetadata): Ribbon {
  let functions: RegistrationResult;
  try {
    functions = registerWpsFunctions(root, metadata);
  } catch (error) {
    functions = { available: false, registered: [], message: `PERF.* 函数注册失败：${(error as Error).message}` };
  }
  try {
    root.PluginStorage.setItem(FUNCTIONS_KEY, JSON.stringify(functions));
  } catch {
    // storage is a convenience for the task pane; registration itself is done
  }
  // eslint-disable-next-line no-console
  if (!functions.available) console.warn(functions.message);
  return {
    functions,
    OnAddinLoad: () => true,
    OnAction(control) {
      if (control.Id === BUTTON_ID) toggleTaskPane(root, paneUrl(pageHref), PANE_TITLE);
      return true;
    },
    GetImage(control) {
      return control.Id === BUTTON_ID ? 'images/perfscore-32.png' : '';
    },
  };
}
