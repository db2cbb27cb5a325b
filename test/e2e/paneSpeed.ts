/**
 * The pane's 识别 and 评分 timed as a user waits for them, click to result, in headless Chromium over
 * the Office.js fake holding a generated table of n leaves: the time from the click until the result
 * is in the page and one frame has been painted. Measured inside the page (performance.now), so the
 * browser driver's own round trips are not counted. Used by `npm run bench` (bench/paneTimes.ts).
 */
import type { Page } from 'playwright-core';
import { generatedTable } from '../fakes/office/generate';
import { launchChromium, openPane, servePane } from './pane';

export interface PaneTime {
  leaves: number;
  /** 识别: click on 识别表格 until the leaves are shown (the first click loads the analysis chunks) */
  detectMs: number;
  /** 评分: click on 下一步：评分预览 until the total and the indicators are shown */
  scoreMs: number;
  /** elements in the page once 评分 is shown */
  scoreNodes: number;
}

/** Clicks the button named `button` and resolves with the ms until `selector` is in the page and painted. */
export function clickToResult(page: Page, button: string, selector: string): Promise<number> {
  return page.evaluate(
    ([name, wanted]) =>
      new Promise<number>((resolve, reject) => {
        const target = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
        if (!target) return reject(new Error(`no button ${name}`));
        const start = performance.now();
        const done = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
        const observer = new MutationObserver(() => {
          if (!document.querySelector(wanted)) return;
          observer.disconnect();
          done();
        });
        observer.observe(document.body, { childList: true, subtree: true });
        target.click();
      }),
    [button, selector] as const,
  );
}

/** 识别 then 评分 once on a fresh page, for each size; `runs` fresh pages per size, the median kept. */
export async function measurePane(sizes: readonly number[] = [30, 1000], runs = 3): Promise<PaneTime[]> {
  const site = await servePane('excel');
  const browser = await launchChromium();
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  try {
    const out: PaneTime[] = [];
    for (const leaves of sizes) {
      const data = generatedTable(leaves);
      const detect: number[] = [];
      const score: number[] = [];
      let nodes = 0;
      for (let i = 0; i < runs; i++) {
        const { page } = await openPane(browser.context, site, data);
        detect.push(await clickToResult(page, '识别表格', 'section[aria-label="三级指标"]'));
        score.push(await clickToResult(page, '下一步：评分预览', '[data-testid="indicators"]'));
        nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
        await page.close();
      }
      out.push({ leaves, detectMs: median(detect), scoreMs: median(score), scoreNodes: nodes });
    }
    return out;
  } finally {
    await browser.close();
    await site.close();
  }
}
