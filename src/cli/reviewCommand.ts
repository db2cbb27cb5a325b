import type { IndicatorSettings } from '../engine/types';
import * as fs from 'fs';
import * as path from 'path';
import { FRAMEWORKS } from '../frameworks';
import { isSameFile } from '../hosts/file/samePath';
import { parseArgs, RUN_SETTING_OPTIONS, runSettings } from './args';
import { CliInputError, EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK } from './errors';
import { processIo, type CliIo } from './io';
import { outputProblem } from './outputPath';
import { collectInputs } from './review/collect';
import { summaryJson, summaryWorkbook } from './review/summaryWorkbook';
import { reviewUnit, type UnitResult } from './review/unitResult';

export interface ReviewArgs {
  inputs: string[];
  out: string;
  json?: string;
  framework?: string;
  /** show a progress line on stderr; by default only when stderr is a terminal */
  progress?: boolean;
  /** run settings from the command line (e.g. --over-achievement) */
  settings?: Partial<IndicatorSettings>;
}

export function reviewHelp(): string {
  return [
    '用法：perfscore review <文件或文件夹...> --out <汇总.xlsx> [--json <汇总.json>] [--framework <框架>] [--over-achievement <倍数>]',
    '',
    '逐一评分所列单位工作簿（文件夹中的 .xlsx 逐层查找），只读取、从不改动它们，写出一份汇总工作簿：',
    '每个单位一行（单位名称、文件、指标表位置、自评总分、系统计算总分、已有审核时的审核后总分、等级、',
    '错误与警告条数、失分最多的三项），每种检查提示一张表列出出现位置；无法读取的文件列出原因。',
    '',
    '  --out <汇总.xlsx>      汇总工作簿（必填），不能与任何输入文件相同',
    '  --json <汇总.json>     同样内容的 JSON',
    '  --framework <框架>     指定评分框架，默认每个工作簿按指标名称自动选择',
    `                         可用：${FRAMEWORKS.map((f) => f.id).join('、')}`,
    '  --over-achievement <倍数>  实际完成值达到目标值该倍数（如 1.3）时要求填写偏差原因（项目支出绩效自评表）',
    '',
    '退出码：0 已完成（即使其中有无法读取的文件）；2 参数有误；1 内部错误',
    '',
  ].join('\n');
}

function badArgs(io: CliIo, message: string): number {
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
export async function reviewCommand(args: ReviewArgs, io: CliIo = processIo): Promise<number> {
  try {
    const inputs = (args.inputs ?? []).filter((x) => typeof x === 'string' && x.trim() !== '');
    if (inputs.length === 0) return badArgs(io, '请给出要审核的工作簿或文件夹（perfscore review --help 查看用法）');
    if (!args.out || args.out.trim() === '') return badArgs(io, '缺少 --out <汇总.xlsx>：请指定汇总工作簿的保存位置');
    const outProblem = outputProblem(args.out, 'out', '.xlsx');
    if (outProblem) return badArgs(io, outProblem);
    if (args.json !== undefined) {
      const jsonProblem = outputProblem(args.json, 'json', '.json');
      if (jsonProblem) return badArgs(io, jsonProblem);
    }
    if (args.framework !== undefined && !FRAMEWORKS.some((f) => f.id === args.framework)) {
      return badArgs(io, `未知的评分框架“${args.framework}”。可用：${FRAMEWORKS.map((f) => f.id).join('、')}`);
    }
    const outputs = [args.out, ...(args.json ? [args.json] : [])];
    for (const input of inputs) {
      if (outputs.some((o) => isSameFile(o, input))) return badArgs(io, `输出文件不能与输入文件相同：${input}`);
    }

    const found = collectInputs(inputs, outputs);
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
      if (showProgress) io.stderr(`\r审核中 ${done}/${workbooks}：${path.basename(item.file)}\u001b[K`);
      results.push(await reviewUnit(item.file, { ...(args.framework ? { framework: args.framework } : {}), ...(args.settings ? { settings: args.settings } : {}) }));
    }
    if (showProgress && workbooks > 0) io.stderr('\n');

    const show = displayPathFn();
    try {
      await summaryWorkbook(results, show).xlsx.writeFile(args.out);
      if (args.json) fs.writeFileSync(args.json, `${JSON.stringify(summaryJson(results, show), null, 2)}\n`);
    } catch (err) {
      return badArgs(io, `无法写入汇总文件：${(err as Error).message}`);
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

/** `perfscore review …` from the raw arguments after the command word. */
export async function runReview(argv: string[], io: CliIo = processIo): Promise<number> {
  let parsed;
  let settings: Partial<IndicatorSettings> = {};
  try {
    parsed = parseArgs(argv, { values: ['out', 'json', 'framework', ...RUN_SETTING_OPTIONS], flags: ['help', 'progress', 'no-progress'] }, 'review');
    settings = runSettings(parsed.values);
  } catch (err) {
    if (err instanceof CliInputError) return badArgs(io, err.message);
    throw err;
  }
  if (parsed.flags.has('help')) {
    io.stdout(reviewHelp());
    return EXIT_OK;
  }
  const progress = parsed.flags.has('progress') ? true : parsed.flags.has('no-progress') ? false : undefined;
  return reviewCommand(
    {
      inputs: parsed.positionals,
      out: parsed.values.out ?? '',
      ...(parsed.values.json !== undefined ? { json: parsed.values.json } : {}),
      ...(parsed.values.framework !== undefined ? { framework: parsed.values.framework } : {}),
      ...(progress !== undefined ? { progress } : {}),
      ...(Object.keys(settings).length > 0 ? { settings } : {}),
    },
    io,
  );
}
