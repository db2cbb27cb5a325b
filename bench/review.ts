import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { reviewCommand } from '../src/cli/commands/review/reviewCommand';
import type { CliIo } from '../src/cli/shared/io';

const quiet: CliIo = { stdout: () => undefined, stderr: () => undefined };

/**
 * `perfscore review` over every workbook in `dir` (e.g. the 200 generated unit workbooks), the
 * summary written to a temporary folder; returns how many files were found and the wall time.
 */
export async function benchReview(dir: string): Promise<{ files: number; ms: number }> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'perfscore-bench-review-'));
  const out = path.join(outDir, 'summary.xlsx');
  const json = path.join(outDir, 'summary.json');
  try {
    const start = performance.now();
    const code = await reviewCommand({ inputs: [dir], out, json, progress: false }, quiet);
    const ms = Math.round(performance.now() - start);
    if (code !== 0) throw new Error(`perfscore review exited ${code}`);
    const summary = JSON.parse(fs.readFileSync(json, 'utf8')) as { files: unknown[] };
    return { files: summary.files.length, ms };
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}
