/**
 * 运行监控 in Chromium over each host's strict fake holding examples/monitoring-2025.xlsx: 识别 finds no
 * scoring table but offers 运行监控; the form is read and its lights shown; a figure typed after the
 * preview refuses the write and names the cell; read again, written (lights as words and fills beside
 * the form, a 监控报告 sheet), then undone back to the workbook as it was; the year-end 自评表 is then
 * prepared on a new sheet and undone the same way.
 */
import * as path from 'path';
import type { FakeWorkbookData } from '../fakes/office/model';
import { ARTIFACTS, Browser, exampleWorkbook, openPane, PaneHost, PaneSite, sheet, typeInto, valuesOf, workbookState } from './pane';
import { withPane } from './bothPanes';

jest.setTimeout(300_000);

const FORM = '绩效运行监控表';

function plain(data: FakeWorkbookData): Record<string, Record<string, unknown>> {
  return Object.fromEntries(data.sheets.map((s) => [s.name, valuesOf(s)]));
}

async function monitorFlow(host: PaneHost, site: PaneSite, browser: Browser, screenshot: string): Promise<void> {
  const { page, errors, requests } = await openPane(browser.context, site, await exampleWorkbook('monitoring-2025.xlsx'));
  const state = () => workbookState(page, host);
  const before = await state();

  await page.getByRole('button', { name: '识别表格' }).click();
  await page.getByTestId('monitor-offer').click();
  await page.getByTestId('monitor-panel').waitFor();
  await page.getByRole('button', { name: '读取监控表' }).click();
  await page.getByTestId('monitor-lights').waitFor();
  // worked by hand in scripts/monitoringExample.ts: 96 ÷ 240 ÷ (7/12) = 68.57% → 黄灯; worst indicator 红灯
  await expect(page.getByTestId('monitor-funds').textContent()).resolves.toContain('黄灯');
  await expect(page.getByTestId('monitor-funds').textContent()).resolves.toContain('执行率为序时进度的68.57%');
  await expect(page.getByTestId('monitor-indicator-17').textContent()).resolves.toContain('红灯');
  await expect(page.getByTestId('monitor-indicator-15').textContent()).resolves.toContain('完成序时目标的60.00%');
  await expect(page.getByTestId('monitor-project').textContent()).resolves.toContain('红灯');
  await expect(page.getByTestId('monitor-findings').textContent()).resolves.toContain('检查提示（6）');
  // a preview writes nothing
  expect(plain(await state())).toEqual(plain(before));

  // the unit changes a figure after the preview: the write is refused and names the cell
  await typeInto(page, host, FORM, 'E15', '700人次');
  await page.getByTestId('monitor-write').click();
  const refused = page.getByTestId('monitor-conflicts');
  await refused.waitFor();
  await expect(refused.textContent()).resolves.toContain('E15');
  expect(sheet(await state(), FORM).cells.Q17?.v).toBeUndefined();
  await typeInto(page, host, FORM, 'E15', '420人次');

  await page.getByRole('button', { name: '读取监控表' }).click();
  await expect(page.getByTestId('monitor-conflicts').count()).resolves.toBe(0);
  const planned = /(\d+) 处修改/.exec((await page.getByTestId('monitor-plan').textContent()) ?? '')?.[1];
  expect(planned).toBeDefined();
  await page.getByTestId('monitor-write').click();
  // one count from preview to write to undo
  await page.getByText(`已写入 ${planned} 处。`, { exact: true }).waitFor();
  const after = await state();
  const form = sheet(after, FORM);
  expect([form.cells.Q12?.v, form.cells.Q6?.v, form.cells.Q17?.v, form.cells.Q17?.fill, form.cells.Q16?.v, form.cells.Q16?.fill]).toEqual(['预警灯', '黄灯', '红灯', '#F8CBAD', '蓝灯', '#BDD7EE']);
  expect(String(form.cells.R17?.v)).toBe('指标“问题整改完成时限”亮红灯（1-7月为18天，超过年度指标值15天），未填写偏差原因');
  expect(sheet(after, '监控报告').cells.A2?.v).toBe('社区科普惠民服务项目2025年1-7月绩效运行监控报告');
  // the form's own cells are as the unit left them
  expect(valuesOf(form)).toEqual(expect.objectContaining(valuesOf(sheet(before, FORM))));
  await page.screenshot({ path: path.join(ARTIFACTS, screenshot), fullPage: true });

  await page.getByTestId('monitor-undo').click();
  await page.getByText(`已撤销，${planned} 处修改已恢复原值。`, { exact: true }).waitFor();
  const restored = await state();
  expect(restored.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
  expect(plain(restored)).toEqual(plain(before));

  // the year-end 自评表 from the same reading, on a new sheet, and undone
  const carry = page.getByTestId('monitor-carry');
  await page.getByTestId('monitor-carry-write').click();
  await carry.getByText(/^已写入 \d+ 处。$/).waitFor();
  const carried = sheet(await state(), '项目支出绩效自评表');
  expect([carried.cells.A1?.v, carried.cells.C13?.v, carried.cells.D13?.v, carried.cells.E13?.v, carried.cells.D6?.v]).toEqual(['项目支出绩效自评表', '举办科普讲座场次', '≥24场', undefined, 240]);
  await page.getByTestId('monitor-carry-undo').click();
  await carry.getByText(/^已撤销，\d+ 处修改已恢复原值。$/).waitFor();
  expect(plain(await state())).toEqual(plain(before));

  expect(requests.filter((u) => !u.startsWith(site.url))).toEqual(host === 'excel' ? ['https://appsforoffice.microsoft.com/lib/1/hosted/office.js'] : []);
  expect(errors).toEqual([]);
  await page.close();
}

describe.each([
  ['excel', 'Excel pane over the Office.js fake', 'monitor.png'],
  ['wps', 'WPS pane over the ET fake', 'wps-monitor.png'],
] as const)('运行监控 in Chromium: %s', (host, title, screenshot) => {
  const pane = withPane(host);

  test(`${title}: offered after 识别, read, refused on a changed figure, written, undone; the year-end 自评表 written and undone`, async () => {
    await monitorFlow(host, pane.site, pane.browser, screenshot);
  });
});
