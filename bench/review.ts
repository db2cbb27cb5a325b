import * as fs from 'fs';
import * as path from 'path';
import { measureProcess, type ProcessCost } from './processes';

/**
 * `perfscore review` as a user runs it (its own process, from bin/perfscore.js) over `count` forms,
 * with 1 worker and with one per core, beside the floor: ExcelJS alone reading the same files one
 * after another. Forms beyond the distinct ones generated are hard links to them (the same work per
 * form, no disk filled); every run reads the files afresh.
 */

const BIN = path.resolve(__dirname, '../../bin/perfscore.js');
const BARE = path.join(__dirname, 'bareExcel.js');

export interface ReviewBench {
  forms: number;
  one: ProcessCost;
  many: ProcessCost;
  jobs: number;
  floor: ProcessCost;
  /** the JSON summaries of the two runs are byte for byte the same */
  same: boolean;
}

/** A folder of `count` forms made from the distinct ones in `base`. */
export function formsFolder(base: string[], dir: string, count: number): string {
  fs.mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const target = path.join(dir, `unit-${String(i + 1).padStart(5, '0')}.xlsx`);
    const source = base[i % base.length];
    try {
      fs.linkSync(source, target);
    } catch {
      fs.copyFileSync(source, target);
    }
  }
  return dir;
}

export function benchReview(forms: string, count: number, jobs: number, work: string): ReviewBench {
  const run = (j: number) => {
    const out = path.join(work, `summary-${count}-${j}.xlsx`);
    const json = path.join(work, `summary-${count}-${j}.json`);
    const cost = measureProcess([BIN, 'review', forms, '--out', out, '--json', json, '--jobs', String(j), '--no-progress']);
    const text = fs.readFileSync(json, 'utf8');
    fs.rmSync(out, { force: true });
    fs.rmSync(json, { force: true });
    return { cost, text };
  };
  const floor = measureProcess([BARE, 'read', forms]);
  const one = run(1);
  const many = run(jobs);
  return { forms: count, one: one.cost, many: many.cost, jobs, floor, same: one.text === many.text };
}
