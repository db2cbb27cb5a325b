/**
 * The fake must fail where Excel fails, or tests over it prove nothing.
 */
import { FakeExcel } from '../fakes/office/excel';
import { cellValue, workbookFromRows } from '../fakes/office/model';

function book() {
  return workbookFromRows('t.xlsx', [
    { name: '评分表', rows: [['指标', '得分'], ['甲', 1.5], ['乙', 2]] },
    { name: '基础数据', rows: [['项目', '数值']] },
    { name: '_perfscore', rows: [['k', 'v']], hidden: true },
  ]);
}

async function rejection(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await p;
  } catch (e) {
    return e as { code: string; message: string };
  }
  throw new Error('expected the batch to fail');
}

describe('strict Office.js fake', () => {
  test('reading a property before load and sync throws PropertyNotLoaded, with Excel’s wording', async () => {
    const host = new FakeExcel(book());
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem('评分表').getRange('A1:B3');
      expect(() => range.values).toThrow(
        `The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
      range.load('values');
      let caught: { code?: string } = {};
      try {
        void range.values; // loaded but not yet synced
      } catch (e) {
        caught = e as { code: string };
      }
      expect(caught.code).toBe('PropertyNotLoaded');
      await context.sync();
      expect(range.values).toEqual([['指标', '得分'], ['甲', 1.5], ['乙', 2]]);
      expect(() => range.formulas).toThrow(/'formulas' is not available/);
    });
    expect(host.syncCount).toBe(1);
  });

  test('numberFormat: PropertyNotLoaded until loaded and synced; formats written through range.numberFormat are kept', async () => {
    const host = new FakeExcel(book());
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('评分表');
      sheet.getRange('B2').numberFormat = [['0.00%']];
      const range = sheet.getRange('A1:B3');
      expect(() => range.numberFormat).toThrow(/'numberFormat' is not available/);
      range.load('numberFormat');
      let caught: { code?: string } = {};
      try {
        void range.numberFormat; // loaded but not yet synced
      } catch (e) {
        caught = e as { code: string };
      }
      expect(caught.code).toBe('PropertyNotLoaded');
      await context.sync();
      expect(range.numberFormat).toEqual([
        ['General', 'General'],
        ['General', '0.00%'],
        ['General', 'General'],
      ]);
    });
    expect(host.data.sheets[0].cells.B2).toEqual({ v: 1.5, nf: '0.00%' });
    expect(host.syncCount).toBe(1);
  });

  test('counts every sync, and Excel.run flushes pending commands with one more', async () => {
    const host = new FakeExcel(book());
    await host.run(async (context) => {
      await context.sync();
      await context.sync();
      context.workbook.worksheets.getItem('评分表').getRange('B2').values = [[3]];
    });
    expect(host.syncCount).toBe(3);
    expect(cellValue(host.data, '评分表', 'B2')).toBe(3);
  });

  test('getItem of a missing sheet fails at sync with ItemNotFound, not at the call', async () => {
    const host = new FakeExcel(book());
    const err = await rejection(
      host.run(async (context) => {
        const ws = context.workbook.worksheets.getItem('不存在');
        ws.load('name');
        await context.sync();
      }),
    );
    expect(err.code).toBe('ItemNotFound');
    expect(err.message).toBe("The requested resource doesn't exist.");
  });

  test('a values array of the wrong shape is refused with InvalidArgument, and the batch stops there', async () => {
    const host = new FakeExcel(book());
    const err = await rejection(
      host.run(async (context) => {
        const ws = context.workbook.worksheets.getItem('评分表');
        ws.getRange('B2').values = [[9]];
        ws.getRange('B2:B3').values = [[1, 2]];
        ws.getRange('A2').values = [['丙']];
        await context.sync();
      }),
    );
    expect(err.code).toBe('InvalidArgument');
    expect(err.message).toMatch(/doesn't match the size or dimensions of the range/);
    expect(cellValue(host.data, '评分表', 'B2')).toBe(9); // no rollback, as in Excel
    expect(cellValue(host.data, '评分表', 'A2')).toBe('甲');
  });

  test('null in an input array leaves the cell as it was; "" clears it', async () => {
    const host = new FakeExcel(book());
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('评分表').getRange('B2:B3').values = [[null], ['']];
      await context.sync();
    });
    expect(cellValue(host.data, '评分表', 'B2')).toBe(1.5);
    expect(cellValue(host.data, '评分表', 'B3')).toBeNull();
  });

  test('getNextOrNullObject runs past the last sheet into null objects; isNullObject needs a sync', async () => {
    const host = new FakeExcel(book());
    await host.run(async (context) => {
      const first = context.workbook.worksheets.getFirst();
      const chain = [first];
      for (let i = 0; i < 5; i++) chain.push(chain[chain.length - 1].getNextOrNullObject());
      chain.forEach((ws) => ws.load('name'));
      expect(() => chain[4].isNullObject).toThrow(/isNullObject/);
      await context.sync();
      expect(chain.map((ws) => ws.isNullObject)).toEqual([false, false, false, true, true, true]);
      expect(chain.slice(0, 3).map((ws) => ws.name)).toEqual(['评分表', '基础数据', '_perfscore']);
      expect(() => chain[3].name).toThrow(/not available/);
    });
  });

  test('comments need ExcelApi 1.10: older hosts answer ApiNotFound', async () => {
    const old = new FakeExcel(book(), { apiVersion: '1.9' });
    const err = await rejection(
      old.run(async (context) => {
        context.workbook.comments.add('评分表!B2', '说明');
        await context.sync();
      }),
    );
    expect(err.code).toBe('ApiNotFound');
    const current = new FakeExcel(book());
    await current.run(async (context) => {
      context.workbook.comments.add('评分表!B2', '说明');
      await context.sync();
    });
    expect(current.data.sheets[0].comments.B2.content).toBe('说明');
  });

  test('a request over 5 MB is refused', async () => {
    const host = new FakeExcel(book());
    const big = Array.from({ length: 3000 }, () => ['x'.repeat(2000)]);
    const err = await rejection(
      host.run(async (context) => {
        context.workbook.worksheets.getItem('基础数据').getRange('A1:A3000').values = big;
        await context.sync();
      }),
    );
    expect(err.code).toBe('RequestPayloadSizeLimitExceeded');
  });

  test('formulas calculate; an unknown function shows #NAME?; suspended calculation waits for the batch', async () => {
    const host = new FakeExcel(book());
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('评分表');
      context.application.suspendApiCalculationUntilNextSync();
      ws.getRange('B4:B5').formulas = [['=SUM(B2:B3)'], ['=PERF.ROUND(B2)']];
      const seen = ws.getRange('B4');
      seen.load('values');
      await context.sync();
      expect(seen.values).toEqual([['']]); // read inside the suspended batch: not yet calculated
      const after = ws.getRange('B4:B5');
      after.load('values,formulas');
      await context.sync();
      expect(after.values).toEqual([[3.5], ['#NAME?']]);
      expect(after.formulas).toEqual([['=SUM(B2:B3)'], ['=PERF.ROUND(B2)']]);
    });
    expect(host.suspendedSyncs).toBe(1);
  });

  test('Excel refuses to hide or delete the last visible sheet, and duplicate sheet names', async () => {
    const host = new FakeExcel(workbookFromRows('t.xlsx', [{ name: 'Sheet1', rows: [['a']] }]));
    expect((await rejection(host.run(async (c) => c.workbook.worksheets.getItem('Sheet1').delete()))).code).toBe('InvalidOperation');
    expect((await rejection(host.run(async (c) => void c.workbook.worksheets.add('sheet1')))).code).toBe('ItemAlreadyExists');
  });

  test('objects cannot be used after their Excel.run has finished', async () => {
    const host = new FakeExcel(book());
    let leaked: { load(p: string): unknown } | null = null;
    await host.run(async (context) => {
      leaked = context.workbook.worksheets.getItem('评分表');
    });
    expect(() => leaked!.load('name')).toThrow(/different request contexts/);
  });
});
