import { isFileHostError } from '../hosts/file';
import { COMMANDS, findCommand, type Command } from './commands';
import { mainHelp } from './help';
import { CliInputError, EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK } from './shared/errors';
import { processIo, type CliIo } from './shared/io';
import { cleanIo } from './shared/terminalText';
import { packageVersion } from './shared/version';

function commandNamed(name: string): Command {
  const command = findCommand(name);
  if (command) return command;
  throw new CliInputError(`未知命令“${name}”，可用命令：${COMMANDS.map((c) => c.name).join('、')}（perfscore --help 查看用法）`);
}

/** `perfscore help [<command>]`: the global help, or one command's (the same as `<command> --help`). */
function help(names: string[], io: CliIo): number {
  if (names.length > 1) throw new CliInputError(`perfscore help 只接受一个命令名，收到 ${names.length} 个：${names.join('、')}`);
  io.stdout(names.length === 0 ? mainHelp(packageVersion()) : commandNamed(names[0]).help());
  return EXIT_OK;
}

/**
 * `perfscore`: returns the exit code (0 scored, 2 bad input with one Chinese line on stderr,
 * 1 internal error). Never throws.
 */
export async function main(argv: string[], streams: CliIo = processIo): Promise<number> {
  // workbook text reaches the terminal without the controls that could hide a finding
  const io = cleanIo(streams);
  try {
    const [word, ...rest] = argv;
    if (word === undefined) {
      io.stderr(mainHelp(packageVersion()));
      return EXIT_BAD_INPUT;
    }
    if (word === '--help' || word === '-h') return help([], io);
    if (word === 'help') return help(rest, io);
    if (word === '--version' || word === '-V' || word === '-v') {
      io.stdout(`${packageVersion()}\n`);
      return EXIT_OK;
    }
    return await commandNamed(word).run(rest, io);
  } catch (err) {
    if (err instanceof CliInputError || (isFileHostError(err) && err.code !== 'bad-plan')) {
      io.stderr(`${err.message.replace(/\s*\n\s*/g, ' ')}\n`);
      return EXIT_BAD_INPUT;
    }
    io.stderr(`内部错误：${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return EXIT_INTERNAL;
  }
}
