import { requireCopyTarget, requireKnownFramework } from '../../shared/inputs';
import { FileHost } from '../../../hosts/file';
import { analyse, planTemplate } from '../../../workbook';
import { parseArgs } from '../../shared/args';
import { printCopyWarning } from '../../shared/copyWarning';
import { CliInputError, EXIT_OK } from '../../shared/errors';
import type { Command } from '../command';

function templateHelp(): string {
  return [
    '用法：perfscore template <输入.xlsx> --out <输出.xlsx> [--framework <框架>] [--sheet <工作表>]',
    '',
    '写出一份副本，加入“基础数据”表：列出所识别指标的规则需要的每项原始数据（名称、单位、空白的数值列）。',
    '',
  ].join('\n');
}

/** `perfscore template <in.xlsx> --out <out.xlsx>`: a copy with a 基础数据 sheet listing the figures the leaves need. */
export const template: Command = {
  name: 'template',
  usage: 'perfscore template <输入.xlsx> --out <输出.xlsx> [--framework <框架>] [--sheet <工作表>]',
  summary: '写出一份副本，其中的“基础数据”表列出所识别指标需要的全部原始数据及单位，供填写',
  help: templateHelp,
  async run(argv, io) {
    const args = parseArgs(argv, { values: ['out', 'framework', 'sheet'], flags: ['help'] }, 'template');
    if (args.flags.has('help')) {
      io.stdout(templateHelp());
      return EXIT_OK;
    }
    if (args.positionals.length !== 1) throw new CliInputError('用法：perfscore template <输入.xlsx> --out <输出.xlsx>');
    const input = args.positionals[0];
    const { out, framework, sheet } = args.values;
    if (!out) throw new CliInputError('缺少 --out <输出.xlsx>：模板写入副本，从不改写输入文件');
    requireCopyTarget(input, out);
    requireKnownFramework(framework);
    const host = await FileHost.open(input);
    const result = analyse(await host.readSnapshot(), { framework, sheet });
    if (!result.ok) throw new CliInputError(`${input}：${result.message}`);
    const plan = planTemplate(result.analysis.snapshot, result.analysis, result.analysis.framework);
    const { skipped } = await host.applyPlan(plan);
    await host.saveAs(out);
    // a drop-down over a rule the unit set is left out: said, not silently dropped
    for (const note of skipped) io.stderr(`注意：${note}\n`);
    io.stdout(`已写出模板：${out}（${plan.title}）\n`);
    printCopyWarning(host, io);
    return EXIT_OK;
  },
};
