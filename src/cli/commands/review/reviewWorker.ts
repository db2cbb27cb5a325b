import { parentPort, workerData } from 'worker_threads';
import { reviewUnit, type UnitOptions } from './unitResult';

/**
 * A review worker thread: scores the workbooks it is sent, one at a time, and posts each result back
 * with the index it came with (the summary lists them in the order they were found, not the order
 * they finish in).
 */
const options = workerData as UnitOptions;
const port = parentPort;
if (port) {
  port.on('message', (task: { index: number; file: string }) => {
    void reviewUnit(task.file, options).then((result) => port.postMessage({ index: task.index, result }));
  });
}
