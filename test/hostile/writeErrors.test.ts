/**
 * A place that cannot be written gives exit 2 and a Chinese reason naming the file: a folder given
 * as an output file, a read-only folder or file, and a refusal of the system at write time. Never the
 * system's English (EISDIR, EPERM) and never an internal error.
 */
import * as fs from 'fs';
import * as path from 'path';
import { runCli } from '../cli/runCli';
import { copyExample, tempFolder } from './tmpWorkspace';

// the test may run as root, who may write anywhere: a refusal is then made by the file system call itself
let mockRefusal: string | null = null;
jest.mock('fs', () => {
  const real = jest.requireActual<typeof import('fs')>('fs');
  return {
    ...real,
    writeFileSync: (...args: Parameters<typeof real.writeFileSync>) => {
      if (mockRefusal !== null) throw Object.assign(new Error(`${mockRefusal}: operation not permitted, open '${String(args[0])}'`), { code: mockRefusal });
      return real.writeFileSync(...args);
    },
    // review streams its summary: it opens its files to write as it goes, and moves them into place at the end
    openSync: (...args: Parameters<typeof real.openSync>) => {
      if (mockRefusal !== null && args[1] === 'w') throw Object.assign(new Error(`${mockRefusal}: operation not permitted, open '${String(args[0])}'`), { code: mockRefusal });
      return real.openSync(...args);
    },
    renameSync: (...args: Parameters<typeof real.renameSync>) => {
      if (mockRefusal !== null) throw Object.assign(new Error(`${mockRefusal}: operation not permitted, rename '${String(args[0])}'`), { code: mockRefusal });
      return real.renameSync(...args);
    },
  };
});

const tmp = tempFolder('write');
let input: string;
beforeAll(() => {
  input = copyExample(path.join(tmp, '单位.xlsx'));
});

const ENGLISH = /EISDIR|EPERM|EACCES|illegal operation|permission denied|operation not permitted/i;

describe('a folder given where a file belongs', () => {
  const cases: [string, string, (dir: string) => string[]][] = [
    ['report --docx', '报告.docx', (dir) => ['report', input, '--docx', dir]],
    ['report --json', '报告.json', (dir) => ['report', input, '--json', dir]],
    ['score --out', '副本.xlsx', (dir) => ['score', input, '--out', dir]],
    ['score --json', '报告2.json', (dir) => ['score', input, '--json', dir]],
    ['template --out', '模板.xlsx', (dir) => ['template', input, '--out', dir]],
    ['review --out', '汇总.xlsx', (dir) => ['review', input, '--out', dir]],
  ];
  test.each(cases)('%s', async (_name, folderName, argv) => {
    const dir = path.join(tmp, folderName);
    fs.mkdirSync(dir);
    const r = await runCli(...argv(dir));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(folderName);
    expect(r.stderr).toContain('文件夹');
    expect(r.stderr).not.toMatch(ENGLISH);
  });
});

describe('the system refuses the write (a read-only folder, a full disk)', () => {
  afterEach(() => {
    mockRefusal = null;
  });

  test.each([
    ['report --docx', 'EPERM', '没有写入权限', () => ['report', input, '--docx', path.join(tmp, 'r.docx')]],
    ['report --json', 'EACCES', '没有写入权限', () => ['report', input, '--json', path.join(tmp, 'r.json')]],
    ['score --json', 'ENOSPC', '磁盘空间不足', () => ['score', input, '--json', path.join(tmp, 's.json')]],
    ['score --out', 'EPERM', '没有写入权限', () => ['score', input, '--out', path.join(tmp, 's.xlsx')]],
    ['review --out', 'EACCES', '没有写入权限', () => ['review', input, '--out', path.join(tmp, 'v.xlsx')]],
    ['review --json', 'EROFS', '只读', () => ['review', input, '--out', path.join(tmp, 'w.xlsx'), '--json', path.join(tmp, 'w.json')]],
  ] as const)('%s refused with %s', async (_name, code, reason, argv) => {
    mockRefusal = code;
    const r = await runCli(...argv());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(reason);
    expect(r.stderr).not.toMatch(ENGLISH);
  });
});

describe('a read-only output folder, where the process cannot write', () => {
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  (asRoot ? test.skip : test)('score --out into it is refused before scoring', async () => {
    const dir = path.join(tmp, '只读');
    fs.mkdirSync(dir);
    fs.chmodSync(dir, 0o555);
    const r = await runCli('score', input, '--out', path.join(dir, '副本.xlsx'));
    fs.chmodSync(dir, 0o755);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('没有写入文件夹');
  });
});
