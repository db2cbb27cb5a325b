/** Shared set-up for the review tests: the examples through the file host and analyse. */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { FileHost } from '../../src/hosts/file';
import { analyse } from '../../src/workbook/analyse/analyse';
import type { Analysis } from '../../src/workbook/analyse/analysis.types';
import type { SheetSnapshot, WorkbookSnapshot } from '../../src/workbook/port';

export const EXAMPLES = path.resolve(__dirname, '../../examples');

export async function openExample(name: string): Promise<FileHost> {
  return FileHost.open(path.join(EXAMPLES, name));
}

export async function analysed(host: FileHost): Promise<{ snapshot: WorkbookSnapshot; analysis: Analysis }> {
  const snapshot = await host.readSnapshot();
  const result = analyse(snapshot);
  if (!result.ok) throw new Error(result.message);
  return { snapshot, analysis: result.analysis };
}

export function sheetOf(snapshot: WorkbookSnapshot, name: string): SheetSnapshot {
  const s = snapshot.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

/** A cell's value by A1 address. */
export function cell(snapshot: WorkbookSnapshot, sheet: string, address: string): unknown {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return sheetOf(snapshot, sheet).values[Number(m[2]) - 1]?.[col - 1] ?? null;
}

export function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}
