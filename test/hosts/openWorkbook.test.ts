/**
 * 打开示例工作簿 in Excel: Excel.createWorkbook (ExcelApi 1.8) through the strict fake, offered only
 * where the host supports the set; the fake itself rejects the call below 1.8 as Excel does.
 */
import { createPort } from '../../src/hosts/createPort';
import { installGlobals } from '../fakes/office/office';
import { emptyWorkbook } from '../fakes/office/model';
import { installWps } from '../fakes/wps/install';

const XLSX_BASE64 = 'UEsDBBQAAAAIAA=='; // the first bytes of any .xlsx (a zip): "PK\x03\x04…"

describe('opening a workbook from the pane', () => {
  test('ExcelApi 1.8: the port comes with openWorkbook, and the workbook handed in is opened', async () => {
    const g: Record<string, unknown> = {};
    const host = installGlobals(g, emptyWorkbook(), { apiVersion: '1.8' });
    const made = await createPort('excel', { globals: g });
    expect(made?.openWorkbook).not.toBeNull();
    await made!.openWorkbook!(XLSX_BASE64);
    expect(host.created).toEqual([XLSX_BASE64]);
  });

  test('ExcelApi 1.7: no openWorkbook is offered, and the host itself refuses createWorkbook with ApiNotFound', async () => {
    const g: Record<string, unknown> = {};
    const host = installGlobals(g, emptyWorkbook(), { apiVersion: '1.7' });
    const made = await createPort('excel', { globals: g });
    expect(made?.port).toBeDefined();
    expect(made?.openWorkbook).toBeNull();
    const excel = g.Excel as { createWorkbook(b: string): Promise<void> };
    await expect(excel.createWorkbook(XLSX_BASE64)).rejects.toMatchObject({ code: 'ApiNotFound' });
    expect(host.created).toEqual([]);
  });

  test('WPS: no documented way to open a file held in memory, so none is offered (the pane offers a download)', async () => {
    const g: Record<string, unknown> = {};
    installWps(g, emptyWorkbook());
    const made = await createPort('wps', { globals: g });
    expect(made?.host).toBe('wps');
    expect(made?.openWorkbook).toBeNull();
  });
});
