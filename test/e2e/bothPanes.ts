/**
 * Chromium and the built pane of both hosts, for a test file that runs over the Excel and WPS fakes:
 * started before its tests, closed after them.
 */
import { Browser, launchChromium, PaneHost, PaneSite, servePane } from './pane';

export interface BothPanes {
  browser: Browser;
  sites: Record<PaneHost, PaneSite>;
}

export function withBothPanes(): BothPanes {
  const both = {} as BothPanes;
  beforeAll(async () => {
    const [excel, wps] = await Promise.all([servePane('excel'), servePane('wps')]);
    both.sites = { excel, wps };
    both.browser = await launchChromium();
  });
  afterAll(async () => {
    await both.browser?.close();
    await both.sites?.excel.close();
    await both.sites?.wps.close();
  });
  return both;
}

export interface OnePane {
  browser: Browser;
  site: PaneSite;
}

/** Chromium and the built pane of one host, for a `describe.each` over the hosts. */
export function withPane(host: PaneHost): OnePane {
  const one = {} as OnePane;
  beforeAll(async () => {
    one.site = await servePane(host);
    one.browser = await launchChromium();
  });
  afterAll(async () => {
    await one.browser?.close();
    await one.site?.close();
  });
  return one;
}
