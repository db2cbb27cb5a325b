import * as fs from 'fs';
import { FileHost, isFileHostError } from '../../../hosts/file';
import { verifyPlan } from '../../../workbook';
import { checkTargets, planTargetReview, readTargetSheets, reviewTargets } from '../../../workbook/targets';
import { collectInputs } from '../../shared/collect';
import { printCopyWarning } from '../../shared/copyWarning';
import { CliInputError, EXIT_OK } from '../../shared/errors';
import type { CliIo } from '../../shared/io';
import { requireCopyTarget } from '../../shared/inputs';
import { outputProblem } from '../../shared/outputPath';
import { targetJson } from './targetsJson';
import { findingLines, formLines, reviewLines } from './targetsText';

export interface TargetsArgs {
  inputs: string[];
  out?: string;
  json?: string;
}

type FileReport = { file: string; error: string } | { file: string; targets: ReturnType<typeof targetJson>[] };

/** Reads one workbook's 绩效目标表 sheets, prints each, and writes the review into a copy when asked. */
async function oneFile(file: string, out: string | undefined, io: CliIo): Promise<FileReport> {
  let host: FileHost;
  try {
    host = await FileHost.open(file);
  } catch (err) {
    if (!isFileHostError(err)) throw err;
    io.stdout(`${file}\n  无法读取：${err.message}\n`);
    return { file, error: err.message };
  }
  let snapshot = await host.readSnapshot();
  const targets = readTargetSheets(snapshot);
  io.stdout(`${file}\n`);
  if (targets.length === 0) {
    io.stdout('  未找到绩效目标表（表头应有 二级指标、三级指标 和 指标值 列）\n');
    return { file, targets: [] };
  }
  const reports: ReturnType<typeof targetJson>[] = [];
  for (const { sheet } of targets) {
    // each review sheet added changes the workbook: read again before the next plan
    const target = readTargetSheets(snapshot).find((t) => t.sheet === sheet)!;
    const findings = checkTargets(target);
    const review = reviewTargets(snapshot, target, findings);
    io.stdout([...formLines(target), ...findingLines(findings), ...reviewLines(review)].map((l) => `  ${l}\n`).join(''));
    reports.push(targetJson(target, findings, review));
    if (out === undefined) continue;
    const plan = planTargetReview(snapshot, target, findings, review);
    const { conflicts } = verifyPlan(snapshot, plan);
    if (conflicts.length > 0) throw new CliInputError(`${file}：工作簿在计算后发生变化，未写入`);
    await host.applyPlan(plan);
    snapshot = await host.readSnapshot();
  }
  if (out !== undefined) {
    await host.saveAs(out);
    io.stdout(`已写出副本：${out}（目标审核表与检查发现）\n`);
    printCopyWarning(host, io);
  }
  return { file, targets: reports };
}

/** `perfscore targets`: every 绩效目标表 found, checked and scored; read only unless --out names a copy. */
export async function targetsCommand(args: TargetsArgs, io: CliIo): Promise<number> {
  if (args.inputs.length === 0) throw new CliInputError('请给出要审核的绩效目标表工作簿或文件夹（perfscore targets --help 查看用法）');
  if (args.json !== undefined) {
    const problem = outputProblem(args.json, 'json', '.json');
    if (problem) throw new CliInputError(problem);
  }
  const found = collectInputs(args.inputs, [args.out, args.json].filter((x): x is string => x !== undefined));
  const workbooks = found.filter((f) => f.kind === 'workbook');
  if (args.out !== undefined) {
    if (workbooks.length !== 1) throw new CliInputError(`--out 只能与一个工作簿同用（找到 ${workbooks.length} 个）：审核结果写入该工作簿的副本`);
    requireCopyTarget(workbooks[0].file, args.out);
  }
  const reports: FileReport[] = [];
  for (const f of found) {
    if (f.kind !== 'workbook') {
      io.stdout(`${f.file}\n  ${f.kind === 'unread' ? '' : '已跳过：'}${f.reason}${f.action ? `（${f.action}）` : ''}\n`);
      continue;
    }
    reports.push(await oneFile(f.file, args.out, io));
  }
  if (args.json !== undefined) {
    fs.writeFileSync(args.json, `${JSON.stringify({ files: reports }, null, 2)}\n`);
    io.stdout(`JSON 已写入 ${args.json}\n`);
  }
  return EXIT_OK;
}
