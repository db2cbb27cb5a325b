/**
 * No output may be a file the run reads: the same path, a symbolic link to it, or a hard link to it
 * (same device and inode). Each is refused before any work with exit 2 and a Chinese reason naming
 * the file, and the input keeps its bytes.
 */
import * as fs from 'fs';
import * as path from 'path';
import { runCli } from '../cli/runCli';
import { copyExample, sha256, tempFolder } from './tmpWorkspace';

const tmp = tempFolder('same');

describe('review: an output inside the folder reviewed', () => {
  const units = path.join(tmp, 'u');
  beforeAll(() => {
    fs.mkdirSync(units);
    copyExample(path.join(units, '甲.xlsx'));
    copyExample(path.join(units, '乙.xlsx'));
  });

  test('--out naming one of the unit workbooks is refused and the workbook is kept', async () => {
    const target = path.join(units, '乙.xlsx');
    const before = sha256(target);
    const r = await runCli('review', units, '--out', target);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('乙.xlsx');
    expect(r.stderr).toMatch(/输入/);
    expect(sha256(target)).toBe(before);
  });

  test.each([
    ['a hard link', '甲.xlsx', fs.linkSync],
    ['a symbolic link', '乙.xlsx', fs.symlinkSync],
  ] as const)('--out that is %s to a unit workbook is refused', async (kind, unit, makeLink) => {
    const link = path.join(tmp, `汇总-${kind.replace(/\s+/g, '')}.xlsx`);
    makeLink(path.join(units, unit), link);
    const before = sha256(path.join(units, unit));
    const r = await runCli('review', units, '--out', link);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(unit);
    expect(sha256(path.join(units, unit))).toBe(before);
  });

  test('--json that is a hard link to a unit workbook is refused', async () => {
    const link = path.join(tmp, '汇总.json');
    fs.linkSync(path.join(units, '乙.xlsx'), link);
    const before = sha256(link);
    const r = await runCli('review', units, '--out', path.join(tmp, '汇总.xlsx'), '--json', link);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('乙.xlsx');
    expect(sha256(link)).toBe(before);
  });
});

describe('single-workbook commands: an output linked to the input', () => {
  let input: string;
  beforeAll(() => {
    input = copyExample(path.join(tmp, '单位.xlsx'));
  });

  const cases: [string, (link: string) => string[]][] = [
    ['score --out', (link) => ['score', input, '--out', link]],
    ['score --json', (link) => ['score', input, '--json', link]],
    ['report --docx', (link) => ['report', input, '--docx', link]],
    ['report --json', (link) => ['report', input, '--json', link]],
    ['report --out', (link) => ['report', input, '--out', link]],
    ['template --out', (link) => ['template', input, '--out', link]],
  ];
  const ext: Record<string, string> = { '--out': '.xlsx', '--json': '.json', '--docx': '.docx' };

  test.each(cases)('%s as a hard link to the input is refused, exit 2, input unchanged', async (name, argv) => {
    const link = path.join(tmp, `硬链接-${name.replace(/\W+/g, '')}${ext[name.split(' ')[1]]}`);
    fs.linkSync(input, link);
    const before = sha256(input);
    const r = await runCli(...argv(link));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('单位.xlsx');
    expect(sha256(input)).toBe(before);
  });

  test('score --out and --json that are hard links to each other are refused', async () => {
    const out = path.join(tmp, '副本.xlsx');
    fs.writeFileSync(out, 'x');
    const json = path.join(tmp, '副本.json');
    fs.linkSync(out, json);
    const r = await runCli('score', input, '--out', out, '--json', json);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('副本');
  });
});
