import { readFileSync } from 'fs';
import { join } from 'path';
import { gzipSync } from 'zlib';

/**
 * Gzipped size of everything dist/taskpane.html loads at start (budget: ≤ 150 KB, as the architecture sets it), read from the
 * page's own <script src> and <link rel="stylesheet"> tags. office.js comes from Microsoft's CDN
 * and is left out, as are chunks loaded later through import().
 */
export const START_BUDGET_BYTES = 150 * 1024;

export interface BundleFile {
  file: string;
  gzipBytes: number;
}

export function startFiles(html: string): string[] {
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/gi)].map((m) => m[1]);
  const styles = [...html.matchAll(/<link\b[^>]*\brel=["']?stylesheet[^>]*\bhref=["']?([^"'\s>]+)/gi)].map((m) => m[1]);
  return [...scripts, ...styles].filter((src) => !/^(https?:)?\/\//i.test(src));
}

/** The start files of `page` (taskpane.html of the Excel build in dist/, of the WPS build in dist/wps/). */
export function bundleSizes(distDir: string, pageName = 'taskpane.html'): { files: BundleFile[]; total: number; budget: number } {
  const page = join(distDir, pageName);
  const files = [page, ...startFiles(readFileSync(page, 'utf8')).map((src) => join(distDir, src.split(/[?#]/)[0]))].map((path) => ({
    file: path.slice(distDir.length + 1),
    gzipBytes: gzipSync(readFileSync(path), { level: 9 }).length,
  }));
  return { files, total: files.reduce((n, f) => n + f.gzipBytes, 0), budget: START_BUDGET_BYTES };
}
