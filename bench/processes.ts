import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { median } from './timing';

/** What one whole process cost: wall time from spawn to exit, CPU time and peak memory. */
export interface ProcessCost {
  wallMs: number;
  cpuMs: number;
  maxRssMb: number;
}

const USAGE_HOOK = path.join(__dirname, 'exitUsage.js');

/** Runs `node <args>` to completion and measures it; throws when it fails. */
export function measureProcess(args: string[]): ProcessCost {
  const usage = path.join(os.tmpdir(), `perfscore-bench-usage-${process.pid}.json`);
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['-r', USAGE_HOOK, ...args], { env: { ...process.env, PERFSCORE_BENCH_USAGE: usage }, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} exited ${run.status}: ${run.stderr.toString().slice(0, 500)}`);
  const { cpuMs, maxRssKb } = JSON.parse(fs.readFileSync(usage, 'utf8')) as { cpuMs: number; maxRssKb: number };
  fs.rmSync(usage, { force: true });
  return { wallMs, cpuMs, maxRssMb: maxRssKb / 1024 };
}

/**
 * Two commands run turn about `rounds` times, so both meet the same load on a shared machine; the
 * medians of each.
 */
export function sideBySide(a: string[], b: string[], rounds: number): { a: ProcessCost; b: ProcessCost } {
  const as: ProcessCost[] = [];
  const bs: ProcessCost[] = [];
  for (let i = 0; i < rounds; i++) {
    as.push(measureProcess(a));
    bs.push(measureProcess(b));
  }
  const med = (xs: ProcessCost[]): ProcessCost => ({ wallMs: median(xs.map((x) => x.wallMs)), cpuMs: median(xs.map((x) => x.cpuMs)), maxRssMb: median(xs.map((x) => x.maxRssMb)) });
  return { a: med(as), b: med(bs) };
}
