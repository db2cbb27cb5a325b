import { analyse } from '../../src/workbook/analyse/analyse';
import type { Analysis, AnalyseOptions } from '../../src/workbook/analyse/analysis.types';
import type { Warning } from '../../src/workbook/checks/finding';
import type { WorkbookSnapshot } from '../../src/workbook/port';

export function analysed(snapshot: WorkbookSnapshot, options?: AnalyseOptions): Analysis {
  const r = analyse(snapshot, options);
  if (!r.ok) throw new Error(r.message);
  return r.analysis;
}

export function found(a: Analysis, code: string): Warning[] {
  return a.warnings.filter((w) => w.code === code);
}
