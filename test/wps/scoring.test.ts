/**
 * A full scoring run through WpsPort on examples/shenzhen-2024.xlsx: readSnapshot → analyse →
 * planScoreWrite → applyPlan, with plain values and with live formulas that the fake calculates
 * through the PERF.* functions registered with wps.AddCustomFunction. Seed 002's total is 96.88.
 */
import { analyse } from '../../src/workbook/analyse/analyse';
import { planScoreWrite } from '../../src/workbook/plan/planScores';
import type { Change } from '../../src/workbook/port';
import { registerWpsFunctions } from '../../src/hosts/wps/registerFunctions';
import { cellValue } from '../fakes/office/model';
import { exampleWorkbook, portOver } from './helpers';
import { wpsFunctionsMetadata } from './metadata';

type CellChange = Extract<Change, { kind: 'cell' }>;

async function run(formulas: boolean) {
  const { port, wps } = portOver(await exampleWorkbook('shenzhen-2024.xlsx'));
  registerWpsFunctions(wps.root as never, await wpsFunctionsMetadata());
  const snapshot = await port.readSnapshot();
  const sheets = snapshot.sheets.length;
  // one bulk Value2 and one bulk Formula read per sheet, never per cell
  expect(wps.host.stats.value2Reads).toBe(sheets);
  expect(wps.host.stats.formulaReads).toBe(sheets);
  const result = analyse(snapshot);
  if (!result.ok) throw new Error(result.message);
  expect(result.analysis.scored.total.toFixed(2)).toBe('96.88');
  const plan = planScoreWrite(result.analysis, { formulas });
  await port.applyPlan(plan);
  const cells = plan.changes.filter((c): c is CellChange => c.kind === 'cell');
  const writes = wps.host.stats.value2Writes + wps.host.stats.formulaWrites;
  expect(writes).toBeGreaterThan(0);
  expect(writes).toBeLessThan(cells.length);
  return { wps, plan, cells };
}

describe('scoring shenzhen-2024.xlsx through WpsPort', () => {
  test('with values: the total 96.88 lands in the workbook, every planned cell as planned', async () => {
    const { wps, cells } = await run(false);
    const total = cells.filter((c) => c.value === 96.88);
    expect(total.length).toBeGreaterThan(0);
    for (const c of total) expect(cellValue(wps.host.data, c.sheet, c.address)).toBe(96.88);
    for (const c of cells) expect([c.sheet, c.address, cellValue(wps.host.data, c.sheet, c.address)]).toEqual([c.sheet, c.address, c.value === '' ? null : c.value]);
    expect(cellValue(wps.host.data, '评分表', 'I9')).toBe(1.89); // the unit's own score is untouched
  });

  test('with formulas: WPS calculates PERF.* and SUM to the same scores, total 96.88', async () => {
    const { wps, cells } = await run(true);
    const withFormula = cells.filter((c) => c.formula);
    expect(withFormula.some((c) => /PERF\./.test(c.formula!))).toBe(true);
    for (const c of withFormula) {
      expect(wps.host.sheet(c.sheet)!.cells[c.address.replace(/\$/g, '')].f).toBe(`=${c.formula!.replace(/^=/, '')}`);
      expect([c.address, c.formula, cellValue(wps.host.data, c.sheet, c.address)]).toEqual([c.address, c.formula, c.value]);
    }
    const total = withFormula.filter((c) => c.value === 96.88);
    expect(total.length).toBeGreaterThan(0);
    for (const c of total) expect(cellValue(wps.host.data, c.sheet, c.address)).toBe(96.88);
  });
});
