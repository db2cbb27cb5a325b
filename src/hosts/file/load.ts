import * as fs from 'fs';
import type ExcelJS from 'exceljs';
import { excelWorkbook } from './excelJs';
import { compoundFileEntryNames, isEncryptedPackage, isLegacyWorkbook } from './compoundFile';
import { FileHostError, fileSystemReason, reasonOf } from './errors';

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
    throw new FileHostError('unreadable', `无法读取文件 ${file}：${fileSystemReason(err, 'read')}`);
  }
  if (!stat.isFile()) throw new FileHostError('not-a-file', `${file} 不是文件（可能是文件夹）`);
  try {
    return fs.readFileSync(file);
  } catch (err) {
    throw new FileHostError('unreadable', `无法读取文件 ${file}：${fileSystemReason(err, 'read')}`);
  }
}

/** The message for a workbook that needs its password removed first. */
export function encryptedMessage(name: string): string {
  return `文件已加密（设有打开密码），请先在 Excel/WPS 中取消密码后再试：${name}`;
}

/** True when a zip's central directory marks an entry as encrypted (general purpose flag bit 0). */
export function zipHasEncryptedEntry(bytes: Buffer): boolean {
  const EOCD = 0x06054b50;
  const CENTRAL = 0x02014b50;
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (bytes.readUInt32LE(at) !== EOCD) continue;
    const entries = bytes.readUInt16LE(at + 10);
    let p = bytes.readUInt32LE(at + 16);
    for (let i = 0; i < entries && p + 46 <= bytes.length && bytes.readUInt32LE(p) === CENTRAL; i++) {
      if ((bytes.readUInt16LE(p + 8) & 1) === 1) return true;
      p += 46 + bytes.readUInt16LE(p + 28) + bytes.readUInt16LE(p + 30) + bytes.readUInt16LE(p + 32);
    }
    return false;
  }
  return false;
}

/**
 * A Chinese reason for an error ExcelJS or JSZip threw while reading a package. Their messages are
 * English and technical ("Corrupted zip: can't find end of central directory", "1:39: unexpected close
 * tag."); the user reads what it means, and the original follows only as a detail.
 */
export function explainReadError(err: unknown): string {
  const original = reasonOf(err).replace(/\s+/g, ' ').trim();
  let reason: string;
  if (/central directory|end of data reached|corrupted zip|invalid signature|size mismatch|crc32|invalid (stored block|distance|code|block type|literal)|incorrect header check|unexpected end of (file|data)|zip/i.test(original)) {
    reason = '压缩包数据不完整或已损坏，文件可能在下载、复制或保存时被截断';
  } else if (/^\d+:\d+:|close tag|closing tag|outside of root|unclosed|invalid character|non-whitespace|unexpected end|xml/i.test(original)) {
    reason = '其中某个部件的 XML 内容有误或不完整';
  } else if (err instanceof TypeError) {
    reason = '工作簿的结构不完整，缺少必要的部件或内容';
  } else {
    reason = '无法解析其内容';
  }
  return original === '' ? reason : `${reason}（原始错误：${original}）`;
}

/**
 * Parses .xlsx bytes with ExcelJS. `name` is used in messages. Workbooks with a password to open (an
 * OLE compound file holding EncryptionInfo, or a zip with encrypted entries), old .xls files, text
 * files and broken zips each get their own Chinese message.
 */
export async function loadWorkbook(bytes: Buffer, name: string): Promise<ExcelJS.Workbook> {
  if (bytes.length === 0) throw new FileHostError('not-xlsx', `${name} 是空文件，不是 .xlsx 工作簿`);
  if (startsWith(bytes, OLE_MAGIC)) {
    const entries = compoundFileEntryNames(bytes);
    if (entries && isEncryptedPackage(entries)) throw new FileHostError('encrypted', encryptedMessage(name));
    if (entries && isLegacyWorkbook(entries)) {
      throw new FileHostError('legacy-xls', `${name} 是旧版 .xls 工作簿（Excel 97-2003 格式），请在 Excel 或 WPS 中另存为 .xlsx 后再试`);
    }
    throw new FileHostError(
      'legacy-xls',
      `${name} 是旧版 .xls 工作簿或已加密的工作簿，请在 Excel 或 WPS 中另存为 .xlsx（不设密码）后再试`,
    );
  }
  if (!startsWith(bytes, ZIP_MAGIC) && !startsWith(bytes, EMPTY_ZIP_MAGIC)) {
    throw new FileHostError('not-xlsx', `${name} 不是 .xlsx 工作簿（文件内容不是 Excel 2007 及以后的格式）`);
  }
  const workbook = new (excelWorkbook())();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (err) {
    if (/encrypted/i.test(reasonOf(err)) || zipHasEncryptedEntry(bytes)) throw new FileHostError('encrypted', encryptedMessage(name));
    throw new FileHostError('corrupt', `${name} 已损坏或不是有效的 .xlsx 工作簿，无法读取：${explainReadError(err)}`);
  }
  if (workbook.worksheets.length === 0) {
    throw new FileHostError('corrupt', `${name} 已损坏或不是有效的 .xlsx 工作簿：其中没有任何工作表`);
  }
  return workbook;
}
