import type { GradeBands } from '../../../engine/grade';
import * as path from 'path';
import type { IndicatorSettings } from '../../../engine/types';
import { FRAMEWORKS } from '../../../frameworks';
import { EXIT_INTERNAL, EXIT_OK } from '../../shared/errors';
import { processIo, type CliIo } from '../../shared/io';
import { cleanIo } from '../../shared/terminalText';
import { outputsProblem, type OutputTarget } from '../../shared/outputsApart';
import { fileSystemReason } from '../../../hosts/file';
import { badArgs } from './badArgs';
import { collectInputs } from '../../shared/collect';
import { Progress } from './progress';
import { defaultJobs } from './jobs';
import { DEFAULT_SAMPLE } from './sample';
import { runPool } from './reviewPool';
import { SummaryWriter } from './summaryWriter';

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
  /** workbooks scored at once, each on its own worker thread; by default one per core */
  jobs?: number;
  /** how many units to draw for re-checking, riskiest first (抽评); by default DEFAULT_SAMPLE */
  sample?: number;
}

/** Units named on the terminal; the summary's 抽评建议 sheet lists them all. */
const SAMPLE_PRINTED = 10;

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
    const workbooks = found.flatMap((f, i) => (f.kind === 'workbook' ? [i] : []));
    const showProgress = args.progress ?? Boolean(process.stderr.isTTY);
    const progress = showProgress ? new Progress(workbooks.length, (t) => io.status(t), () => io.stderr('\n')) : null;
    let summary: SummaryWriter;
    try {
      summary = SummaryWriter.open(args.out, args.json, displayPathFn(), args.sample ?? DEFAULT_SAMPLE);
    } catch (err) {
      return badArgs(io, `无法写入 ${args.out}：${fileSystemReason(err, 'write')}`);
    }
    try {
      // files that are not workbooks keep their place in the list, between the workbooks found beside them
      let listed = 0;
      const listUpTo = (end: number) => {
        for (; listed < end; listed += 1) {
          const item = found[listed];
          if (item.kind !== 'workbook') summary.add({ status: item.kind === 'unread' ? 'failed' : 'skipped', file: item.file, reason: item.reason, ...(item.action ? { action: item.action } : {}) });
        }
      };
      const options = { ...(args.framework ? { framework: args.framework } : {}), ...(args.settings ? { settings: args.settings } : {}), ...(args.gradeBands ? { gradeBands: args.gradeBands } : {}) };
      await runPool(workbooks.map((i) => found[i].file), options, args.jobs ?? defaultJobs(), (n, result) => {
        listUpTo(workbooks[n]);
        summary.add(result);
        listed = workbooks[n] + 1;
        progress?.update(n + 1, path.basename(result.file));
      });
      listUpTo(found.length);
      progress?.finish();
      await summary.close();
    } catch (err) {
      summary.discard();
      // a refusal of the system (no permission, a full disk…) is told in Chinese with exit 2
      if ((err as NodeJS.ErrnoException).code !== undefined) return badArgs(io, `无法写入汇总文件：${fileSystemReason(err, 'write')}`);
      throw err;
    }
    const { scored, failed, skipped } = summary.counts;
    io.stdout(`共 ${found.length} 个文件：已评分 ${scored} 个，无法读取 ${failed} 个，跳过 ${skipped} 个。汇总已写入 ${args.out}${args.json ? `，JSON 已写入 ${args.json}` : ''}\n`);
    const sample = summary.sample;
    if (sample.length > 0) {
      const named = sample.slice(0, SAMPLE_PRINTED).map((u) => `${u.unit}（风险 ${u.risk}）`).join('、');
      io.stdout(`按风险抽取 ${sample.length} 个单位复核：${named}${sample.length > SAMPLE_PRINTED ? ' 等' : ''}（依据见汇总表“抽评建议”）\n`);
    }
    return EXIT_OK;
  } catch (err) {
    io.stderr(`内部错误：${(err as Error).stack ?? String(err)}\n`);
    return EXIT_INTERNAL;
  }
}
