import { requireCopyTarget, requireKnownFramework } from '../../shared/inputs';
import { FileHost } from '../../../hosts/file';
import { analyse, planConfirmRules, readRules, RULE_SOURCE_NAMES, type Analysis } from '../../../workbook';
import { fixed } from '../../../engine/decimal';
import { parseArgs } from '../../shared/args';
import { printCopyWarning } from '../../shared/copyWarning';
import { CliInputError, EXIT_OK } from '../../shared/errors';
import type { Command } from '../command';

function rulesHelp(): string {
  return [
    '用法：perfscore rules <工作簿.xlsx> [--framework <框架>] [--sheet <工作表>] [--confirm --out <输出.xlsx>]',
    '',
    '列出每个末级指标的评分规则及其来源：表内评分标准原文、从中读出的规则（白话），以及为何这样评分。',
    '表内评分标准读不懂或有两种读法时，该指标按判断评分并说明原因；其他地区同名指标的规则只列为可选，不会套用。',
    '',
    '  --confirm --out <输出.xlsx>  把读出的规则作为已确认规则存入副本的设置表（_perfscore），',
    '                              此后 Excel、WPS 与命令行都按这些规则评分；输入文件从不被改写',
    '',
  ].join('\n');
}

/** One leaf as the listing shows it. */
function leafLines(analysis: Analysis, index: number): string[] {
  const leaf = analysis.layout.leaves[index];
  const choice = leaf.ruleChoice;
  const lines = [`${index + 1}. ${leaf.path.join('/')}（${fixed(leaf.points)} 分）`];
  if (!choice) return lines;
  lines.push(`   来源：${RULE_SOURCE_NAMES[choice.source]}`);
  if (choice.standard) lines.push(`   评分标准：${choice.standard.replace(/\s*\n\s*/g, ' ')}`);
  if (choice.readingText) lines.push(`   读作：${choice.readingText}`);
  lines.push(`   说明：${choice.note}`);
  return lines;
}

export function formatRules(input: string, analysis: Analysis): string {
  const lines = [`文件：${input}`, `指标表：${analysis.table.sheet}!${analysis.table.range}`, `评分框架：${analysis.framework.title}（${analysis.framework.id}）`, ''];
  analysis.layout.leaves.forEach((_, i) => lines.push(...leafLines(analysis, i)));
  const counts = Object.entries(RULE_SOURCE_NAMES)
    .map(([source, name]) => [name, analysis.layout.leaves.filter((l) => l.ruleChoice?.source === source).length] as const)
    .filter(([, n]) => n > 0)
    .map(([name, n]) => `${name} ${n} 项`);
  lines.push('', `规则来源：${counts.join('，')}`);
  return `${lines.join('\n')}\n`;
}

/** `perfscore rules <in.xlsx>`: each leaf's 评分标准, the rule read from it and where the rule came from. */
export const rules: Command = {
  name: 'rules',
  usage: 'perfscore rules <工作簿.xlsx> [--framework <框架>] [--sheet <工作表>] [--confirm --out <输出.xlsx>]',
  summary: '列出每个指标的评分标准、读出的规则及其来源；可把读出的规则确认存入副本',
  help: rulesHelp,
  async run(argv, io) {
    const args = parseArgs(argv, { values: ['out', 'framework', 'sheet'], flags: ['help', 'confirm'] }, 'rules');
    if (args.flags.has('help')) {
      io.stdout(rulesHelp());
      return EXIT_OK;
    }
    if (args.positionals.length !== 1) throw new CliInputError('用法：perfscore rules <工作簿.xlsx> [--confirm --out <输出.xlsx>]');
    const input = args.positionals[0];
    const { out, framework, sheet } = args.values;
    const confirm = args.flags.has('confirm');
    if (confirm && !out) throw new CliInputError('--confirm 需要 --out <输出.xlsx>：确认的规则写入副本，从不改写输入文件');
    if (out && !confirm) throw new CliInputError('--out 只与 --confirm 一起使用');
    if (out) requireCopyTarget(input, out);
    requireKnownFramework(framework);
    const host = await FileHost.open(input);
    const result = analyse(await host.readSnapshot(), { framework, sheet });
    if (!result.ok) throw new CliInputError(`${input}：${result.message}`);
    io.stdout(formatRules(input, result.analysis));
    if (confirm && out) {
      const read = Object.keys(readRules(result.analysis));
      await host.applyPlan(planConfirmRules(result.analysis));
      await host.saveAs(out);
      io.stdout(`已确认 ${read.length} 项读自评分标准的规则并写入副本：${out}${read.length > 0 ? `（${read.map((k) => k.split('/').pop()).join('、')}）` : ''}\n`);
      printCopyWarning(host, io);
    }
    return EXIT_OK;
  },
};
