/**
 * A merged range that crosses the table's edge into the column where scores are written: the write
 * goes around it. The cell inside the range that is not its top-left one is not written (Excel keeps no
 * value there), the run says so by cell and range, and the rest of the plan lands. Exit 0, never an
 * internal error.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { runCli } from '../cli/runCli';
import { copyExample, sha256, tempFolder } from './tmpWorkspace';

const tmp = tempFolder('merged');
let input: string;
beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(copyExample(path.join(tmp, 'seed.xlsx')));
  const table = wb.getWorksheet('评分表')!;
  // the unit's self-score I10 merged across to K10, over the column the scores go into (J)
  table.mergeCells('I10:K10');
  // and a note below the table merged across its last row's edge
  table.mergeCells('H29:L31');
  input = path.join(tmp, '合并越界.xlsx');
  await wb.xlsx.writeFile(input);
});

test('score --out writes the copy around the merged range and names the cell left out', async () => {
  const before = sha256(input);
  const out = path.join(tmp, '副本.xlsx');
  const r = await runCli('score', input, '--out', out);
  expect(r.stderr).not.toContain('内部错误');
  expect(r.code).toBe(0);
  expect(r.stderr).toContain('评分表!J10');
  expect(r.stderr).toContain('I10:K10');
  expect(sha256(input)).toBe(before);

  const copy = new ExcelJS.Workbook();
  await copy.xlsx.readFile(out);
  const ws = copy.getWorksheet('评分表')!;
  // the unit's own I10 (its self-score, 3) is kept, the merge stays, J10 holds nothing of ours
  expect(ws.getCell('I10').value).toBe(3);
  expect(ws.getCell('J10').isMerged).toBe(true);
  expect(ws.getCell('J10').master.address).toBe('I10');
  // the leaves beside it are written as before: 政府采购执行情况 (row 9) checked, 预决算信息公开 (row 11) the unit's judgement
  expect(typeof ws.getCell('J9').value).toBe('number');
  expect(ws.getCell('J11').value).toBe('未核验');
  expect(fs.existsSync(out)).toBe(true);
});
