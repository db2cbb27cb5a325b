import * as fs from 'fs';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { reviewUnit, type UnitOptions, type UnitResult } from './unitResult';

/**
 * The compiled worker script. Run from lib/ it sits beside this file; run from the TypeScript sources
 * (the tests), the compiled copy under lib/ is used. Null when there is none: the batch then runs on
 * this thread, with the same results.
 */
export function workerScript(): string | null {
  const beside = path.join(__dirname, 'reviewWorker.js');
  if (fs.existsSync(beside)) return beside;
  const built = path.resolve(__dirname, '../../../../lib/src/cli/commands/review/reviewWorker.js');
  return fs.existsSync(built) ? built : null;
}

export interface PoolRun {
  /** worker threads used; 0 when the batch ran on this thread */
  workers: number;
}

/**
 * Scores `files` with up to `jobs` worker threads and hands each result to `deliver` in the files'
 * order, whatever order they finish in, so the summary is the same with 1 worker or 16. Files are
 * sent out in order and at most a few are held back waiting for an earlier one. A worker that dies
 * (a defect, memory) fails only the file it held; a new worker takes its place.
 */
export async function runPool(files: string[], options: UnitOptions, jobs: number, deliver: (index: number, result: UnitResult) => void): Promise<PoolRun> {
  const script = jobs > 1 && files.length > 1 ? workerScript() : null;
  if (!script) {
    for (let i = 0; i < files.length; i += 1) deliver(i, await reviewUnit(files[i], options));
    return { workers: 0 };
  }
  const count = Math.min(jobs, files.length);
  const waiting = new Map<number, UnitResult>();
  let nextToDeliver = 0;
  let nextToSend = 0;
  const accept = (index: number, result: UnitResult) => {
    waiting.set(index, result);
    for (let r = waiting.get(nextToDeliver); r !== undefined; r = waiting.get(nextToDeliver)) {
      waiting.delete(nextToDeliver);
      deliver(nextToDeliver, r);
      nextToDeliver += 1;
    }
  };

  await new Promise<void>((resolve) => {
    let live = 0;
    const start = () => {
      const worker = new Worker(script, { workerData: options });
      let held: number | null = null;
      live += 1;
      const sendNext = () => {
        if (nextToSend >= files.length) {
          held = null;
          void worker.terminate();
          return;
        }
        held = nextToSend;
        nextToSend += 1;
        worker.postMessage({ index: held, file: files[held] });
      };
      worker.on('message', (msg: { index: number; result: UnitResult }) => {
        accept(msg.index, msg.result);
        sendNext();
      });
      worker.on('error', (err) => {
        if (held !== null) accept(held, { status: 'failed', file: files[held], reason: `处理该工作簿时审核线程出错：${err.message}`, action: '请单独审核该文件（--jobs 1），或把该文件反馈给维护人员' });
        held = null;
      });
      worker.on('exit', () => {
        live -= 1;
        if (held !== null) {
          accept(held, { status: 'failed', file: files[held], reason: '处理该工作簿时审核线程意外退出', action: '请单独审核该文件（--jobs 1），或把该文件反馈给维护人员' });
          held = null;
        }
        if (nextToSend < files.length) start();
        else if (live === 0) resolve();
      });
      sendNext();
    };
    for (let i = 0; i < count; i += 1) start();
  });
  return { workers: count };
}
