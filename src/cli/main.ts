import { isFileHostError } from '../hosts/file';
import { runReport } from './commands/report';
import { scoreCommand } from './commands/score';
import { templateCommand } from './commands/template';
import { CliInputError, EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK } from './errors';
import { mainHelp } from './help';
import { processIo, type CliIo } from './io';
import { runReview } from './reviewCommand';
import { packageVersion } from './version';

/**
 * `perfscore`: returns the exit code (0 scored, 2 bad input with one Chinese line on stderr,
 * 1 internal error). Never throws.
 */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined) {
      io.stderr(mainHelp(packageVersion()));
      return EXIT_BAD_INPUT;
    }
    if (command === '--help' || command === '-h' || command === 'help') {
      io.stdout(mainHelp(packageVersion()));
      return EXIT_OK;
    }
    if (command === '--version' || command === '-V' || command === '-v') {
      io.stdout(`${packageVersion()}\n`);
      return EXIT_OK;
    }
    if (command === 'score') return await scoreCommand(rest, io);
    if (command === 'template') return await templateCommand(rest, io);
    if (command === 'report') return await runReport(rest, io);
    if (command === 'review') return await runReview(rest, io);
    throw new CliInputError(`未知命令“${command}”，可用命令：score、template、report、review（perfscore --help 查看用法）`);
  } catch (err) {
    if (err instanceof CliInputError || (isFileHostError(err) && err.code !== 'bad-plan')) {
      io.stderr(`${err.message.replace(/\s*\n\s*/g, ' ')}\n`);
      return EXIT_BAD_INPUT;
    }
    io.stderr(`内部错误：${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return EXIT_INTERNAL;
  }
}
