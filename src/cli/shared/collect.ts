import * as fs from 'fs';
import * as path from 'path';
import { isSameFile } from '../../hosts/file';

/** A path found among the inputs: a workbook to read, or a file left out, why, and what to do about it. */
export type Found =
  | { kind: 'workbook'; file: string; action?: undefined }
  | { kind: 'skipped'; file: string; reason: string; action?: string }
  | { kind: 'unread'; file: string; reason: string; action?: string };

/** Spreadsheets in formats the .xlsx reader cannot open: each is listed as unread, with how to convert it. */
const OTHER_FORMATS: Record<string, { what: string; action: string }> = {
  '.xls': { what: '旧版 .xls 工作簿（Excel 97-2003 格式）', action: '请在 Excel 或 WPS 中打开，另存为 .xlsx（Excel 工作簿）后再试' },
  '.et': { what: 'WPS 表格格式（.et）的工作簿', action: '请在 WPS 表格中打开，另存为 .xlsx（Excel 工作簿）后再试' },
  '.xlsb': { what: 'Excel 二进制工作簿（.xlsb）', action: '请在 Excel 中打开，另存为 .xlsx（Excel 工作簿）后再试' },
  '.ods': { what: 'OpenDocument 表格（.ods）', action: '请在 WPS、Excel 或 LibreOffice 中打开，另存为 .xlsx 后再试' },
};

function isXlsx(file: string): boolean {
  return path.extname(file).toLowerCase() === '.xlsx';
}

/** Excel's lock files (~$name.xlsx) sit beside open workbooks and are not workbooks themselves. */
function isLockFile(file: string): boolean {
  return path.basename(file).startsWith('~$');
}

function classify(file: string, out: string[]): Found {
  if (out.some((o) => isSameFile(o, file))) return { kind: 'skipped', file, reason: '本次审核的输出文件，未作为单位工作簿读取' };
  if (isLockFile(file)) return { kind: 'skipped', file, reason: 'Excel 打开工作簿时生成的临时锁定文件' };
  const other = OTHER_FORMATS[path.extname(file).toLowerCase()];
  if (other) return { kind: 'unread', file, reason: `${other.what}，无法直接读取`, action: other.action };
  if (!isXlsx(file)) return { kind: 'skipped', file, reason: `不是 .xlsx 工作簿（扩展名为“${path.extname(file) || '无'}”），已跳过` };
  return { kind: 'workbook', file };
}

function walk(dir: string, out: string[], found: Found[], seen: Set<string>): void {
  let names: string[];
  try {
    names = fs.readdirSync(dir).sort((a, b) => a.localeCompare(b, 'zh-CN'));
  } catch (err) {
    found.push({ kind: 'unread', file: dir, reason: `无法读取文件夹：${(err as Error).message}` });
    return;
  }
  for (const name of names) {
    const full = path.join(dir, name);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(full);
    } catch (err) {
      found.push({ kind: 'unread', file: full, reason: `无法读取：${(err as Error).message}` });
      continue;
    }
    if (stat.isDirectory()) {
      // a link back up the tree must not loop
      const real = fs.realpathSync(full);
      if (seen.has(real)) continue;
      seen.add(real);
      walk(full, out, found, seen);
    } else if (stat.isFile()) found.push(classify(full, out));
  }
}

/**
 * Every file named by the inputs, folders searched recursively in name order. Nothing is opened
 * here; a path that does not exist is reported, never fatal. Each file appears once. `outputs` (the
 * copies monitor writes into a folder) are skipped; review passes none and refuses an output that is
 * one of the workbooks found.
 */
export function collectInputs(inputs: string[], outputs: string[] = []): Found[] {
  const found: Found[] = [];
  const seen = new Set<string>();
  for (const input of inputs) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(input);
    } catch {
      found.push({ kind: 'unread', file: input, reason: `找不到文件或文件夹：${input}`, action: '请检查路径是否写对' });
      continue;
    }
    if (stat.isDirectory()) {
      const real = fs.realpathSync(input);
      if (seen.has(real)) continue;
      seen.add(real);
      walk(input, outputs, found, seen);
    } else found.push(classify(input, outputs));
  }
  const unique = new Set<string>();
  return found.filter((f) => {
    const key = path.resolve(f.file);
    if (unique.has(key)) return false;
    unique.add(key);
    return true;
  });
}
