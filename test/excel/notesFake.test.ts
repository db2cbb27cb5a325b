/**
 * Notes and threaded comments in the strict Office.js fake: two collections, as Excel documents them
 * (Workbook.notes / Worksheet.notes from ExcelApi 1.18, Workbook.comments from 1.10), failing where
 * Excel fails.
 */
import { FakeExcel } from '../fakes/office/excel';
import { workbookFromRows } from '../fakes/office/model';

function book() {
  return workbookFromRows('t.xlsx', [{ name: '评分表', rows: [['指标', '得分'], ['甲', 1.5], ['乙', 2]] }]);
}

async function failure(host: FakeExcel, batch: Parameters<FakeExcel['run']>[0]): Promise<string> {
  try {
    await host.run(batch);
  } catch (e) {
    return (e as { code: string }).code;
  }
  throw new Error('expected the batch to fail');
}

describe('notes and threaded comments in the Office.js fake', () => {
  test('notes need ExcelApi 1.18: a host with threaded comments only answers ApiNotFound', async () => {
    const old = new FakeExcel(book(), { apiVersion: '1.17' });
    expect(await failure(old, async (context) => void context.workbook.notes.add('评分表!B2', '说明'))).toBe('ApiNotFound');
    expect(old.data.sheets[0].notes).toEqual({});
  });

  test('a note lands in the notes, not the comments; its content is readable only after load and sync', async () => {
    const host = new FakeExcel(book(), { user: '王审核' });
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('评分表');
      sheet.notes.add('B2', '说明');
      await context.sync();
      const note = sheet.notes.getItem('B2');
      expect(() => note.content).toThrow(/not available/);
      note.load('content');
      await context.sync();
      expect(note.content).toBe('说明');
    });
    expect(host.data.sheets[0].notes).toEqual({ B2: { content: '说明', author: '王审核' } });
    expect(host.data.sheets[0].comments).toEqual({});
  });

  test('getItemOrNullObject tells a cell without a note only after sync; getItem on it fails the batch', async () => {
    const host = new FakeExcel(book());
    host.data.sheets[0].notes.B2 = { content: '旧', author: 'x' };
    await host.run(async (context) => {
      const notes = context.workbook.worksheets.getItem('评分表').notes;
      const there = notes.getItemOrNullObject('B2');
      const none = notes.getItemOrNullObject('B3');
      expect(() => none.isNullObject).toThrow(/not available/);
      await context.sync();
      expect([there.isNullObject, none.isNullObject]).toEqual([false, true]);
    });
    expect(await failure(host, async (context) => void context.workbook.worksheets.getItem('评分表').notes.getItem('B3'))).toBe('ItemNotFound');
  });

  test('a cell holds a note or a threaded comment, never both; one note per cell; one cell per note', async () => {
    const host = new FakeExcel(book());
    host.data.sheets[0].notes.B2 = { content: '备注', author: 'x' };
    host.data.sheets[0].comments.B3 = { content: '批注', author: 'x' };
    expect(await failure(host, async (context) => void context.workbook.comments.add('评分表!B2', '新'))).toBe('InvalidArgument');
    expect(await failure(host, async (context) => void context.workbook.notes.add('评分表!B3', '新'))).toBe('InvalidArgument');
    expect(await failure(host, async (context) => void context.workbook.notes.add('评分表!B2', '新'))).toBe('InvalidArgument');
    expect(await failure(host, async (context) => void context.workbook.notes.add(context.workbook.worksheets.getItem('评分表').getRange('A1:B1'), '新'))).toBe(
      'InvalidArgument',
    );
    expect(host.data.sheets[0].notes).toEqual({ B2: { content: '备注', author: 'x' } });
    expect(host.data.sheets[0].comments).toEqual({ B3: { content: '批注', author: 'x' } });
  });

  test('a threaded comment is found by its cell through items and getLocation(), two trips', async () => {
    const host = new FakeExcel(book());
    host.data.sheets[0].comments.B3 = { content: '批注', author: 'x' };
    await host.run(async (context) => {
      const list = context.workbook.worksheets.getItem('评分表').comments;
      list.load('items/content');
      expect(() => list.items).toThrow(/not available/);
      await context.sync();
      const where = list.items.map((c) => c.getLocation().load('address'));
      await context.sync();
      expect(list.items.map((c) => c.content)).toEqual(['批注']);
      expect(where.map((r) => r.address)).toEqual(['评分表!B3']);
    });
  });
});
