import * as fs from 'fs';
import * as path from 'path';
import { isSameFile } from '../../hosts/file';

/** A path found among the inputs: a workbook to read, or a file left out and why. */
export type Found =
  | { kind: 'workbook'; file: string }
  | { kind: 'skipped'; file: string; reason: string }
  | { kind: 'missing'; file: string; reason: string };

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
  if (!isXlsx(file)) return { kind: 'skipped', file, reason: `不是 .xlsx 工作簿（扩展名为“${path.extname(file) || '无'}”），已跳过` };
  return { kind: 'workbook', file };
}

function walk(dir: string, out: string[], found: Found[], seen: Set<string>): void {
  let names: string[];
  try {
    names = fs.readdirSync(dir).sort((a, b) => a.localeCompare(b, 'zh-CN'));
  } catch (err) {
    found.push({ kind: 'missing', file: dir, reason: `无法读取文件夹：${(err as Error).message}` });
    return;
  }
  for (const name of names) {
    const full = path.join(dir, name);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(full);
    } catch (err) {
      found.push({ kind: 'missing', file: full, reason: `无法读取：${(err as Error).message}` });
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
      found.push({ kind: 'missing', file: input, reason: `找不到文件或文件夹：${input}` });
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
