import * as fs from 'fs';
import * as path from 'path';
import { fixed } from '../../../src/engine/decimal';
import type { CellValue, WorkbookSnapshot } from '../../../src/workbook/port';
import { monitorWorkbook } from '../../../src/workbook/monitor';

/** Published monitoring forms (test/fixtures/real-monitoring), read as a user's workbook is, against their hand-worked truth. */

const DIR = path.resolve(__dirname, '../../fixtures/real-monitoring');
const FILES = fs.readdirSync(DIR).filter((f) => f.endsWith('.json'));

interface Fixture {
  source: string;
  sheet: { name: string; rows: CellValue[][] };
  truth: {
    month: number;
    monthSource: string;
    year: string | null;
    projectName: string;
    department: string;
    funds: { budgetColumn: string; budget: string; executed: string; ratioPercent: string; light: string };
    indicators: { row: number; name: string; light: string | null; likelihood: string | null }[];
    projectLight: string | null;
    mustFlag: { code: string; cell: string }[];
    mustNotFlag: { cell: string }[];
  };
}

test('the corpus holds at least one published form, each with its source', () => {
  expect(FILES.length).toBeGreaterThan(0);
  for (const f of FILES) expect((JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8')) as Fixture).source).toMatch(/^https?:\/\//);
});

describe.each(FILES)('%s', (file) => {
  const fx = JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8')) as Fixture;
  const snapshot: WorkbookSnapshot = { sheets: [{ name: fx.sheet.name, values: fx.sheet.rows }] };
  const run = monitorWorkbook(snapshot);

  test('the form is found, with its month, year, project and department', () => {
    expect(run.ok).toBe(true);
    if (!run.ok) return;
    const f = run.result.form;
    expect([f.month, f.monthSource, f.year, f.projectName, f.department]).toEqual([fx.truth.month, fx.truth.monthSource, fx.truth.year, fx.truth.projectName, fx.truth.department]);
  });

  test('the funds light as worked by hand', () => {
    if (!run.ok) throw new Error(run.message);
    const funds = run.result.funds!;
    expect([funds.budgetColumn, fixed(funds.budget!), fixed(funds.executed!), fixed(funds.light!.ratio.times(100)), funds.light!.light]).toEqual([
      fx.truth.funds.budgetColumn,
      fx.truth.funds.budget,
      fx.truth.funds.executed,
      fx.truth.funds.ratioPercent,
      fx.truth.funds.light,
    ]);
  });

  test('each indicator row, its light and likelihood; the project light', () => {
    if (!run.ok) throw new Error(run.message);
    expect(run.result.indicators.map((o) => ({ row: o.row.row + 1, name: o.row.name, light: o.light, likelihood: o.row.likelihood }))).toEqual(fx.truth.indicators.map(({ row, name, light, likelihood }) => ({ row, name, light, likelihood })));
    expect(run.result.projectLight).toBe(fx.truth.projectLight);
  });

  test('the findings a careful reader makes, and none where the form is right', () => {
    if (!run.ok) throw new Error(run.message);
    const found = run.result.findings.map((f) => `${f.code} ${f.address}`);
    for (const m of fx.truth.mustFlag) expect(found).toContain(`${m.code} ${m.cell}`);
    for (const m of fx.truth.mustNotFlag) expect(run.result.findings.filter((f) => f.address === m.cell)).toEqual([]);
  });
});
