/**
 * The floors: what ExcelJS alone costs for the same files, in a process of its own.
 * `node lib/bench/bareExcel.js readwrite <in.xlsx> <out.xlsx>`: one read and one write (the floor of
 * `perfscore score --out`); `node lib/bench/bareExcel.js read <folder>`: every .xlsx in the folder
 * read one after another on one core (the floor of `perfscore review`).
 */
import * as fs from 'fs';
import * as path from 'path';

async function run(): Promise<void> {
  const [mode, input, output] = process.argv.slice(2);
  const ExcelJS = (await import('exceljs')).default;
  if (mode === 'readwrite') {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(input);
    await wb.xlsx.writeFile(output);
    return;
  }
  for (const name of fs.readdirSync(input).sort()) {
    if (!name.endsWith('.xlsx')) continue;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(path.join(input, name)) as unknown as ArrayBuffer);
  }
}

run().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
