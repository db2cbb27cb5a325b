import * as fs from 'fs';
import * as path from 'path';

/**
 * What is wrong with an output path, checked before any work so a bad one fails at once with a
 * Chinese reason instead of after scoring with the system's English one; null when it can be tried.
 * `ext` (".xlsx", ".json") refuses a name that would hide the bytes written under another format.
 */
export function outputProblem(file: string, option: string, ext?: string): string | null {
  if (ext !== undefined && path.extname(file).toLowerCase() !== ext) return `--${option} 应为 ${ext} 文件：${file}`;
  const dir = path.dirname(path.resolve(file));
  if (!fs.existsSync(dir)) return `无法写入 ${file}：文件夹 ${dir} 不存在`;
  if (!fs.statSync(dir).isDirectory()) return `无法写入 ${file}：${dir} 不是文件夹`;
  return null;
}
