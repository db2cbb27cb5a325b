import * as fs from 'fs';
import * as path from 'path';

/** The path with every link resolved, or null when it does not exist (yet). */
function realPath(file: string): string | null {
  try {
    return fs.realpathSync(file);
  } catch {
    return null;
  }
}

/**
 * True when `a` and `b` name the same file: the same resolved path, the same real path through
 * symbolic links, or the same device and inode (a hard link).
 */
export function isSameFile(a: string, b: string): boolean {
  const ra = path.resolve(a);
  const rb = path.resolve(b);
  if (ra === rb) return true;
  const caseless = process.platform === 'win32' || process.platform === 'darwin';
  if (caseless && ra.toLowerCase() === rb.toLowerCase()) return true;
  const realA = realPath(ra);
  if (realA !== null && realA === realPath(rb)) return true;
  try {
    const sa = fs.statSync(ra);
    const sb = fs.statSync(rb);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}
