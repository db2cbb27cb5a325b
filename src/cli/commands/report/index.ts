import { FRAMEWORKS } from '../../../frameworks';
import { parseArgs, RUN_SETTING_OPTIONS, runSettings } from '../../shared/args';
import { CliInputError, EXIT_OK } from '../../shared/errors';
import type { Command } from '../command';
import { reportCommand } from './reportCommand';

function reportHelp(): string {
  return [
    '用法：perfscore report <工作簿.xlsx> [--docx <报告.docx>] [--out <输出.xlsx>] [--json <报告.json>] [--framework <框架>] [--sheet <工作表>] [--over-achievement <倍数>] [--grade-bands <优/良/中>]',
    '',
    '按工作簿中的基础数据和评分结果生成自评报告段落（预算执行情况、自评结论、扣分情况、存在问题、改进措施；',
    '项目支出绩效自评表则为项目资金执行情况、绩效目标完成情况、偏差原因、改进措施）。输入文件从不改动。',
    '',
    '  --docx <报告.docx>     写出 Word 文档（含指标得分表）',
    '  --out <输出.xlsx>      写出工作簿副本，增加“自评报告”工作表（已有用户自己的同名表时写入“自评报告(PerfScore)”）',
    '  --json <报告.json>     写出段落及其引用的单元格',
    '  --framework <框架>     指定评分框架，默认按指标名称自动选择',
    `                         可用：${FRAMEWORKS.map((f) => f.id).join('、')}`,
    '  --sheet <工作表>       指定指标表所在工作表',
    '  --over-achievement <倍数>  实际完成值达到目标值该倍数（如 1.3）时要求填写偏差原因（项目支出绩效自评表）',
    '  --grade-bands <优/良/中>   等级标准，如 80/70/60；默认按工作簿设置，否则 90/80/60',
    '',
    '未指定任何输出时，报告全文打印到标准输出。',
    '退出码：0 已生成；2 参数或工作簿有误；1 内部错误',
    '',
  ].join('\n');
}

/** `perfscore report <in.xlsx> [--docx d] [--out o.xlsx] [--json j] [--framework id] [--sheet name]`: argv → reportCommand. */
export const report: Command = {
  name: 'report',
  usage: 'perfscore report <输入.xlsx> [--docx <报告.docx>] [--out <输出.xlsx>] [--json <报告.json>]',
  summary: '根据工作簿生成自评报告（Word 文档、工作簿中的“自评报告”表或 JSON）',
  help: reportHelp,
  async run(argv, io) {
    const args = parseArgs(argv, { values: ['docx', 'out', 'json', 'framework', 'sheet', ...RUN_SETTING_OPTIONS], flags: ['help'] }, 'report');
    if (args.flags.has('help')) {
      io.stdout(reportHelp());
      return EXIT_OK;
    }
    if (args.positionals.length !== 1) throw new CliInputError('用法：perfscore report <工作簿.xlsx> [--docx <报告.docx>] [--out <输出.xlsx>] [--json <报告.json>]');
    const { docx, out, json, framework, sheet } = args.values;
    const run = runSettings(args.values);
    return reportCommand(
      {
        input: args.positionals[0],
        ...(docx !== undefined ? { docx } : {}),
        ...(out !== undefined ? { out } : {}),
        ...(json !== undefined ? { json } : {}),
        ...(framework !== undefined ? { framework } : {}),
        ...(sheet !== undefined ? { sheet } : {}),
        ...run,
      },
      io,
    );
  },
};
