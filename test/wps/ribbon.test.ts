/**
 * The ribbon callbacks over the fake root: registration reported in PluginStorage, the pane toggled
 * by the ID kept there, and a pane WPS no longer knows replaced by a new one.
 */
import { BUTTON_ID, createRibbon, FUNCTIONS_KEY, WpsRoot } from '../../src/hosts/wps/ribbon';
import { PANE_KEY, paneUrl } from '../../src/hosts/wps/taskPane';
import { workbookFromRows } from '../fakes/office/model';
import { makeWps } from '../fakes/wps/install';
import { wpsFunctionsMetadata } from './metadata';

const PAGE = 'http://127.0.0.1:3889/index.html?v=1';

function setup(build?: string) {
  const wps = makeWps(workbookFromRows('Book1.xlsx', [{ name: 'Sheet1', rows: [[1]] }]), build ? { build } : {});
  return { wps, root: wps.root as unknown as WpsRoot };
}

test('the pane address sits beside the add-in page', () => {
  expect(paneUrl(PAGE)).toBe('http://127.0.0.1:3889/taskpane.html');
  expect(paneUrl('file:///C:/jsaddons/perfscore_1.0.0/index.html#x')).toBe('file:///C:/jsaddons/perfscore_1.0.0/taskpane.html');
});

test('registration is reported in PluginStorage; the button toggles one pane', async () => {
  const { wps, root } = setup();
  const ribbon = createRibbon(root, PAGE, await wpsFunctionsMetadata());
  expect(ribbon.OnAddinLoad({})).toBe(true);
  expect(JSON.parse(wps.addon.PluginStorage.getItem(FUNCTIONS_KEY)!).available).toBe(true);
  expect(ribbon.GetImage({ Id: BUTTON_ID })).toBe('images/perfscore-32.png');
  ribbon.OnAction({ Id: BUTTON_ID });
  ribbon.OnAction({ Id: BUTTON_ID });
  expect(wps.addon.panes.map((p) => [p.ID, p.url, p.Visible])).toEqual([[1, 'http://127.0.0.1:3889/taskpane.html', false]]);
  expect(wps.addon.PluginStorage.getItem(PANE_KEY)).toBe('1');
  ribbon.OnAction({ Id: 'someoneElse' });
  expect(wps.addon.panes).toHaveLength(1);
  // a pane deleted behind our back: a fresh one is created and its ID kept
  wps.addon.panes[0].Delete();
  ribbon.OnAction({ Id: BUTTON_ID });
  expect(wps.addon.panes.map((p) => p.Visible)).toEqual([false, true]);
  expect(wps.addon.PluginStorage.getItem(PANE_KEY)).toBe('2');
});

test('an older build: functions reported unavailable, the task pane still opens', async () => {
  const { wps, root } = setup('12.1.0.18276');
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  const ribbon = createRibbon(root, PAGE, await wpsFunctionsMetadata());
  expect(warn).toHaveBeenCalledWith(expect.stringContaining('12.1.0.20540'));
  warn.mockRestore();
  const stored = JSON.parse(wps.addon.PluginStorage.getItem(FUNCTIONS_KEY)!);
  expect(stored).toMatchObject({ available: false, registered: [] });
  ribbon.OnAction({ Id: BUTTON_ID });
  expect(wps.addon.panes.map((p) => p.Visible)).toEqual([true]);
});
