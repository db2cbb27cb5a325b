import type { GradeBands } from '../../../engine/grade';
import * as path from 'path';
import type { IndicatorSettings } from '../../../engine/types';
import { FRAMEWORKS } from '../../../frameworks';
import { CliInputError, EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK } from '../../shared/errors';
import { processIo, type CliIo } from '../../shared/io';
import { cleanIo } from '../../shared/terminalText';
import { outputsProblem, type OutputTarget } from '../../shared/outputsApart';
import { writeOutputFile } from '../../shared/writeOutput';
import { withStoredText } from '../../../hosts/file';
import { collectInputs } from '../../shared/collect';
import { summaryJson, summaryWorkbook } from './summaryWorkbook';
import { reviewUnit, type UnitResult } from './unitResult';

export interface ReviewArgs {
  inputs: string[];
  out: string;
  json?: string;
  framework?: string;
  /** show a progress line on stderr; by default only when stderr is a terminal */
  progress?: boolean;
  /** run settings from the command line (e.g. --over-achievement) */
  settings?: Partial<IndicatorSettings>;
  /** grade bands from the command line (--grade-bands) */
  gradeBands?: GradeBands;
}

/** One Chinese line on stderr, exit 2: how review refuses its arguments. */
export function badArgs(io: CliIo, message: string): number {
  io.stderr(`${message}\n`);
  return EXIT_BAD_INPUT;
}

/** Paths in the summary: relative to the working folder when inside it, else as resolved. */
function displayPathFn(): (file: string) => string {
  const cwd = process.cwd();
  return (file) => {
    const rel = path.relative(cwd, path.resolve(file));
    return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : path.resolve(file);
  };
}

/**
 * `perfscore review`: scores every unit workbook found, read only, and writes one summary workbook
 * (and JSON). Exit 0 when the batch ran, whatever the individual files held; 2 for bad arguments.
 */
export async function reviewCommand(args: ReviewArgs, streams: CliIo = processIo): Promise<number> {
  const io = cleanIo(streams);
  try {
    const inputs = (args.inputs ?? []).filter((x) => typeof x === 'string' && x.trim() !== '');
    if (inputs.length === 0) return badArgs(io, '请给出要审核的工作簿或文件夹（perfscore review --help 查看用法）');
    if (!args.out || args.out.trim() === '') return badArgs(io, '缺少 --out <汇总.xlsx>：请指定汇总工作簿的保存位置');
    const outputs: OutputTarget[] = [{ option: 'out', file: args.out, ext: '.xlsx' }, ...(args.json !== undefined ? [{ option: 'json', file: args.json, ext: '.json' }] : [])];
    const outProblem = outputsProblem(inputs, outputs);
    if (outProblem) return badArgs(io, outProblem);
    if (args.framework !== undefined && !FRAMEWORKS.some((f) => f.id === args.framework)) {
      return badArgs(io, `未知的评分框架“${args.framework}”。可用：${FRAMEWORKS.map((f) => f.id).join('、')}`);
    }
    const found = collectInputs(inputs);
    // an output that is one of the workbooks found (or a link to one) would replace a unit's workbook
    const read = outputsProblem(found.filter((f) => f.kind === 'workbook').map((f) => f.file), outputs);
    if (read) return badArgs(io, read);
    const workbooks = found.filter((f) => f.kind === 'workbook').length;
    const showProgress = args.progress ?? Boolean(process.stderr.isTTY);
    const results: UnitResult[] = [];
    let done = 0;
    for (const item of found) {
      if (item.kind !== 'workbook') {
        results.push({ status: item.kind === 'missing' ? 'failed' : 'skipped', file: item.file, reason: item.reason });
        continue;
      }
      done += 1;
      if (showProgress) io.status(`审核中 ${done}/${workbooks}：${path.basename(item.file)}`);
      results.push(await reviewUnit(item.file, { ...(args.framework ? { framework: args.framework } : {}), ...(args.settings ? { settings: args.settings } : {}), ...(args.gradeBands ? { gradeBands: args.gradeBands } : {}) }));
    }
    if (showProgress && workbooks > 0) io.stderr('\n');

    const show = displayPathFn();
    try {
      const summary = summaryWorkbook(results, show);
      // unit names and reasons are the units' text: stored as Excel stores it, so the summary opens
      writeOutputFile(args.out, await withStoredText(summary, async () => Buffer.from(await summary.xlsx.writeBuffer())));
      if (args.json) writeOutputFile(args.json, `${JSON.stringify(summaryJson(results, show), null, 2)}\n`);
    } catch (err) {
      if (err instanceof CliInputError) return badArgs(io, err.message);
      throw err;
    }
    const scored = results.filter((r) => r.status === 'scored').length;
    const failed = results.filter((r) => r.status === 'failed').length;
    const skipped = results.filter((r) => r.status === 'skipped').length;
    io.stdout(`共 ${results.length} 个文件：已评分 ${scored} 个，无法读取 ${failed} 个，跳过 ${skipped} 个。汇总已写入 ${args.out}${args.json ? `，JSON 已写入 ${args.json}` : ''}\n`);
    return EXIT_OK;
  } catch (err) {
    io.stderr(`内部错误：${(err as Error).stack ?? String(err)}\n`);
    return EXIT_INTERNAL;
  }
}
