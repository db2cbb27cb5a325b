import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import ExcelJS from 'exceljs';
import { monitor } from '../src/cli/commands/monitor';
import type { CliIo } from '../src/cli/shared/io';

const quiet: CliIo = { stdout: () => undefined, stderr: () => undefined };
const EXAMPLE = path.resolve(__dirname, '../../examples/monitoring-2025.xlsx');

/**
 * `perfscore monitor` over `count` project forms in one batch (copies of examples/monitoring-2025.xlsx,
 * the JSON of all written once), beside the floor of a bare ExcelJS read of the same files: the ratio
 * holds on a noisy machine where an absolute time does not. Rows as bench/run.ts prints them.
 */
export async function benchMonitoring(count = Number(process.env.PERFSCORE_BENCH_FORMS ?? 1000)): Promise<[string, string, string, string][]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perfscore-bench-monitor-'));
  try {
    const inDir = path.join(dir, 'in');
    fs.mkdirSync(inDir);
    const bytes = fs.readFileSync(fs.existsSync(EXAMPLE) ? EXAMPLE : path.resolve('examples/monitoring-2025.xlsx'));
    for (let i = 0; i < count; i++) fs.writeFileSync(path.join(inDir, `project-${String(i).padStart(4, '0')}.xlsx`), bytes);
    const files = fs.readdirSync(inDir).map((f) => path.join(inDir, f));

    let start = performance.now();
    for (const file of files) await new ExcelJS.Workbook().xlsx.readFile(file);
    const floor = performance.now() - start;

    const json = path.join(dir, 'monitor.json');
    start = performance.now();
    const code = await monitor.run([inDir, '--json', json], quiet);
    const took = performance.now() - start;
    const read = (JSON.parse(fs.readFileSync(json, 'utf8')) as { files: { ok: boolean }[] }).files.filter((f) => f.ok).length;
    const ratio = took / floor;
    const ok = code === 0 && read === count && ratio <= 1.5;
    return [
      [`perfscore monitor: ${count} project forms in one batch (${read} read)`, `${(took / 1000).toFixed(2)} s (${(took / count).toFixed(1)} ms each)`, '', ''],
      ['  against a bare ExcelJS read of the same files', `${(floor / 1000).toFixed(2)} s; ×${ratio.toFixed(2)}`, '≤ 1.5 ×', ok ? 'ok' : 'OVER'],
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
