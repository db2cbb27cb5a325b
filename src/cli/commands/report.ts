import { parseArgs, RUN_SETTING_OPTIONS, runSettings } from '../args';
import { CliInputError, EXIT_OK } from '../errors';
import type { CliIo } from '../io';
import { reportCommand, reportHelp } from '../reportCommand';

/** `perfscore report <in.xlsx> [--docx d] [--out o.xlsx] [--json j] [--framework id] [--sheet name]`: argv → reportCommand. */
export async function runReport(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { values: ['docx', 'out', 'json', 'framework', 'sheet', ...RUN_SETTING_OPTIONS], flags: ['help'] }, 'report');
  if (args.flags.has('help')) {
    io.stdout(reportHelp());
    return EXIT_OK;
  }
  if (args.positionals.length !== 1) throw new CliInputError('用法：perfscore report <工作簿.xlsx> [--docx <报告.docx>] [--out <输出.xlsx>] [--json <报告.json>]');
  const { docx, out, json, framework, sheet } = args.values;
  const settings = runSettings(args.values);
  return reportCommand(
    {
      input: args.positionals[0],
      ...(docx !== undefined ? { docx } : {}),
      ...(out !== undefined ? { out } : {}),
      ...(json !== undefined ? { json } : {}),
      ...(framework !== undefined ? { framework } : {}),
      ...(sheet !== undefined ? { sheet } : {}),
      ...(Object.keys(settings).length > 0 ? { settings } : {}),
    },
    io,
  );
}
