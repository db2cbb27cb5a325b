import * as fs from 'fs';
import { getFramework, FRAMEWORKS } from '../../frameworks';
import { isSameFile } from '../../hosts/file/samePath';
import { parseArgs, RUN_SETTING_OPTIONS, runSettings } from '../args';
import { CliInputError, EXIT_OK } from '../errors';
import { scoreHelp } from '../help';
import type { CliIo } from '../io';
import { printCopyWarning } from '../copyWarning';
import { outputProblem } from '../outputPath';
import { jsonReport } from '../pipeline';
import { scoreFile } from '../scoreFile';
import { formatSummary } from '../summary';

/** `perfscore score <in.xlsx> [--out o.xlsx] [--json r.json] [--framework id] [--sheet name] [--formulas] [--over-achievement 1.3]` */
export async function scoreCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { values: ['out', 'json', 'framework', 'sheet', ...RUN_SETTING_OPTIONS], flags: ['formulas', 'help'] }, 'score');
  if (args.flags.has('help')) {
    io.stdout(scoreHelp());
    return EXIT_OK;
  }
  if (args.positionals.length === 0) throw new CliInputError('缺少输入文件：perfscore score <输入.xlsx>');
  if (args.positionals.length > 1) throw new CliInputError(`只能指定一个输入文件，收到 ${args.positionals.length} 个：${args.positionals.join('、')}`);
  const input = args.positionals[0];
  const { out, json, framework, sheet } = args.values;
  const settings = runSettings(args.values);
  if (framework && !getFramework(framework)) {
    throw new CliInputError(`未知的评分框架“${framework}”，可用：${FRAMEWORKS.map((f) => f.id).join('、')}`);
  }
  for (const [flag, target] of [['--out', out], ['--json', json]] as const) {
    if (target && isSameFile(input, target)) throw new CliInputError(`${flag} 不能是输入文件本身（${target}），输入文件从不被改写`);
  }
  if (out && json && isSameFile(out, json)) throw new CliInputError(`--out 与 --json 不能是同一个文件（${out}）`);
  // checked before scoring, so a bad path costs nothing and is reported in Chinese
  const problem = (out !== undefined ? outputProblem(out, 'out', '.xlsx') : null) ?? (json !== undefined ? outputProblem(json, 'json') : null);
  if (problem) throw new CliInputError(problem);

  const { analysis, host } = await scoreFile(input, { out, framework, sheet, formulas: args.flags.has('formulas'), ...(Object.keys(settings).length > 0 ? { settings } : {}) });
  io.stdout(formatSummary(input, analysis));
  if (out) {
    io.stdout(`已写出评分副本：${out}\n`);
    printCopyWarning(host, io);
  }
  if (json) {
    const report = jsonReport(analysis);
    try {
      fs.writeFileSync(json, `${JSON.stringify(report, null, 2)}\n`, 'utf8');
    } catch (err) {
      throw new CliInputError(`无法写入 JSON 报告 ${json}：${err instanceof Error ? err.message : String(err)}`);
    }
    io.stdout(`已写出 JSON 报告：${json}\n`);
  }
  return EXIT_OK;
}
