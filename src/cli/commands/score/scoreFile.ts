import { FileHost } from '../../../hosts/file';
import { analyse, planScoreWrite } from '../../../workbook';
import type { Analysis, AnalyseOptions } from '../../../workbook/analyse';
import type { WritePlan } from '../../../workbook/port';
import { CliInputError } from '../../shared/errors';

export interface ScoreFileOptions extends AnalyseOptions {
  /** write the scored copy here (never the input) */
  out?: string;
  /** write scores as formulas referring to the 基础数据 cells */
  formulas?: boolean;
}

export interface ScoreFileResult {
  host: FileHost;
  analysis: Analysis;
  plan: WritePlan | null;
  /** changes of the plan the copy could not hold, each said in Chinese (empty without --out) */
  skipped: string[];
}

/** Opens, analyses and (with `out`) writes the scored copy: the CLI's whole path for one file. */
export async function scoreFile(input: string, options: ScoreFileOptions = {}): Promise<ScoreFileResult> {
  const host = await FileHost.open(input);
  const snapshot = await host.readSnapshot();
  const result = analyse(snapshot, { framework: options.framework, sheet: options.sheet, settings: options.settings, gradeBands: options.gradeBands });
  if (!result.ok) throw new CliInputError(`${input}：${result.message}`);
  let plan: WritePlan | null = null;
  let skipped: string[] = [];
  if (options.out) {
    plan = planScoreWrite(result.analysis, { formulas: Boolean(options.formulas) });
    skipped = (await host.applyPlan(plan)).skipped;
    await host.saveAs(options.out);
  }
  return { host, analysis: result.analysis, plan, skipped };
}
