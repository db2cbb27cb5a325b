import * as fs from 'fs';
import { generatedTable } from '../fakes/office/generate';
import { launchChromium, openPane, type PaneSite } from './pane';
import { serveDir } from './serve';
import { clickToResult } from './paneSpeed';
import { FAKE_BUNDLE } from '../support/build';
jest.setTimeout(600_000);
test('baseline main', async () => {
  const dir = process.env.BASE_DIST!;
  const served = await serveDir(dir);
  const site: PaneSite = { host: 'excel', url: served.url, dir, fakeScript: fs.readFileSync(FAKE_BUNDLE, 'utf8'), close: served.close };
  const browser = await launchChromium();
  const scoreSel = process.env.SCORE_SEL ?? '[data-testid="plan"]';
  for (const n of [30, 1000]) {
    const d: number[] = [], s: number[] = [], fr: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = Date.now();
      const { page } = await openPane(browser.context, site, generatedTable(n));
      fr.push(await page.evaluate(() => performance.getEntriesByType('paint').find((p) => p.name === 'first-contentful-paint')?.startTime ?? -1));
      d.push(await clickToResult(page, '识别表格', 'section[aria-label="三级指标"]'));
      s.push(await clickToResult(page, '下一步：评分预览', scoreSel));
      const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
      await page.close();
      if (i === 4) console.log(JSON.stringify({ n, detect: d.map(Math.round), score: s.map(Math.round), fcp: fr.map(Math.round), nodes, open: Date.now() - t0 }));
    }
  }
  await browser.close();
  await served.close();
});
