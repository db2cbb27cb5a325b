/**
 * createPort, the pane's one way in: the host detectHost found is waited for and its port built over
 * the page's globals (here the strict fakes'); a host that never becomes ready is reported in Chinese.
 */
import { createPort, READY_TIMEOUT_MS } from '../../src/hosts/createPort';
import { detectHost } from '../../src/hosts/detectHost';
import { ExcelPort } from '../../src/hosts/excel';
import { WpsPort } from '../../src/hosts/wps';
import { emptyWorkbook, workbookFromRows } from '../fakes/office/model';
import { installGlobals, makeGlobals } from '../fakes/office/office';
import { installWps } from '../fakes/wps/install';

const book = () => workbookFromRows('w.xlsx', [{ name: '评分表', rows: [['指标', '分值'], ['甲', 2]] }]);

/** Office as office.js defines it, with onReady replaced. */
const officeWith = (onReady: () => Promise<unknown>) => ({ ...makeGlobals(emptyWorkbook()).Office, onReady });

describe('createPort', () => {
  test('Excel: once Office.onReady reports Excel, a port that reads the workbook through the page globals', async () => {
    const g: Record<string, unknown> = {};
    const host = installGlobals(g, book());
    expect(detectHost(g)).toBe('excel');
    const made = await createPort(detectHost(g), { globals: g });
    expect(made?.host).toBe('excel');
    expect(made?.port).toBeInstanceOf(ExcelPort);
    const snapshot = await made!.port.readSnapshot();
    expect(snapshot.sheets.map((s) => s.name)).toEqual(['评分表']);
    expect(snapshot.sheets[0].values).toEqual([
      ['指标', '分值'],
      ['甲', 2],
    ]);
    expect(host.syncCount).toBe(1);
  });

  test('WPS: a port over the ET application, as `Application` or through `wps.EtApplication()` of older builds', async () => {
    const g: Record<string, unknown> = {};
    installWps(g, book());
    const legacy: Record<string, unknown> = {};
    const old = installWps(legacy, book(), { globals: 'legacy' });
    // an older build: no Application, and `wps` holds no workbook of its own
    expect(legacy.Application).toBeUndefined();
    expect('ActiveWorkbook' in Object(old.root)).toBe(false);
    expect(typeof old.root.EtApplication).toBe('function');
    expect(detectHost(g)).toBe('wps');
    expect(detectHost(legacy)).toBe('wps');
    for (const globals of [g, legacy]) {
      const made = await createPort('wps', { globals });
      expect(made?.host).toBe('wps');
      expect(made?.port).toBeInstanceOf(WpsPort);
      expect((await made!.port.readSnapshot()).sheets.map((s) => s.name)).toEqual(['评分表']);
    }
  });

  test('no port where the host cannot serve: Office in Word, WPS without its application, no host', async () => {
    expect(await createPort('excel', { globals: { Office: officeWith(async () => ({ host: 'Word' })) } })).toBeNull();
    expect(await createPort('wps', { globals: { wps: {} } })).toBeNull();
    expect(await createPort('none', { globals: {} })).toBeNull();
  });

  describe('the time limit on Office.onReady', () => {
    beforeEach(() => jest.useFakeTimers());
    afterEach(() => jest.useRealTimers());

    test('onReady never fires: after the limit, and not before, a Chinese message says what to do', async () => {
      let settled = false;
      const made = createPort('excel', { globals: { Office: officeWith(() => new Promise(() => undefined)) } });
      made.then(
        () => (settled = true),
        () => (settled = true),
      );
      await jest.advanceTimersByTimeAsync(READY_TIMEOUT_MS - 1);
      expect(settled).toBe(false);
      await jest.advanceTimersByTimeAsync(1);
      expect(settled).toBe(true);
      await expect(made).rejects.toThrow('Excel 在 20 秒内没有就绪（Office.onReady 没有响应）：请关闭任务窗格后重新打开；仍不行时请重新启动 Excel。');
      await expect(made).rejects.toMatchObject({ name: 'ExcelHostError', code: 'HostNotReady' });
    });

    test('onReady answering in time: the port, and no timer left running', async () => {
      const g: Record<string, unknown> = {};
      installGlobals(g, book());
      const made = createPort('excel', { globals: g });
      await jest.advanceTimersByTimeAsync(1); // the fake answers on the next tick
      expect((await made)?.host).toBe('excel');
      expect(jest.getTimerCount()).toBe(0);
    });
  });
});
