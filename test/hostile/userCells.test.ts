import { analyse } from '../../src/workbook/analyse/analyse';
import { applyToSnapshot } from '../../src/workbook/plan/applyToSnapshot';
import { planScoreWrite } from '../../src/workbook/plan/planScores';
import { parseA1 } from '../../src/workbook/read/address';
import { readSettings, SETTINGS_SHEET } from '../../src/workbook/read/settings';
import type { CellValue, Change, WorkbookSnapshot, WritePlan } from '../../src/workbook/port';
import { shenzhenSnapshot } from '../workbook/fixtures';

/**
 * What the unit typed is never overwritten, whatever its header says. Which cells are ours is recorded
 * in the settings sheet when we write them, with what we wrote; a later run writes over a cell only while
 * it still holds that, and lists a cell changed since as an edit the user must confirm.
 *
 * Seed 002 with self-scores (固定资产利用率 typed 0.70, computed 1; 总分 typed 96.58): a first run puts
 * 系统评分 in J (J34 = 1, J66 = 96.88) and 检查提示 in K (K34 names the 0.70 against 1.00), and a
 * 检查结果 sheet of the findings in A–E.
 */

type CellChange = Extract<Change, { kind: 'cell' }>;

function plan(snapshot: WorkbookSnapshot, overwriteEdited = false): WritePlan {
  const r = analyse(snapshot);
  if (!r.ok) throw new Error(r.message);
  return planScoreWrite(r.analysis, { formulas: false, ...(overwriteEdited ? { overwriteEdited } : {}) });
}

function cells(p: WritePlan, sheet: string): CellChange[] {
  return p.changes.filter((c): c is CellChange => c.kind === 'cell' && c.sheet === sheet);
}

function at(snapshot: WorkbookSnapshot, sheet: string, address: string): CellValue {
  const pos = parseA1(address)!;
  return snapshot.sheets.find((s) => s.name === sheet)?.values[pos.row]?.[pos.col] ?? null;
}

function set(snapshot: WorkbookSnapshot, sheet: string, address: string, value: CellValue): WorkbookSnapshot {
  const pos = parseA1(address)!;
  const s = snapshot.sheets.find((x) => x.name === sheet)!;
  while (s.values.length <= pos.row) s.values.push([]);
  while (s.values[pos.row].length <= pos.col) s.values[pos.row].push(null);
  s.values[pos.row][pos.col] = value;
  return snapshot;
}

const selfScored = () => shenzhenSnapshot({ 固定资产利用率: 0.7, 总分: 96.58 });

/** The workbook after a first run's plan is written. */
function written(): WorkbookSnapshot {
  const first = selfScored();
  return applyToSnapshot(first, plan(first));
}

describe('a column the unit headed 系统评分 or 检查提示 itself is the unit’s', () => {
  test.each(['系统评分', '检查提示'])('its own %s column J keeps every value; ours go to free columns', (header) => {
    const snap = selfScored();
    set(snap, '评分表', 'J3', header);
    set(snap, '评分表', 'J34', '单位自填：已核实');
    set(snap, '评分表', 'J66', 88);
    const p = plan(snap);
    expect(cells(p, '评分表').filter((c) => c.address.startsWith('J'))).toEqual([]);
    const after = applyToSnapshot(snap, p);
    expect(at(after, '评分表', 'J34')).toBe('单位自填：已核实');
    expect(at(after, '评分表', 'J66')).toBe(88);
    // ours beside it, in K and L: the computed 1 for 固定资产利用率 and the note on its 0.70
    expect(at(after, '评分表', 'K3')).toBe('系统评分');
    expect(at(after, '评分表', 'K34')).toBe(1);
    expect(at(after, '评分表', 'L3')).toBe('得分说明');
    expect(at(after, '评分表', 'M3')).toBe('检查提示');
    expect(String(at(after, '评分表', 'M34'))).toContain('0.70');
  });
});

describe('cells we wrote and the user changed since', () => {
  test('the first run records each cell it wrote, with what it wrote', () => {
    const owned = readSettings(written()).ownedCells;
    expect(owned['评分表!J34']).toBeDefined();
    expect(owned['评分表!K34']).toBeDefined();
    expect(owned['检查结果!A1']).toBeDefined();
    expect(owned['评分表!I34']).toBeUndefined(); // the unit's own score cell is never ours
  });

  test('a run over an unchanged workbook changes nothing and asks nothing', () => {
    const p = plan(written());
    expect(p.edited ?? []).toEqual([]);
    expect(cells(p, '评分表')).toEqual([]);
  });

  test('a hand edit of our 系统评分 J34 is kept and listed for confirmation; confirmed, it is overwritten', () => {
    const snap = set(written(), '评分表', 'J34', 0.9);
    const p = plan(snap);
    expect(cells(p, '评分表').find((c) => c.address === 'J34')).toBeUndefined();
    expect(at(applyToSnapshot(snap, p), '评分表', 'J34')).toBe(0.9);
    expect(p.edited).toContainEqual(expect.objectContaining({ sheet: '评分表', address: 'J34', found: { value: 0.9, formula: null } }));
    const confirmed = plan(snap, true);
    expect(cells(confirmed, '评分表').find((c) => c.address === 'J34')).toMatchObject({ value: 1, previous: { value: 0.9 } });
    expect(confirmed.edited ?? []).toEqual([]);
  });

  test.each([
    ['a reply typed in 检查提示 over our note, and one in an empty row of it', '评分表', 'K34', '已说明：按上年口径填报', 'K10', '单位备注'],
    ['a note on the 检查结果 sheet over one of our cells, and one beside them', '检查结果', 'E4', '单位回复：数据已更正', 'F4', '已整改'],
  ])('%s: both kept, the one over ours listed', (_what, sheetName, overOurs, reply, beside, note) => {
    const snap = written();
    set(snap, sheetName, overOurs, reply);
    set(snap, sheetName, beside, note);
    const p = plan(snap);
    const after = applyToSnapshot(snap, p);
    expect(at(after, sheetName, overOurs)).toBe(reply);
    expect(at(after, sheetName, beside)).toBe(note);
    expect(p.edited?.map((e) => `${e.sheet}!${e.address}`)).toContain(`${sheetName}!${overOurs}`);
  });
});

describe('a workbook written before cells were recorded (columns recorded, no cells)', () => {
  /** The first run's workbook with the settings rows that record cells taken out. */
  function legacy(): WorkbookSnapshot {
    const snap = written();
    const settings = snap.sheets.find((s) => s.name === SETTINGS_SHEET)!;
    settings.values = settings.values.filter((r) => r[0] !== 'ownedCell');
    return snap;
  }

  test('cells holding what the run would write are taken as ours, and recorded now', () => {
    const snap = legacy();
    expect(readSettings(snap).ownedCells).toEqual({});
    const p = plan(snap);
    expect(p.edited ?? []).toEqual([]);
    const owned = readSettings(applyToSnapshot(snap, p)).ownedCells;
    expect(owned['评分表!J34']).toBeDefined();
  });

  test('a cell of our column holding anything else is the user’s until confirmed', () => {
    const snap = set(legacy(), '评分表', 'J34', 0.9);
    set(snap, '评分表', 'K10', '单位备注');
    const p = plan(snap);
    const after = applyToSnapshot(snap, p);
    expect(at(after, '评分表', 'J34')).toBe(0.9);
    expect(at(after, '评分表', 'K10')).toBe('单位备注');
    expect(p.edited?.map((e) => e.address)).toEqual(expect.arrayContaining(['J34']));
  });
});

describe('perfscore score --out over a copy scored before', () => {
  const fs = require('fs') as typeof import('fs');
  const os = require('os') as typeof import('os');
  const path = require('path') as typeof import('path');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'perfscore-owned-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  async function cli(...argv: string[]): Promise<{ code: number; stdout: string }> {
    const { main } = await import('../../src/cli/main');
    let stdout = '';
    const code = await main(argv, { stdout: (t) => void (stdout += t), stderr: () => undefined });
    return { code, stdout };
  }

  test('a score corrected by hand in our column survives the next run, and the run says so', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const first = path.join(tmp, 'first.xlsx');
    expect((await cli('score', 'examples/shenzhen-2024.xlsx', '--out', first)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(first);
    const ws = wb.worksheets[0];
    // the first leaf row with a score of ours: the column headed 系统评分
    let col = 0;
    ws.eachRow((row) => row.eachCell((cell, c) => void (cell.value === '系统评分' && (col = c))));
    expect(col).toBeGreaterThan(0);
    let edited = '';
    ws.eachRow((row, r) => {
      if (!edited && typeof row.getCell(col).value === 'number') {
        row.getCell(col).value = 0.5;
        edited = `${ws.getColumn(col).letter}${r}`;
      }
    });
    const handEdited = path.join(tmp, 'edited.xlsx');
    await wb.xlsx.writeFile(handEdited);
    const second = path.join(tmp, 'second.xlsx');
    const r = await cli('score', handEdited, '--out', second);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('有 1 个单元格保留了用户填写的内容');
    expect(r.stdout).toContain(`${ws.name}!${edited}：保留 “0.5”`);
    const again = new ExcelJS.Workbook();
    await again.xlsx.readFile(second);
    expect(again.worksheets[0].getCell(edited).value).toBe(0.5);
  });
});

test('a formula of ours that the pane rewrote as its value (#NAME? fallback) is still ours', () => {
  const first = selfScored();
  const r = analyse(first);
  if (!r.ok) throw new Error(r.message);
  const p = planScoreWrite(r.analysis, { formulas: true });
  const formulaCell = cells(p, '评分表').find((c) => c.formula && c.address.startsWith('J'))!;
  expect(formulaCell).toBeDefined();
  const snap = applyToSnapshot(first, p);
  // what the pane does when Excel shows #NAME?: the value instead of the formula
  const s = snap.sheets.find((x) => x.name === '评分表')!;
  const pos = parseA1(formulaCell.address)!;
  s.formulas![pos.row][pos.col] = null;
  const r2 = analyse(snap);
  if (!r2.ok) throw new Error(r2.message);
  const again = planScoreWrite(r2.analysis, { formulas: true });
  expect(again.edited ?? []).toEqual([]);
  expect(cells(again, '评分表').find((c) => c.address === formulaCell.address)).toMatchObject({ formula: formulaCell.formula });
});
