/**
 * The pane's 识别 and 评分, click to result, at 30 and 1,000 leaves (budget: 300 ms each at 1,000),
 * measured in headless Chromium over the Office.js fake (test/e2e/paneSpeed.ts). Builds dist/ first
 * if it is missing or stale. `npm run bench` calls `benchPaneTimes()`; alone:
 * `npm run build:cli && node lib/bench/paneTimes.js`.
 */
import { measurePane, type PaneTime } from '../test/e2e/paneSpeed';

export const PANE_BUDGET_MS = 300;

export async function benchPaneTimes(sizes: readonly number[] = [30, 1000]): Promise<PaneTime[]> {
  return measurePane(sizes);
}

/** One line per size, as the bench prints its rows. */
export function paneTimeLines(times: readonly PaneTime[]): string[] {
  return times.map(
    (t) =>
      `pane ${t.leaves} leaves: 识别 ${t.detectMs.toFixed(0)} ms, 评分 ${t.scoreMs.toFixed(0)} ms (${t.scoreNodes} elements)` +
      (t.leaves >= 1000 ? ` — budget ${PANE_BUDGET_MS} ms: ${t.detectMs < PANE_BUDGET_MS && t.scoreMs < PANE_BUDGET_MS ? 'ok' : 'OVER'}` : ''),
  );
}

if (require.main === module) {
  benchPaneTimes()
    .then((times) => {
      for (const line of paneTimeLines(times)) console.log(line);
    })
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
