import * as path from 'path';
import { FileHost } from '../../src/hosts/file';
import { analyse } from '../../src/workbook/analyse/analyse';
import type { Analysis } from '../../src/workbook/analyse/analysis.types';
import type { WorkbookSnapshot } from '../../src/workbook/port';

export const EXAMPLES = path.join(__dirname, '..', '..', 'examples');

export async function exampleSnapshot(file: string): Promise<WorkbookSnapshot> {
  return (await FileHost.open(path.join(EXAMPLES, file))).readSnapshot();
}

/** The example read by the file host and analysed as `perfscore score` does. */
export async function exampleAnalysis(file: string): Promise<Analysis> {
  const result = analyse(await exampleSnapshot(file));
  if (!result.ok) throw new Error(result.message);
  return result.analysis;
}
