import * as fs from 'fs';
import * as path from 'path';
import { isSameFile } from '../../../hosts/file';
import { LIGHT_NAMES, type Light } from '../../../engine/monitoring';
import { parseArgs } from '../../shared/args';
import { collectInputs } from '../../shared/collect';
import { CliInputError, EXIT_OK } from '../../shared/errors';
import { outputProblem } from '../../shared/outputPath';
import { writeOutputFile } from '../../shared/writeOutput';
import type { Command } from '../command';
import { monitorFile, type MonitorFileResult } from './monitorFile';
import { MONITOR_JSON_VERSION, monitorJson } from './monitorJson';
import { monitorText } from './monitorText';

const USAGE = 'perfscore monitor <工作簿或文件夹>… [--out <输出>] [--json <结果.json>] [--month <月>] [--sheet <工作表>] [--carry-forward]';

function monitorHelp(): string {
  return [
    `用法：${USAGE}`,
    '',
    '读取项目支出绩效运行监控表（财预〔2019〕136号），按资金执行和绩效指标完成情况亮预警灯，并列出检查提示：',
    '  资金：(执行数 ÷ 预算数) ÷ (月 ÷ 12)，低于 60% 红灯，60%–80% 黄灯，80% 及以上绿灯；',
    '  正向指标：完成值 ÷ (年度指标值 ÷ 12 × 月)，低于 60% 红灯，低于 80% 黄灯，低于 120% 绿灯，120% 及以上蓝灯；',
    '  反向指标：不超过年度指标值绿灯，否则红灯；定性指标：达成 绿灯、部分达成 黄灯、未达成 红灯；',
    '  项目预警灯取最差的指标灯；偏离序时目标 15% 及以上须填写偏差原因。阈值可在工作簿的设置表中修改。',
    '',
    '选项：',
    '  --out <输出>      写出副本：表旁加“预警灯”“监控提示”两列（文字与底色），并新建“监控报告”工作表；',
    '                    一个输入时为 .xlsx 文件，多个输入时为文件夹（副本与原文件同名）。输入文件从不被改写。',
    '  --json <文件>     把全部结果写成 JSON（金额单位万元、比率为百分数，均保留两位小数）',
    '  --month <月>      监控截至的月份（1–12）；默认取表头所写（如“1-7月执行数”），表中未写时按 7 月',
    '  --sheet <工作表>  只读这个工作表',
    '  --carry-forward   与 --out 同用：由监控表生成年终“项目支出绩效自评表”工作表（相同指标与年度指标值，',
    '                    实际完成值、分值、得分留待填写），不写预警灯',
    '',
    '退出码：0 完成（有无提示均为 0），2 输入有误。',
    '',
  ].join('\n');
}

function parseMonth(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{1,2}$/.test(text) || Number(text) < 1 || Number(text) > 12) throw new CliInputError(`--month 应为 1 到 12 的整数，收到“${text}”`);
  return Number(text);
}

/** Where each input's copy goes: the --out file for one input, else a file of the same name in the --out folder. */
function outFor(out: string | undefined, file: string, many: boolean): string | undefined {
  if (!out) return undefined;
  return many ? path.join(out, path.basename(file)) : out;
}

function tally(results: MonitorFileResult[]): string {
  const counts = new Map<Light | null, number>();
  for (const r of results) if (r.ok) counts.set(r.result.projectLight, (counts.get(r.result.projectLight) ?? 0) + 1);
  const parts = (['red', 'yellow', 'blue', 'green'] as const).filter((l) => counts.has(l)).map((l) => `${LIGHT_NAMES[l]} ${counts.get(l)}`);
  if (counts.has(null)) parts.push(`无法判断 ${counts.get(null)}`);
  const failed = results.filter((r) => !r.ok).length;
  if (failed > 0) parts.push(`未能读取 ${failed}`);
  return `共 ${results.length} 个工作簿，项目预警灯：${parts.join('、')}\n`;
}

/** `perfscore monitor`: lights and findings of one or many monitoring forms; copies and JSON on request. */
export const monitor: Command = {
  name: 'monitor',
  usage: USAGE,
  summary: '读取绩效运行监控表，亮资金与指标预警灯、列出检查提示；可写出带预警灯和监控报告的副本，或生成年终自评表',
  help: monitorHelp,
  async run(argv, io) {
    const args = parseArgs(argv, { values: ['out', 'json', 'month', 'sheet'], flags: ['help', 'carry-forward'] }, 'monitor');
    if (args.flags.has('help')) {
      io.stdout(monitorHelp());
      return EXIT_OK;
    }
    if (args.positionals.length === 0) throw new CliInputError(`用法：${USAGE}`);
    const month = parseMonth(args.values.month);
    const { out, json, sheet } = args.values;
    const carryForward = args.flags.has('carry-forward');
    if (carryForward && !out) throw new CliInputError('--carry-forward 需要 --out：年终自评表写入副本，从不改写输入文件');
    if (json) {
      const problem = outputProblem(json, 'json', '.json');
      if (problem) throw new CliInputError(problem);
    }
    const outputs = [...(out ? [out] : []), ...(json ? [json] : [])];
    const found = collectInputs(args.positionals, outputs);
    const workbooks = found.filter((f) => f.kind === 'workbook');
    const many = workbooks.length > 1 || args.positionals.some((p) => fs.existsSync(p) && fs.statSync(p).isDirectory());
    if (out) {
      if (many) {
        if (fs.existsSync(out) && !fs.statSync(out).isDirectory()) throw new CliInputError(`多个输入时 --out 应为文件夹，“${out}”是文件`);
      } else {
        const problem = outputProblem(out, 'out', '.xlsx');
        if (problem) throw new CliInputError(problem);
      }
      for (const w of workbooks) {
        const target = outFor(out, w.file, many)!;
        if (isSameFile(target, w.file)) throw new CliInputError(`--out 不能是输入文件本身（${target}），输入文件从不被改写`);
      }
      if (many) fs.mkdirSync(out, { recursive: true });
    }
    if (!many && workbooks.length === 0) {
      const first = found[0];
      throw new CliInputError(first && first.kind !== 'workbook' ? first.reason : `找不到工作簿：${args.positionals.join('、')}`);
    }

    const results: MonitorFileResult[] = [];
    for (const item of found) {
      if (item.kind !== 'workbook') {
        io.stderr(`跳过 ${item.file}：${item.reason}\n`);
        continue;
      }
      const r = await monitorFile(item.file, { month, sheet, out: outFor(out, item.file, many), carryForward });
      results.push(r);
      if (!r.ok) {
        if (!many) throw new CliInputError(`${item.file}：${r.message}`);
        io.stderr(`${item.file}：${r.message}\n`);
        continue;
      }
      io.stdout(monitorText(item.file, r.result));
      if (r.written) {
        for (const note of r.written.skipped) io.stderr(`注意：${note}\n`);
        if (r.written.dropped) io.stderr(`${r.written.dropped}\n`);
        io.stdout(`  已写出：${r.written.out}（${r.written.title}）\n`);
      }
    }
    if (many) io.stdout(tally(results));
    if (json) {
      const files = results.map((r) => (r.ok ? { file: r.file, ok: true, ...monitorJson(r.result) } : { file: r.file, ok: false, message: r.message }));
      writeOutputFile(json, `${JSON.stringify({ version: MONITOR_JSON_VERSION, files }, null, 2)}\n`);
    }
    return EXIT_OK;
  },
};
