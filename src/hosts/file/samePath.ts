import * as fs from 'fs';
import * as path from 'path';

/** True when `a` and `b` name the same file (same resolved path, or the same inode through a link). */
export function isSameFile(a: string, b: string): boolean {
  const ra = path.resolve(a);
  const rb = path.resolve(b);
  if (ra === rb) return true;
  if (process.platform === 'win32' || process.platform === 'darwin') {
    if (ra.toLowerCase() === rb.toLowerCase()) return true;
  }
  try {
    const sa = fs.statSync(ra);
    const sb = fs.statSync(rb);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}
