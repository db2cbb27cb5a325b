import { requireKnownFramework } from '../../shared/inputs';
import { FRAMEWORKS } from '../../../frameworks';
import { parseArgs, RUN_SETTING_OPTIONS, runSettings } from '../../shared/args';
import { printCopyWarning } from '../../shared/copyWarning';
import { CliInputError, EXIT_OK } from '../../shared/errors';
import { requireOutputs } from '../../shared/outputsApart';
import { writeOutputFile } from '../../shared/writeOutput';
import type { Command } from '../command';
import { jsonReport } from './jsonReport';
import { scoreFile } from './scoreFile';
import { formatSummary } from './summary';
import { formatKeptCells } from './keptCells';

function scoreHelp(): string {
  return [
    '用法：perfscore score <输入.xlsx> [选项]',
    '',
    '  --out <输出.xlsx>      写出评分后的副本（得分、检查提示、检查结果表）；不能与输入文件相同',
    '  --json <报告.json>     写出 JSON 报告（框架、总分、一级指标、各指标、提示）',
    '  --framework <框架>     指定评分框架，默认按指标名称自动选择',
    `                         可用：${FRAMEWORKS.map((f) => f.id).join('、')}`,
    '  --sheet <工作表>       指定指标表所在工作表，默认自动选择最匹配的一张',
    '  --formulas             得分以公式写入（引用基础数据单元格），默认写入数值',
    '  --over-achievement <倍数>',
    '                         超额完成阈值，如 1.3：正向指标实际完成值达到年度指标值的 130% 及以上时，',
    '                         要求填写偏差原因（提示 OVER_ACHIEVEMENT）；默认关闭，仅本次运行有效',
    '  --grade-bands <优/良/中>',
    '                         等级标准，如 80/70/60（优、良、中的最低分）；默认按工作簿设置，否则 90/80/60',
    '',
  ].join('\n');
}

/** `perfscore score <in.xlsx> [--out o.xlsx] [--json r.json] [--framework id] [--sheet name] [--formulas] [--over-achievement 1.3] [--grade-bands 80/70/60]` */
export const score: Command = {
  name: 'score',
  usage: 'perfscore score <输入.xlsx> [--out <输出.xlsx>] [--json <报告.json>] [--framework <框架>] [--sheet <工作表>] [--formulas] [--over-achievement <倍数>] [--grade-bands <优/良/中>]',
  summary: '找到指标表和基础数据，计算得分并检查，打印摘要；给出 --out 时写出评分后的副本（从不改动输入文件）',
  help: scoreHelp,
  async run(argv, io) {
    const args = parseArgs(argv, { values: ['out', 'json', 'framework', 'sheet', ...RUN_SETTING_OPTIONS], flags: ['formulas', 'help'] }, 'score');
    if (args.flags.has('help')) {
      io.stdout(scoreHelp());
      return EXIT_OK;
    }
    if (args.positionals.length === 0) throw new CliInputError('缺少输入文件：perfscore score <输入.xlsx>');
    if (args.positionals.length > 1) throw new CliInputError(`只能指定一个输入文件，收到 ${args.positionals.length} 个：${args.positionals.join('、')}`);
    const input = args.positionals[0];
    const { out, json, framework, sheet } = args.values;
    const run = runSettings(args.values);
    requireKnownFramework(framework);
    // checked before scoring, so a bad path costs nothing and is reported in Chinese
    requireOutputs([input], [...(out !== undefined ? [{ option: 'out', file: out, ext: '.xlsx' }] : []), ...(json !== undefined ? [{ option: 'json', file: json }] : [])]);

    const { analysis, host, plan, skipped } = await scoreFile(input, { out, framework, sheet, formulas: args.flags.has('formulas'), ...run });
    io.stdout(formatSummary(input, analysis));
    if (out) {
      io.stdout(`已写出评分副本：${out}\n`);
      io.stdout(formatKeptCells(plan));
      for (const note of skipped) io.stderr(`注意：${note}\n`);
      printCopyWarning(host, io);
    }
    if (json) {
      writeOutputFile(json, `${JSON.stringify(jsonReport(analysis), null, 2)}\n`);
      io.stdout(`已写出 JSON 报告：${json}\n`);
    }
    return EXIT_OK;
  },
};
