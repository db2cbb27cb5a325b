/**
 * `npm run bench` (`-- --huge` adds review over 20,000 forms): what users run, each beside its floor
 * measured in the same run, and the ratio, since on a shared machine a ratio holds where a time does
 * not. (a) `analyse` (what 识别 and every command wait for) at 30 to 30,000 leaves beside the engine
 * alone; (b) one `perfscore score --out`, whole process, beside a bare ExcelJS read + write of the same
 * file; (c) `perfscore review` over 200 and 2,000 forms with 1 worker and one per core, beside a bare
 * ExcelJS read of the same files, with peak memory; (d) the pane's Office.js syncs for 识别 → 写入;
 * the pane's 识别 and 评分 in headless Chromium; (e) PERF.* calls, median and batched mean; (f) the
 * Excel and WPS task panes' start bundles, once built. Every part is imported directly, so a part that goes missing fails the build.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { D } from '../src/engine/decimal';
import { benchMonitoring } from './monitoring';
import { benchPaneTimes, PANE_BUDGET_MS } from './paneTimes';
import { parseStandard } from '../src/workbook/rules';
import { defaultJobs } from '../src/cli/commands/review/jobs';
import { benchAnalyse } from './analyse';
import { bundleSizes, START_BUDGET_BYTES } from './bundleSize';
import { benchFunctions } from './functions';
import { sideBySide } from './processes';
import { benchReview, formsFolder } from './review';
import { paneSyncs } from './syncs';
import { median, timeMs } from './timing';
import { writeUnitWorkbooks } from './unitWorkbooks';

type Row = [what: string, measured: string, floor: string, ratio: string, budget: string, verdict: string];
const rows: Row[] = [];
const notes: string[] = [];

function fmt(n: number, places = 1): string {
  return new D(n).toFixed(places);
}

const ratio = (a: number, b: number) => `${fmt(a / b, 2)}×`;
const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER');

function analyseRows(): Promise<void> {
  return [30, 300, 1000, 3000, 30000].reduce(async (prev, leaves) => {
    await prev;
    const t = await benchAnalyse(leaves);
    const budget = leaves === 1000 ? '< 40 ms' : '';
    rows.push([`analyse, ${leaves.toLocaleString('en')} leaves, CPU (median of ${t.runs})`, `${fmt(t.analyseMs, 1)} ms`, `engine ${fmt(t.engineMs, 1)} ms`, ratio(t.analyseMs, t.engineMs), budget, leaves === 1000 ? verdict(t.analyseMs < 40) : '']);
  }, Promise.resolve());
}

/** Reading the 评分标准 texts of a 100-leaf table: the corpus's texts taken in turn until there are 100. */
function ruleTexts(): void {
  const dir = path.resolve(__dirname, '../../test/fixtures/rule-texts');
  const corpus = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).flatMap((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { text: string; points: string; definition?: string }[]);
  const table = Array.from({ length: 100 }, (_, i) => corpus[i % corpus.length]);
  const once = () => table.forEach((it) => parseStandard({ text: it.text, points: it.points, definition: it.definition }));
  for (let i = 0; i < 5; i++) once();
  const times = Array.from({ length: 21 }, () => timeMs(once));
  rows.push(['parse the 评分标准 texts of a 100-leaf table (median of 21)', `${fmt(median(times), 2)} ms`, '', '', '', '']);
}

function scoreProcess(work: string): void {
  const input = path.resolve(__dirname, '../../examples/shenzhen-2024.xlsx');
  const bin = path.resolve(__dirname, '../../bin/perfscore.js');
  const { a, b } = sideBySide([bin, 'score', input, '--out', path.join(work, 'scored.xlsx')], [path.join(__dirname, 'bareExcel.js'), 'readwrite', input, path.join(work, 'bare.xlsx')], 7);
  rows.push(['perfscore score --out shenzhen-2024.xlsx, whole process, wall (median of 7)', `${fmt(a.wallMs, 0)} ms`, `ExcelJS read+write ${fmt(b.wallMs, 0)} ms`, ratio(a.wallMs, b.wallMs), '≤ 1.1×', verdict(a.wallMs <= 1.1 * b.wallMs)]);
  rows.push(['  the same, CPU time', `${fmt(a.cpuMs, 0)} ms`, `${fmt(b.cpuMs, 0)} ms`, ratio(a.cpuMs, b.cpuMs), '≤ 1.1×', verdict(a.cpuMs <= 1.1 * b.cpuMs)]);
}

async function review(work: string, counts: number[]): Promise<void> {
  const base = await writeUnitWorkbooks(path.join(work, 'base'), 200);
  const jobs = defaultJobs();
  for (const count of counts) {
    const forms = count === base.length ? path.join(work, 'base') : formsFolder(base, path.join(work, `forms-${count}`), count);
    const r = benchReview(forms, count, jobs, work);
    const perForm = (c: { cpuMs: number }) => c.cpuMs / count;
    rows.push([`perfscore review, ${count.toLocaleString('en')} forms, 1 worker: CPU per form`, `${fmt(perForm(r.one), 1)} ms`, `ExcelJS read ${fmt(perForm(r.floor), 1)} ms`, ratio(r.one.cpuMs, r.floor.cpuMs), '≤ 1.5×', verdict(r.one.cpuMs <= 1.5 * r.floor.cpuMs)]);
    rows.push([`  wall, 1 worker → ${jobs} workers (speed-up)`, `${fmt(r.one.wallMs / 1000, 1)} s → ${fmt(r.many.wallMs / 1000, 1)} s`, `read ${fmt(r.floor.wallMs / 1000, 1)} s`, `${fmt(r.one.wallMs / r.many.wallMs, 2)}× faster`, `near ${jobs}×`, '']);
    rows.push([`  peak memory, ${jobs} workers (1 worker)`, `${fmt(r.many.maxRssMb, 0)} MB (${fmt(r.one.maxRssMb, 0)} MB)`, `read ${fmt(r.floor.maxRssMb, 0)} MB`, '', '< 500 MB', verdict(r.many.maxRssMb < 500)]);
    rows.push([`  same summary with 1 and ${jobs} workers`, r.same ? 'yes' : 'NO', '', '', 'yes', verdict(r.same)]);
    fs.rmSync(path.join(work, `forms-${count}`), { recursive: true, force: true });
  }
}

async function syncs(): Promise<void> {
  for (const n of [30, 1000]) {
    const { recognise, write } = await paneSyncs(n);
    rows.push([`Office.js syncs, 识别 → 写入, ${n} leaves`, `${recognise} + ${write}`, '', '', '1 + 2', verdict(recognise === 1 && write === 2)]);
  }
  notes.push('syncs: 识别 reads the workbook once; 写入 reads it again (a write is refused when a cell it changes, or a figure it was computed from, changed since the preview) and writes in one batch.');
}

/** The pane's 识别 and 评分 in headless Chromium (bench/paneTimes.ts); a machine without the browser gets a note. */
async function paneTimes(): Promise<void> {
  try {
    for (const t of await benchPaneTimes()) {
      const budgeted = t.leaves >= 1000;
      rows.push([`pane 识别 / 评分, ${t.leaves} leaves, click to result`, `${fmt(t.detectMs, 0)} / ${fmt(t.scoreMs, 0)} ms`, '', '', budgeted ? `< ${PANE_BUDGET_MS} ms` : '', budgeted ? verdict(t.detectMs < PANE_BUDGET_MS && t.scoreMs < PANE_BUDGET_MS) : '']);
    }
  } catch (err) {
    notes.push(`pane times not measured: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
  }
}

function functions(): void {
  for (const { name, medianMicros, batchedMeanMicros } of benchFunctions()) {
    const worst = Math.max(medianMicros, batchedMeanMicros);
    rows.push([`PERF.${name}: median / batched mean with GC`, `${fmt(medianMicros, 2)} / ${fmt(batchedMeanMicros, 2)} µs`, '', '', '< 20 µs', verdict(worst < 20)]);
  }
}

function bundles(): void {
  const dist = path.resolve(process.cwd(), 'dist');
  const excel = fs.existsSync(path.join(dist, 'taskpane.html')) ? bundleSizes(dist).total : null;
  const wps = fs.existsSync(path.join(dist, 'wps', 'taskpane.html')) ? bundleSizes(path.join(dist, 'wps')).total : null;
  const kb = (n: number | null, build: string) => (n === null ? `not built (npm run ${build})` : `${fmt(n / 1024, 1)} KB`);
  rows.push(['Excel task pane start bundle (gzip)', kb(excel, 'build'), '', '', `≤ ${fmt(START_BUDGET_BYTES / 1024, 0)} KB`, excel === null ? '' : verdict(excel <= START_BUDGET_BYTES)]);
  rows.push(['WPS task pane start bundle (gzip)', kb(wps, 'build:wps'), excel === null ? '' : `Excel ${fmt(excel / 1024, 1)} KB`, excel && wps ? ratio(wps, excel) : '', '≤ Excel', excel && wps ? verdict(wps <= excel) : '']);
}

function print(): void {
  const head: Row = ['what', 'measured', 'floor', 'ratio', 'budget', ''];
  const all = [head, ...rows];
  const width = (i: number) => Math.max(...all.map((r) => [...r[i]].length));
  const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - [...s].length));
  const w = head.map((_, i) => width(i));
  const line = (r: Row) => r.map((c, i) => pad(c, w[i])).join('  ').trimEnd();
  process.stdout.write(`${line(head)}\n${w.map((n) => '-'.repeat(n)).join('  ')}\n`);
  for (const r of rows) process.stdout.write(`${line(r)}\n`);
  for (const n of notes) process.stdout.write(`\n${n}`);
  process.stdout.write(`\n\nNode ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} × ${defaultJobs()}; load average ${os.loadavg().map((l) => fmt(l, 1)).join(' ')} at the end.\n`);
}

async function run(): Promise<void> {
  const huge = process.argv.includes('--huge') || process.env.PERFSCORE_BENCH_HUGE === '1';
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'perfscore-bench-'));
  try {
    await analyseRows();
    ruleTexts();
    scoreProcess(work);
    await review(work, huge ? [200, 2000, 20000] : [200, 2000]);
    await syncs();
    await paneTimes();
    for (const [what, measured, budget, ok] of await benchMonitoring()) rows.push([what, measured, '', '', budget, ok]);
    functions();
    bundles();
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  print();
}

run().catch((err) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
