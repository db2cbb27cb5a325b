/**
 * Excel converts text written through Range.values as if typed ("2025-03-01" becomes a date serial,
 * "12%" 0.12, "007" 7, "TRUE" a boolean) unless the cell is formatted as Text or the text starts with
 * an apostrophe. The fake does the same, so a plan's text (review dates, codes) that Excel would
 * convert fails here; the Excel adapter writes such text with the apostrophe and it stays text.
 */
import { FakeExcel } from '../fakes/office/excel';
import { cellValue, workbookFromRows } from '../fakes/office/model';
import { ExcelPort } from '../../src/hosts/excel';
import { apiOf } from './helpers';

const TEXTS = ['2025-03-01', '2025/3/1', '12%', '98.70%', '007', '1.50', 'TRUE', 'false', '-4.32', "'引号"];
const book = () => workbookFromRows('t.xlsx', [{ name: 'S', rows: [] }]);

describe('text written to Excel', () => {
  test('the fake converts it as Excel does, keeps it in a Text cell, and drops the apostrophe', async () => {
    const host = new FakeExcel(book());
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      sheet.getRange('A1:J1').values = [TEXTS];
      sheet.getRange('A2:B2').numberFormat = [['@', '@']];
      sheet.getRange('A2:B2').values = [['2025-03-01', '007']];
      sheet.getRange('A3').values = [["'2025-03-01"]];
      await context.sync();
    });
    // 2025-03-01 is day 45717 counted from 1899-12-30
    expect(TEXTS.map((_, i) => cellValue(host.data, 'S', `${'ABCDEFGHIJ'[i]}1`))).toEqual([45717, 45717, 0.12, 0.987, 7, 1.5, true, false, -4.32, '引号']);
    expect(host.data.sheets[0].cells.A1.nf).toBe('yyyy/m/d');
    expect(host.data.sheets[0].cells.C1.nf).toBe('0%');
    expect([cellValue(host.data, 'S', 'A2'), cellValue(host.data, 'S', 'B2'), cellValue(host.data, 'S', 'A3')]).toEqual(['2025-03-01', '007', '2025-03-01']);
  });

  test('a plan’s text lands as text through the Excel adapter', async () => {
    const host = new FakeExcel(book());
    const port = new ExcelPort(apiOf(host));
    await port.applyPlan({
      title: 't',
      changes: TEXTS.map((text, i) => ({ kind: 'cell' as const, sheet: 'S', address: `${'ABCDEFGHIJ'[i]}1`, value: text, previous: { value: null, formula: null } })),
    });
    expect(TEXTS.map((_, i) => cellValue(host.data, 'S', `${'ABCDEFGHIJ'[i]}1`))).toEqual(TEXTS);
    // numbers stay numbers
    await port.applyPlan({ title: 't', changes: [{ kind: 'cell', sheet: 'S', address: 'A2', value: 1.89, previous: { value: null, formula: null } }] });
    expect(cellValue(host.data, 'S', 'A2')).toBe(1.89);
  });
});
