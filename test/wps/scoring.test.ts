/**
 * A full scoring run through WpsPort on examples/shenzhen-2024.xlsx: readSnapshot → analyse →
 * planScoreWrite → applyPlan, with plain values and with live formulas that the fake calculates
 * through the PERF.* functions registered with wps.AddCustomFunction. Seed 002's total is 96.88, but 11
 * of its leaves are the unit's judgements: our 系统评分 says 未核验 for them and 不完整 for the total. The
 * national example, every row computed or checked, has a total of ours (93.88) written as a SUM.
 */
import { analyse } from '../../src/workbook/analyse/analyse';
import { planScoreWrite } from '../../src/workbook/plan/planScores';
import type { Change } from '../../src/workbook/port';
import { registerWpsFunctions } from '../../src/hosts/wps/registerFunctions';
import { cellValue } from '../fakes/office/model';
import { exampleWorkbook, portOver } from './helpers';
import { wpsFunctionsMetadata } from './metadata';

type CellChange = Extract<Change, { kind: 'cell' }>;

async function run(formulas: boolean, file = 'shenzhen-2024.xlsx', total = '96.88') {
  const { port, wps } = portOver(await exampleWorkbook(file));
  registerWpsFunctions(wps.root as never, await wpsFunctionsMetadata());
  const snapshot = await port.readSnapshot();
  const sheets = snapshot.sheets.length;
  // one bulk Value2 and one bulk Formula read per sheet, never per cell
  expect(wps.host.stats.value2Reads).toBe(sheets);
  expect(wps.host.stats.formulaReads).toBe(sheets);
  const result = analyse(snapshot);
  if (!result.ok) throw new Error(result.message);
  expect(result.analysis.scored.total.toFixed(2)).toBe(total);
  const plan = planScoreWrite(result.analysis, { formulas });
  await port.applyPlan(plan);
  const cells = plan.changes.filter((c): c is CellChange => c.kind === 'cell');
  const writes = wps.host.stats.value2Writes + wps.host.stats.formulaWrites;
  expect(writes).toBeGreaterThan(0);
  expect(writes).toBeLessThan(cells.length);
  return { wps, plan, cells };
}

describe('scoring shenzhen-2024.xlsx through WpsPort', () => {
  test('with values: our scores and 未核验 / 不完整 land in the workbook, every planned cell as planned', async () => {
    const { wps, cells } = await run(false);
    expect(cellValue(wps.host.data, '评分表', 'J9')).toBe(1.89); // 政府采购执行情况, checked
    expect(cellValue(wps.host.data, '评分表', 'J5')).toBe('未核验'); // 预算编制合理性, the unit's judgement
    expect(cellValue(wps.host.data, '评分表', 'J29')).toBe('不完整');
    for (const c of cells) expect([c.sheet, c.address, cellValue(wps.host.data, c.sheet, c.address)]).toEqual([c.sheet, c.address, c.value === '' ? null : c.value]);
    expect(cellValue(wps.host.data, '评分表', 'I9')).toBe(1.89); // the unit's own score is untouched
  });

  test.each([
    ['shenzhen-2024.xlsx', '96.88', null],
    ['national-project.xlsx', '93.88', 93.88],
  ])('with formulas (%s): WPS calculates PERF.* and SUM to the same scores', async (file, engineTotal, sumTotal) => {
    const { wps, cells } = await run(true, file, engineTotal);
    const withFormula = cells.filter((c) => c.formula);
    expect(withFormula.some((c) => /PERF\./.test(c.formula!))).toBe(true);
    for (const c of withFormula) {
      expect(wps.host.sheet(c.sheet)!.cells[c.address.replace(/\$/g, '')].f).toBe(`=${c.formula!.replace(/^=/, '')}`);
      expect([c.address, c.formula, cellValue(wps.host.data, c.sheet, c.address)]).toEqual([c.address, c.formula, c.value]);
    }
    const sums = withFormula.filter((c) => /^=SUM\(/.test(c.formula!));
    if (sumTotal === null) expect(sums).toEqual([]); // no total of ours over the unit's judgements
    else expect(sums.map((c) => cellValue(wps.host.data, c.sheet, c.address))).toContain(sumTotal);
  });
});
