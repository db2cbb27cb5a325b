/**
 * A review batch of 300 files, 30 of them bad (not a zip, truncated, empty, an old .xls renamed, a
 * stray value at XFD1048576 among the good ones): every file is listed, the bad ones with their
 * reason, and no input changes (hashes compared before and after).
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { runCli } from '../cli/runCli';
import { copyExample, sha256, tempFolder } from './tmpWorkspace';

jest.setTimeout(300_000);

const tmp = tempFolder('batch');
const dir = path.join(tmp, '单位');
const name = (i: number) => path.join(dir, `${String(i).padStart(3, '0')}.xlsx`);

beforeAll(async () => {
  fs.mkdirSync(dir);
  const good = copyExample(path.join(tmp, 'good.xlsx'));
  const bytes = fs.readFileSync(good);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(good);
  wb.getWorksheet('评分表')!.getCell('XFD1048576').value = '远处的一格';
  const far = Buffer.from(await wb.xlsx.writeBuffer());
  const bad = [
    () => Buffer.from('not a workbook at all'),
    () => bytes.subarray(0, Math.floor(bytes.length / 2)),
    () => Buffer.alloc(0),
    // the compound-file signature of an old .xls
    () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]),
    () => Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200)]),
  ];
  for (let i = 0; i < 300; i += 1) {
    if (i === 150) fs.writeFileSync(name(i), far);
    else if (i % 10 === 3) fs.writeFileSync(name(i), bad[(i / 10) % bad.length | 0]());
    else fs.writeFileSync(name(i), bytes);
  }
});

test('all 300 listed, 30 with a reason, none changed', async () => {
  const before = Array.from({ length: 300 }, (_, i) => sha256(name(i)));
  const json = path.join(tmp, '汇总.json');
  const r = await runCli('review', dir, '--out', path.join(tmp, '汇总.xlsx'), '--json', json);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('共 300 个文件：已评分 270 个，无法读取 30 个，跳过 0 个');
  expect(Array.from({ length: 300 }, (_, i) => sha256(name(i)))).toEqual(before);
  const text = fs.readFileSync(json, 'utf8');
  for (let i = 0; i < 300; i += 1) expect(text).toContain(`${String(i).padStart(3, '0')}.xlsx`);
});
