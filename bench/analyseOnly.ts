/** `node lib/bench/analyseOnly.js [leaves...]`: only the analyse figures, for quick before/after checks. */
import { benchAnalyse } from './analyse';

async function run(): Promise<void> {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  for (const n of sizes.length ? sizes : [30, 300, 1000, 3000]) {
    const t = await benchAnalyse(n);
    process.stdout.write(`${n} leaves: analyse ${t.analyseMs.toFixed(1)} ms, engine ${t.engineMs.toFixed(1)} ms (median of ${t.runs})\n`);
  }
}
void run();
