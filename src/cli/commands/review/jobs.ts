import * as os from 'os';

/** How many workbooks `perfscore review` scores at once by default: one per core. */
export function defaultJobs(): number {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}
