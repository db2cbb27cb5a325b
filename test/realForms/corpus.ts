import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { scoreFile } from '../../src/cli/commands/score/scoreFile';
import type { Analysis } from '../../src/workbook/analyse/analysis.types';

/**
 * The published forms of test/fixtures/real as workbooks: each fixture's printed grid written to a real
 * .xlsx (values and merges; numbers as numbers, text as text) and read back through the command line's
 * own path (the file host, then analyse), as `perfscore score` reads a user's file.
 */

export const REAL_DIR = path.join(__dirname, '..', 'fixtures', 'real');

export type Cell = string | number | null;

export interface TruthLeaf {
  row: number;
  name: string;
  points: string | null;
  direction: string;
  target: string | null;
  actual: string | null;
  statedScore: string | null;
  score: string | null;
}

export interface TruthFinding {
  code: string | null;
  cell: string;
  why: string;
}

export interface RealForm {
  id: string;
  source: string;
  province: string | null;
  kind: 'project' | 'department';
  layout: string;
  partial: boolean;
  note: string;
  sheet: { name: string; rows: Cell[][]; merges: string[] };
  truth: {
    unit: string | null;
    year: string | null;
    leafCount: number;
    pointsTotal: string;
    funds: { budget: string; executed: string; points: string | null; score: string | null } | null;
    leaves: TruthLeaf[];
    total: string;
    statedTotal: string | null;
    mustFlag: TruthFinding[];
    mustNotFlag: { cell: string; why: string }[];
  };
}

export function realFormFiles(): string[] {
  return fs
    .readdirSync(REAL_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort();
}

export function loadRealForm(file: string): RealForm {
  return JSON.parse(fs.readFileSync(path.join(REAL_DIR, file), 'utf8')) as RealForm;
}

/** The fixture's grid as .xlsx bytes: every non-null cell written with its JSON type, then the merges. */
export async function realFormXlsx(form: RealForm): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(form.sheet.name);
  form.sheet.rows.forEach((cells, r) => {
    cells.forEach((v, c) => {
      if (v !== null) ws.getCell(r + 1, c + 1).value = v;
    });
  });
  for (const range of form.sheet.merges) ws.mergeCells(range);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

let tmpDir: string | null = null;

/** Writes the fixture as a file and scores it as `perfscore score <file>` does. */
export async function scoreRealForm(form: RealForm, file: string): Promise<Analysis> {
  tmpDir = tmpDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'perfscore-real-'));
  const xlsx = path.join(tmpDir, file.replace(/\.json$/, '.xlsx'));
  fs.writeFileSync(xlsx, await realFormXlsx(form));
  return (await scoreFile(xlsx)).analysis;
}

/** Text as compared for gluing: width folded, whitespace removed. */
export function gluedKey(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/**
 * Two cells' texts glued into one string: some pair of distinct printed cells (2+ characters each,
 * not numbers) whose texts stand one right after the other inside `text`, where no single cell holds
 * that joined text itself.
 */
export function gluedCells(text: string, rows: Cell[][]): [string, string] | null {
  const key = gluedKey(text);
  const cells = new Set<string>();
  for (const row of rows) {
    for (const v of row) {
      if (typeof v !== 'string') continue;
      const k = gluedKey(v);
      if (k.length >= 2 && key.includes(k)) cells.add(k);
    }
  }
  const whole = new Set(rows.flat().filter((v): v is string => typeof v === 'string').map(gluedKey));
  for (const a of cells) {
    for (const b of cells) {
      if (a === b) continue;
      const joined = a + b;
      if (!key.includes(joined)) continue;
      if ([...whole].some((w) => w.includes(joined))) continue;
      return [a, b];
    }
  }
  return null;
}

/** A corpus form scored as printed, or as an altered copy (one cell changed by `change`) to show a check both ways. */
export function scoreCorpusForm(file: string, change: (form: RealForm) => void = () => undefined): Promise<Analysis> {
  const form = loadRealForm(file);
  change(form);
  return scoreRealForm(form, file);
}
