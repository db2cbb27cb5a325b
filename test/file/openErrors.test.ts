/**
 * Opening files that are not plain .xlsx workbooks: a password-protected workbook is named as such
 * (not as a corrupt file), and ExcelJS/JSZip's English errors reach the user as a Chinese sentence with
 * the original only as a detail.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/shared/io';
import { reportCommand } from '../../src/cli/commands/report/reportCommand';
import { FileHost } from '../../src/hosts/file';
import { compoundFileEntryNames } from '../../src/hosts/file/compoundFile';
import { explainReadError, zipHasEncryptedEntry } from '../../src/hosts/file/load';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'perfscore-open-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;

/**
 * A minimal OLE compound file ([MS-CFB]) whose directory holds a root entry and the given entries:
 * one FAT sector (sector 0) and one directory sector (sector 1), empty streams. `shift` 9 gives
 * version 3 (512-byte sectors), 12 version 4 (4096-byte sectors), as Excel writes both.
 */
function compoundFile(entries: { name: string; type: 1 | 2 }[], shift: 9 | 12 = 9): Buffer {
  const size = 1 << shift;
  const header = Buffer.alloc(size);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 0x18);
  header.writeUInt16LE(shift === 9 ? 3 : 4, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(shift, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(shift === 9 ? 0 : 1, 0x28);
  header.writeUInt32LE(1, 0x2c); // one FAT sector
  header.writeUInt32LE(1, 0x30); // directory starts at sector 1
  header.writeUInt32LE(4096, 0x38);
  header.writeUInt32LE(END_OF_CHAIN, 0x3c);
  header.writeUInt32LE(0, 0x40);
  header.writeUInt32LE(END_OF_CHAIN, 0x44);
  header.writeUInt32LE(0, 0x48);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : FREE, 0x4c + i * 4);

  const fat = Buffer.alloc(size, 0xff);
  fat.writeUInt32LE(FAT_SECTOR, 0);
  fat.writeUInt32LE(END_OF_CHAIN, 4);

  const dir = Buffer.alloc(size);
  const all = [{ name: 'Root Entry', type: 5 }, ...entries];
  if (all.length * 128 > size) throw new Error('too many entries for one directory sector');
  all.forEach((e, i) => {
    const at = i * 128;
    dir.write(`${e.name}\0`, at, 'utf16le');
    dir.writeUInt16LE((e.name.length + 1) * 2, at + 0x40);
    dir[at + 0x42] = e.type;
    dir[at + 0x43] = 1;
    dir.writeUInt32LE(FREE, at + 0x44); // left sibling
    dir.writeUInt32LE(i > 0 && i + 1 < all.length ? i + 1 : FREE, at + 0x48); // right sibling: a chain
    dir.writeUInt32LE(i === 0 && all.length > 1 ? 1 : FREE, at + 0x4c); // child of the root
    dir.writeUInt32LE(END_OF_CHAIN, at + 0x74);
  });
  for (let i = all.length; i < size / 128; i++) {
    dir.writeUInt32LE(FREE, i * 128 + 0x44);
    dir.writeUInt32LE(FREE, i * 128 + 0x48);
    dir.writeUInt32LE(FREE, i * 128 + 0x4c);
  }
  return Buffer.concat([header, fat, dir]);
}

/** What Excel and WPS write for a workbook with a password to open (ECMA-376 agile/standard encryption). */
const ENCRYPTED = [
  { name: '\u0006DataSpaces', type: 1 as const },
  { name: 'EncryptionInfo', type: 2 as const },
  { name: 'EncryptedPackage', type: 2 as const },
];

async function smallXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('评分表').getCell('A1').value = '指标';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Sets the "encrypted" flag (bit 0) of every local and central header, as `zip -e` writes it. */
function flagEncrypted(zip: Buffer): Buffer {
  const out = Buffer.from(zip);
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = out.readUInt32LE(i);
    if (sig === 0x04034b50) out.writeUInt16LE(out.readUInt16LE(i + 6) | 1, i + 6);
    if (sig === 0x02014b50) out.writeUInt16LE(out.readUInt16LE(i + 8) | 1, i + 8);
  }
  return out;
}

function write(name: string, bytes: Buffer): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, bytes);
  return file;
}

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

describe('the compound-file directory reader', () => {
  test.each([9, 12] as const)('lists the entry names (sector shift %i)', (shift) => {
    expect(compoundFileEntryNames(compoundFile(ENCRYPTED, shift))).toEqual(['Root Entry', '\u0006DataSpaces', 'EncryptionInfo', 'EncryptedPackage']);
  });

  test('a file that only starts like one gives null, never a throw', () => {
    const magic = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(compoundFileEntryNames(Buffer.concat([magic, Buffer.alloc(504)]))).toBeNull();
    expect(compoundFileEntryNames(compoundFile(ENCRYPTED).subarray(0, 700))).toBeNull();
    expect(compoundFileEntryNames(magic)).toBeNull();
  });
});

describe('a workbook with a password to open', () => {
  const message = (file: string) => `文件已加密（设有打开密码），请先在 Excel/WPS 中取消密码后再试：${file}`;

  test.each([9, 12] as const)('an OLE file with EncryptionInfo (sector shift %i) is named encrypted', async (shift) => {
    const file = write(`加密-${shift}.xlsx`, compoundFile(ENCRYPTED, shift));
    await expect(FileHost.open(file)).rejects.toMatchObject({ code: 'encrypted', message: message(file) });
  });

  test('a zip with encrypted entries (ExcelJS: “Encrypted zip are not supported”) is named encrypted', async () => {
    const bytes = flagEncrypted(await smallXlsx());
    expect(zipHasEncryptedEntry(bytes)).toBe(true);
    expect(zipHasEncryptedEntry(await smallXlsx())).toBe(false);
    const file = write('zip加密.xlsx', bytes);
    const err = (await FileHost.open(file).catch((e: unknown) => e)) as Error;
    expect(err).toMatchObject({ code: 'encrypted', message: message(file) });
    expect(err.message).not.toMatch(/已损坏|Encrypted zip/);
  });

  test('score, template and report say so on one line and exit 2', async () => {
    const file = write('加密.xlsx', compoundFile(ENCRYPTED));
    for (const argv of [['score', file], ['template', file, '--out', path.join(tmp, 't.xlsx')], ['report', file]]) {
      const r = await run(...argv);
      expect(r).toEqual({ code: 2, stdout: '', stderr: `${message(file)}\n` });
    }
    let stderr = '';
    const code = await reportCommand({ input: file, out: path.join(tmp, 'r.xlsx') }, { stdout: () => undefined, stderr: (t) => void (stderr += t) });
    expect([code, stderr]).toEqual([2, `${message(file)}\n`]);
  });

  test('an old .xls (a Workbook stream) is named as one, without mentioning a password', async () => {
    const file = write('旧版.xls', compoundFile([{ name: 'Workbook', type: 2 }, { name: '\u0005SummaryInformation', type: 2 }]));
    const err = (await FileHost.open(file).catch((e: unknown) => e)) as Error;
    expect(err).toMatchObject({ code: 'legacy-xls' });
    expect(err.message).toBe(`${file} 是旧版 .xls 工作簿（Excel 97-2003 格式），请在 Excel 或 WPS 中另存为 .xlsx 后再试`);
  });
});

describe('ExcelJS and JSZip errors in Chinese', () => {
  /** The message with the "（原始错误：…）" detail removed holds no English beyond file names and “.xlsx”. */
  function expectChinese(message: string, file: string): void {
    const detail = message.indexOf('（原始错误：');
    expect(detail).toBeGreaterThan(0);
    expect(message.slice(0, detail).replace(file, '').replace(/\.xlsx|XML/g, '')).not.toMatch(/[A-Za-z]/);
  }

  test('a truncated workbook: the zip is incomplete, perhaps cut off while copied', async () => {
    const bytes = await smallXlsx();
    const file = write('截断.xlsx', bytes.subarray(0, Math.floor(bytes.length / 2)));
    const err = (await FileHost.open(file).catch((e: unknown) => e)) as Error;
    expect(err).toMatchObject({ code: 'corrupt' });
    expect(err.message).toContain(`${file} 已损坏或不是有效的 .xlsx 工作簿，无法读取：压缩包数据不完整或已损坏，文件可能在下载、复制或保存时被截断`);
    expect(err.message).toContain("（原始错误：Corrupted zip: can't find end of central directory）");
    expectChinese(err.message, file);
  });

  test('a sheet whose XML is broken', async () => {
    const zip = await JSZip.loadAsync(await smallXlsx());
    zip.file('xl/worksheets/sheet1.xml', '<worksheet><sheetData><row></sheetData>');
    const file = write('坏XML.xlsx', await zip.generateAsync({ type: 'nodebuffer' }));
    const err = (await FileHost.open(file).catch((e: unknown) => e)) as Error;
    expect(err).toMatchObject({ code: 'corrupt' });
    expect(err.message).toContain('无法读取：其中某个部件的 XML 内容有误或不完整（原始错误：');
    expectChinese(err.message, file);
  });

  test('a workbook part ExcelJS trips over (TypeError) and an unknown error', () => {
    expect(explainReadError(new TypeError("Cannot read properties of undefined (reading 'sheets')"))).toBe(
      "工作簿的结构不完整，缺少必要的部件或内容（原始错误：Cannot read properties of undefined (reading 'sheets')）",
    );
    expect(explainReadError(new Error('Bug : uncompressed data size mismatch'))).toMatch(/^压缩包数据不完整或已损坏/);
    expect(explainReadError(new Error('something else'))).toBe('无法解析其内容（原始错误：something else）');
  });
});
