import * as fs from 'fs';
import ExcelJS from 'exceljs';
import { FileHostError, reasonOf } from './errors';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(buf: Buffer, magic: number[]): boolean {
  return buf.length >= magic.length && magic.every((b, i) => buf[i] === b);
}

/** Reads a file's bytes, turning every file-system failure into a Chinese message naming the file. */
export function readFileBytes(file: string): Buffer {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new FileHostError('missing', `找不到文件：${file}`);
    throw new FileHostError('unreadable', `无法读取文件 ${file}：${reasonOf(err)}`);
  }
  if (!stat.isFile()) throw new FileHostError('not-a-file', `${file} 不是文件（可能是文件夹）`);
  try {
    return fs.readFileSync(file);
  } catch (err) {
    throw new FileHostError('unreadable', `无法读取文件 ${file}：${reasonOf(err)}`);
  }
}

/**
 * Parses .xlsx bytes with ExcelJS. `name` is used in messages. Old .xls files and encrypted
 * workbooks (both OLE compound files), text files and broken zips each get their own message.
 */
export async function loadWorkbook(bytes: Buffer, name: string): Promise<ExcelJS.Workbook> {
  if (bytes.length === 0) throw new FileHostError('not-xlsx', `${name} 是空文件，不是 .xlsx 工作簿`);
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new FileHostError(
      'legacy-xls',
      `${name} 是旧版 .xls 工作簿或已加密的工作簿，请在 Excel 或 WPS 中另存为 .xlsx（不设密码）后再试`,
    );
  }
  if (!startsWith(bytes, ZIP_MAGIC) && !startsWith(bytes, EMPTY_ZIP_MAGIC)) {
    throw new FileHostError('not-xlsx', `${name} 不是 .xlsx 工作簿（文件内容不是 Excel 2007 及以后的格式）`);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (err) {
    throw new FileHostError('corrupt', `${name} 已损坏或不是有效的 .xlsx 工作簿，无法读取：${reasonOf(err)}`);
  }
  if (workbook.worksheets.length === 0) {
    throw new FileHostError('corrupt', `${name} 已损坏或不是有效的 .xlsx 工作簿：其中没有任何工作表`);
  }
  return workbook;
}
