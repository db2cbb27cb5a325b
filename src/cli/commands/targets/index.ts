import { parseArgs } from '../../shared/args';
import { EXIT_OK } from '../../shared/errors';
import type { Command } from '../command';
import { targetsCommand } from './targetsCommand';

function targetsHelp(): string {
  return [
    '用法：perfscore targets <文件或文件夹...> [--out <副本.xlsx>] [--json <报告.json>]',
    '',
    '在申报前审核绩效目标表（项目或部门整体）：读取总体目标、年度目标、预算和各项指标（一级、二级、三级指标，',
    '指标值拆为符号、数值、单位，权重），按审核要点检查：',
    '  定量指标缺少数值、符号或单位；产出指标（数量、质量、时效、成本）填写定性表述；权重合计与上级不符；',
    '  缺少效益或满意度指标；成本指标高于预算；目标低于上年实际（目标偏低）；总体目标或指标值未填。',
    '再按绩效目标审核评分表（完整性 20、相关性 30、适当性 30、可行性 20，各要点按优/良/中/差评分）汇总审核人',
    '在“目标审核”表中填写的等级和得分；完整性两项的最高等级由自动检查的问题数决定。',
    '',
    '  --out <副本.xlsx>     写出一份副本，加入或更新“目标审核”表（只能与一个工作簿同用；输入文件从不改写）',
    '  --json <报告.json>    同样内容的 JSON',
    '',
    '退出码：0 已完成（即使有检查发现）；2 参数有误；1 内部错误',
    '',
  ].join('\n');
}

/** `perfscore targets <file|dir>… [--out] [--json]`. */
export const targets: Command = {
  name: 'targets',
  usage: 'perfscore targets <文件或文件夹...> [--out <副本.xlsx>] [--json <报告.json>]',
  summary: '申报前审核绩效目标表：检查指标值、权重、效益与满意度指标，汇总目标审核评分',
  help: targetsHelp,
  async run(argv, io) {
    const args = parseArgs(argv, { values: ['out', 'json'], flags: ['help'] }, 'targets');
    if (args.flags.has('help')) {
      io.stdout(targetsHelp());
      return EXIT_OK;
    }
    return targetsCommand(
      {
        inputs: args.positionals,
        ...(args.values.out !== undefined ? { out: args.values.out } : {}),
        ...(args.values.json !== undefined ? { json: args.values.json } : {}),
      },
      io,
    );
  },
};
