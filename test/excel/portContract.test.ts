/**
 * The port contract over the Excel host: ExcelPort driving the strict Office.js fake, each fake
 * loaded from the example .xlsx. Probes read notes, styles and widths from the fake's workbook.
 */
import { runPortContract } from '../contract/portContract';
import type { WorkbookPort } from '../../src/workbook/port';
import { FakeExcel } from '../fakes/office/excel';
import { fakeWorkbookFromXlsx } from '../fakes/office/fromXlsx';
import { ExcelPort } from '../../src/hosts/excel';
import { apiOf } from './helpers';

const hosts = new WeakMap<WorkbookPort, FakeExcel>();

function cellOf(port: WorkbookPort, sheet: string, address: string) {
  const host = hosts.get(port)!;
  const s = host.sheetByName(sheet);
  return { sheet: s, cell: s?.cells[address] };
}

runPortContract(
  'excel (Office.js fake)',
  async (xlsx) => {
    const host = new FakeExcel(await fakeWorkbookFromXlsx(xlsx));
    const port = new ExcelPort(apiOf(host));
    hosts.set(port, host);
    return port;
  },
  {
    probe: {
      async comment(port, sheet, address) {
        const at = cellOf(port, sheet, address).sheet;
        // a remark is a note, never a threaded comment; its author is its first line, as WPS writes it
        expect(at?.comments[address]).toBeUndefined();
        const c = at?.notes[address];
        if (!c) return null;
        const m = /^([^\n]*):\n([\s\S]*)$/.exec(c.content);
        return m ? { author: m[1], text: m[2] } : { author: null, text: c.content };
      },
      async style(port, sheet, address) {
        const { cell } = cellOf(port, sheet, address);
        if (!cell) return null;
        return { bold: !!cell.bold, wrap: !!cell.wrap, fill: cell.fill, numberFormat: cell.nf ?? 'General' };
      },
      async columnWidth(port, sheet, column) {
        const points = cellOf(port, sheet, 'A1').sheet?.columnWidths[String(column)];
        // Excel stores points; the plan speaks in characters of the default font (7 px + 5 px padding)
        return points === undefined ? null : Math.round(((points / 0.75 - 5) / 7) * 100) / 100;
      },
      async list(port, sheet, address) {
        const rule = cellOf(port, sheet, address).sheet?.validations?.[address];
        if (!rule) return null;
        // a drop-down, its choices as typed
        expect(rule.inCellDropDown).toBe(true);
        return rule.source.split(',');
      },
    },
  },
);
