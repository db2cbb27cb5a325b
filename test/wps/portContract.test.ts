/**
 * The port contract over the WPS host: WpsPort driving the strict ET fake, loaded from the example
 * .xlsx. Run twice: members as methods with one-row reads flattened, and members as properties with
 * two-dimensional reads, the two ways WPS builds differ.
 */
import { runPortContract } from '../contract/portContract';
import type { WorkbookPort } from '../../src/workbook/port';
import { fakeWorkbookFromXlsx } from '../fakes/office/fromXlsx';
import type { FakeEtOptions } from '../fakes/wps/et';
import type { FakeWps } from '../fakes/wps/install';
import { portOver } from './helpers';

const fakes = new WeakMap<WorkbookPort, FakeWps>();

function sheetOf(port: WorkbookPort, name: string) {
  return fakes.get(port)!.host.sheet(name);
}

function run(label: string, options: FakeEtOptions): void {
  runPortContract(
    `wps (ET fake, ${label})`,
    async (xlsx) => {
      const { port, wps } = portOver(await fakeWorkbookFromXlsx(xlsx), options);
      fakes.set(port, wps);
      return port;
    },
    {
      probe: {
        async comment(port, sheet, address) {
          const c = sheetOf(port, sheet)?.notes[address];
          if (!c) return null;
          // a legacy comment is plain text: the port writes the author as its first line
          const m = /^([^\n]*):\n([\s\S]*)$/.exec(c.content);
          return m ? { author: m[1], text: m[2] } : { author: null, text: c.content };
        },
        async style(port, sheet, address) {
          const cell = sheetOf(port, sheet)?.cells[address];
          if (!cell) return null;
          return { bold: !!cell.bold, wrap: !!cell.wrap, fill: cell.fill, numberFormat: cell.nf ?? 'General' };
        },
        async columnWidth(port, sheet, column) {
          const points = sheetOf(port, sheet)?.columnWidths[String(column)];
          // the fake stores points at 5.25 per character; WPS's ColumnWidth is in characters
          return points === undefined ? null : Math.round((points / 5.25) * 100) / 100;
        },
        async list(port, sheet, address) {
          const rule = sheetOf(port, sheet)?.validations?.[address];
          if (!rule) return null;
          // a drop-down, its choices as typed
          expect(rule.inCellDropDown).toBe(true);
          return rule.source.split(',');
        },
      },
    },
  );
}

run('members as methods, one-row reads flattened', { memberStyle: 'method', oneRow: '1d' });
run('members as properties, two-dimensional reads', { memberStyle: 'property', oneRow: '2d' });
