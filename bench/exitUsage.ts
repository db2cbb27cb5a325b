/**
 * Preloaded into a measured process (`node -r lib/bench/exitUsage.js …`): when it exits, writes its
 * CPU time and peak resident memory (worker threads included: they share the process) to the file
 * named by PERFSCORE_BENCH_USAGE, so the bench compares what each whole process cost.
 */
import * as fs from 'fs';

const target = process.env.PERFSCORE_BENCH_USAGE;
if (target) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    fs.writeFileSync(target, JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssKb: u.maxRSS }));
  });
}
