/**
 * `npm run bench`: the performance budgets of architecture.md, measured and printed beside their
 * figures. (a) the engine scoring a generated 1,000-leaf tree; (b) the CLI path over 200 generated
 * unit workbooks (read + analyse + plan + write, and `perfscore review` over the same files); (c) Office.js syncs per run; (d) PERF.* function
 * medians; (e) the task pane's start bundle, once `npm run build` has made dist/. Every part is
 * imported directly, so a part that goes missing fails the build instead of dropping its figure.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { scoreFile } from '../src/cli/commands/score/scoreFile';
import { D } from '../src/engine/decimal';
import { scoreTree } from '../src/engine/scoreTree';
import { bundleSizes, START_BUDGET_BYTES } from './bundleSize';
import { generatedTree } from './engineTree';
import { benchFunctions } from './functions';
import { benchReview } from './review';
import { benchMonitoring } from './monitoring';
import { countSyncs } from './syncs';
import { writeUnitWorkbooks } from './unitWorkbooks';
import { parseStandard } from '../src/workbook/rules';

type Row = [what: string, measured: string, budget: string, verdict: string];
const rows: Row[] = [];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function fmt(n: number, places = 1): string {
  return new D(n).toFixed(places);
}

function verdict(ok: boolean): string {
  return ok ? 'ok' : 'OVER';
}

function engine(): void {
  const { roots, figures } = generatedTree(1000);
  for (let i = 0; i < 5; i++) scoreTree(roots, { figures });
  const times: number[] = [];
  let total = '';
  for (let i = 0; i < 21; i++) {
    const start = process.hrtime.bigint();
    const tree = scoreTree(roots, { figures });
    times.push(ms(start));
    total = tree.total.toFixed(2);
  }
  const m = median(times);
  rows.push([`engine: score 1,000-leaf tree (median of 21; total ${total})`, `${fmt(m, 2)} ms`, '< 50 ms', verdict(m < 50)]);
}

/** Reading the 评分标准 texts of a 100-leaf table: the corpus's texts taken in turn until there are 100. */
function ruleTexts(): void {
  const dir = path.resolve(__dirname, '../../test/fixtures/rule-texts');
  const corpus = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).flatMap((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { text: string; points: string; definition?: string }[]);
  const table = Array.from({ length: 100 }, (_, i) => corpus[i % corpus.length]);
  const once = () => table.forEach((it) => parseStandard({ text: it.text, points: it.points, definition: it.definition }));
  for (let i = 0; i < 5; i++) once();
  const times: number[] = [];
  for (let i = 0; i < 21; i++) {
    const start = process.hrtime.bigint();
    once();
    times.push(ms(start));
  }
  rows.push(['parse the 评分标准 texts of a 100-leaf table (median of 21)', `${fmt(median(times), 2)} ms`, '', '']);
}

async function cliPath(count: number): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perfscore-bench-'));
  try {
    const files = await writeUnitWorkbooks(path.join(dir, 'in'), count);
    fs.mkdirSync(path.join(dir, 'out'));
    let failed = 0;
    const start = process.hrtime.bigint();
    for (const file of files) {
      try {
        await scoreFile(file, { out: path.join(dir, 'out', path.basename(file)) });
      } catch {
        failed += 1;
      }
    }
    const s = ms(start) / 1000;
    const note = failed ? `; ${failed} failed` : '';
    rows.push([`CLI path: ${count} unit workbooks read+analyse+plan+write${note}`, `${fmt(s, 2)} s (${fmt((s * 1000) / count, 1)} ms each)`, '< 20 s', verdict(s < 20 && failed === 0)]);
    const r = await benchReview(path.join(dir, 'in'));
    const rs = r.ms / 1000;
    rows.push([`perfscore review: ${r.files} unit workbooks into one summary`, `${fmt(rs, 2)} s`, '< 20 s', verdict(rs < 20)]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function syncs(): Promise<void> {
  for (const n of [30, 1000]) {
    const count = await countSyncs(n);
    rows.push([`Office.js syncs per run, ${n} leaves`, String(count), '2', verdict(count <= 2)]);
  }
}

function functions(): void {
  for (const { name, medianMicros } of benchFunctions()) {
    rows.push([`PERF.${name} median`, `${fmt(medianMicros, 2)} µs`, '< 20 µs', verdict(medianMicros < 20)]);
  }
}

function bundle(): void {
  const dist = path.resolve(process.cwd(), 'dist');
  // the pane is built by webpack, not by build:cli, so its absence is a note rather than a failure
  if (!fs.existsSync(path.join(dist, 'taskpane.html'))) {
    rows.push(['task pane start bundle (gzip)', 'not available (run npm run build)', `≤ ${fmt(START_BUDGET_BYTES / 1024, 0)} KB`, '']);
    return;
  }
  const { files, total, budget } = bundleSizes(dist);
  for (const f of files) rows.push([`  ${f.file} (gzip)`, `${fmt(f.gzipBytes / 1024, 1)} KB`, '', '']);
  rows.push(['task pane start bundle (gzip, total)', `${fmt(total / 1024, 1)} KB`, `≤ ${fmt(budget / 1024, 0)} KB`, verdict(total <= budget)]);
}

function print(): void {
  const head: Row = ['what', 'measured', 'budget', ''];
  const all = [head, ...rows];
  const width = (i: number) => Math.max(...all.map((r) => [...r[i]].length));
  const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - [...s].length));
  const w = [width(0), width(1), width(2), width(3)];
  const line = (r: Row) => r.map((c, i) => pad(c, w[i])).join('  ').trimEnd();
  process.stdout.write(`${line(head)}\n${w.map((n) => '-'.repeat(n)).join('  ')}\n`);
  for (const r of rows) process.stdout.write(`${line(r)}\n`);
  process.stdout.write(`\nNode ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'}; one process, one core.\n`);
}

async function run(): Promise<void> {
  const count = Number(process.env.PERFSCORE_BENCH_UNITS ?? 200);
  engine();
  ruleTexts();
  await cliPath(count);
  await syncs();
  rows.push(...(await benchMonitoring()));
  functions();
  bundle();
  print();
}

run().catch((err) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
