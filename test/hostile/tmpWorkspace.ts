import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** A fresh folder under the system's temporary folder, removed after the suite. */
export function tempFolder(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `perfscore-${prefix}-`));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export const sha256 = (file: string): string => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** The example workbook (a scored 部门整体 table with its 基础数据), copied to `file`. */
export function copyExample(file: string): string {
  fs.copyFileSync(path.join(__dirname, '../../examples/shenzhen-2024.xlsx'), file);
  return file;
}
