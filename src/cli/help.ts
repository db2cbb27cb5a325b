import { FRAMEWORKS } from '../frameworks';
import { COMMANDS } from './commands';

/** `perfscore --help`: the commands' usage and summary lines, in the table's order. */
export function mainHelp(version: string): string {
  return [
    `perfscore ${version} — 绩效评分助手：为预算绩效自评表评分、检查并写回结果`,
    '',
    '用法：',
    ...COMMANDS.map((c) => `  ${c.usage}`),
    '  perfscore --help | --version | <命令> --help',
    '',
    '命令：',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(11)}${c.summary}`),
    '',
    '退出码：0 已评分（无论有无提示）；2 输入有误（文件不可读、不是 .xlsx、找不到指标表），原因写在标准错误输出的一行中；1 内部错误',
    '',
    `可用框架：${FRAMEWORKS.map((f) => f.id).join('、')}`,
    '',
    '示例：',
    '  perfscore score examples/shenzhen-2024.xlsx',
    '  perfscore score examples/shenzhen-2024.xlsx --out 评分结果.xlsx --json 报告.json',
    '',
  ].join('\n');
}
