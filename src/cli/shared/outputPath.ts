import * as fs from 'fs';
import * as path from 'path';

/** True when this process may write into `target` (a folder or an existing file). */
function writable(target: string): boolean {
  try {
    fs.accessSync(target, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * What is wrong with an output path, checked before any work so a bad one fails at once with a
 * Chinese reason instead of after scoring with the system's English one; null when it can be tried.
 * `ext` (".xlsx", ".json") refuses a name that would hide the bytes written under another format.
 */
export function outputProblem(file: string, option: string, ext?: string): string | null {
  if (ext !== undefined && path.extname(file).toLowerCase() !== ext) return `--${option} 应为 ${ext} 文件：${file}`;
  const target = path.resolve(file);
  const dir = path.dirname(target);
  if (!fs.existsSync(dir)) return `无法写入 ${file}：文件夹 ${dir} 不存在`;
  if (!fs.statSync(dir).isDirectory()) return `无法写入 ${file}：${dir} 不是文件夹`;
  if (fs.existsSync(target)) {
    if (fs.statSync(target).isDirectory()) return `无法写入 ${file}：这是一个文件夹，--${option} 应给出文件名`;
    if (!writable(target)) return `无法写入 ${file}：该文件是只读的`;
  } else if (!writable(dir)) return `无法写入 ${file}：没有写入文件夹 ${dir} 的权限`;
  return null;
}
