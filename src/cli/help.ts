import { FRAMEWORKS } from '../frameworks';

export function mainHelp(version: string): string {
  return [
    `perfscore ${version} — 绩效评分助手：为预算绩效自评表评分、检查并写回结果`,
    '',
    '用法：',
    '  perfscore score <输入.xlsx> [--out <输出.xlsx>] [--json <报告.json>] [--framework <框架>] [--sheet <工作表>] [--formulas] [--over-achievement <倍数>]',
    '  perfscore template <输入.xlsx> --out <输出.xlsx> [--framework <框架>] [--sheet <工作表>]',
    '  perfscore report <输入.xlsx> [--docx <报告.docx>] [--out <输出.xlsx>] [--json <报告.json>]',
    '  perfscore review <文件或文件夹...> --out <汇总.xlsx> [--json <汇总.json>]',
    '  perfscore --help | --version | <命令> --help',
    '',
    '命令：',
    '  score      找到指标表和基础数据，计算得分并检查，打印摘要；给出 --out 时写出评分后的副本（从不改动输入文件）',
    '  template   写出一份副本，其中的“基础数据”表列出所识别指标需要的全部原始数据及单位，供填写',
    '  report     根据工作簿生成自评报告（Word 文档、工作簿中的“自评报告”表或 JSON）',
    '  review     批量评分多个单位的工作簿，写出汇总工作簿',
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

export function scoreHelp(): string {
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
    '',
  ].join('\n');
}

export function templateHelp(): string {
  return [
    '用法：perfscore template <输入.xlsx> --out <输出.xlsx> [--framework <框架>] [--sheet <工作表>]',
    '',
    '写出一份副本，加入“基础数据”表：列出所识别指标的规则需要的每项原始数据（名称、单位、空白的数值列）。',
    '',
  ].join('\n');
}
