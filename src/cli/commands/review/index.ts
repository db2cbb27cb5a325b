import { FRAMEWORKS } from '../../../frameworks';
import { parseArgs, RUN_SETTING_OPTIONS, runSettings, type ParsedArgs, type RunSettings } from '../../shared/args';
import { CliInputError, EXIT_OK } from '../../shared/errors';
import type { Command } from '../command';
import { badArgs } from './badArgs';
import { defaultJobs } from './jobs';
import { DEFAULT_SAMPLE } from './sample';

function reviewHelp(): string {
  return [
    '用法：perfscore review <文件或文件夹...> --out <汇总.xlsx> [--json <汇总.json>] [--jobs <数量>] [--sample <数量>] [--framework <框架>] [--over-achievement <倍数>] [--grade-bands <优/良/中>]',
    '',
    '逐一评分所列单位工作簿（文件夹中的 .xlsx 逐层查找），只读取、从不改动它们，写出一份汇总工作簿：',
    '每个单位一行（单位名称、文件、指标表位置、自评总分、系统计算总分、自评−系统、已有审核时的审核后总分、',
    '等级、错误与警告条数、失分最多的三项），每种检查提示一张表列出出现位置；无法读取的文件（含 .xls）',
    '列出原因与处理建议（如另存为 .xlsx）。另按审核人员关注的风险信号（合计与明细不符、自评高于计算、',
    '超额完成未说明原因、定量指标填文字、未得满分未填原因、满意度 100%、定性指标全部满分）为各单位计风险分、',
    '排序，抽取风险最高的若干单位供复核（“抽评建议”表列出每个单位的信号、权重与位置）。',
    '',
    '  --out <汇总.xlsx>      汇总工作簿（必填），不能与任何输入文件相同',
    '  --json <汇总.json>     同样内容的 JSON',
    '  --framework <框架>     指定评分框架，默认每个工作簿按指标名称自动选择',
    `                         可用：${FRAMEWORKS.map((f) => f.id).join('、')}`,
    '  --over-achievement <倍数>  实际完成值达到目标值该倍数（如 1.3）时要求填写偏差原因（项目支出绩效自评表）',
    '  --grade-bands <优/良/中>   等级标准，如 80/70/60；默认按工作簿设置，否则 90/80/60',
    `  --jobs <数量>          同时审核的工作簿数（每个一个线程），默认等于处理器核数（本机 ${defaultJobs()}）；结果与顺序不受影响`,
    `  --sample <数量>        按风险抽取复核的单位数，默认 ${DEFAULT_SAMPLE}`,
    '  --progress / --no-progress  是否在标准错误输出显示进度与预计剩余时间；默认仅在终端中显示',
    '',
    '退出码：0 已完成（即使其中有无法读取的文件）；2 参数有误；1 内部错误',
    '',
  ].join('\n');
}

/** `perfscore review …` from the raw arguments after the command word. */
export const review: Command = {
  name: 'review',
  usage: 'perfscore review <文件或文件夹...> --out <汇总.xlsx> [--json <汇总.json>] [--jobs <数量>]',
  summary: '批量评分多个单位的工作簿，写出汇总工作簿',
  help: reviewHelp,
  async run(argv, io) {
    let parsed: ParsedArgs;
    let run: RunSettings = {};
    try {
      parsed = parseArgs(argv, { values: ['out', 'json', 'framework', 'jobs', 'sample', ...RUN_SETTING_OPTIONS], flags: ['help', 'progress', 'no-progress'] }, 'review');
      run = runSettings(parsed.values);
    } catch (err) {
      if (err instanceof CliInputError) return badArgs(io, err.message);
      throw err;
    }
    if (parsed.flags.has('help')) {
      io.stdout(reviewHelp());
      return EXIT_OK;
    }
    let jobs: number | undefined;
    if (parsed.values.jobs !== undefined) {
      jobs = Number(parsed.values.jobs.trim());
      if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) return badArgs(io, `选项 --jobs 应为 1 到 256 之间的整数（同时审核的工作簿数），收到“${parsed.values.jobs}”`);
    }
    let sample: number | undefined;
    if (parsed.values.sample !== undefined) {
      sample = Number(parsed.values.sample.trim());
      if (!Number.isInteger(sample) || sample < 0) return badArgs(io, `选项 --sample 应为不小于 0 的整数（按风险抽取复核的单位数），收到“${parsed.values.sample}”`);
    }
    const progress = parsed.flags.has('progress') ? true : parsed.flags.has('no-progress') ? false : undefined;
    // the batch (workbooks, the summary writer) is loaded only once the arguments are read
    const { reviewCommand } = await import('./reviewCommand');
    return reviewCommand(
      {
        inputs: parsed.positionals,
        out: parsed.values.out ?? '',
        ...(parsed.values.json !== undefined ? { json: parsed.values.json } : {}),
        ...(parsed.values.framework !== undefined ? { framework: parsed.values.framework } : {}),
        ...(progress !== undefined ? { progress } : {}),
        ...(jobs !== undefined ? { jobs } : {}),
        ...(sample !== undefined ? { sample } : {}),
        ...run,
      },
      io,
    );
  },
};
