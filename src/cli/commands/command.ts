import type { CliIo } from '../shared/io';

/**
 * One `perfscore` command. main.ts dispatches through a table of these, and `perfscore --help` is
 * assembled from their usage and summary lines, so a command lacking any part does not compile.
 */
export interface Command {
  /** the word after `perfscore` */
  readonly name: string;
  /** the synopsis line under 用法： in `perfscore --help` */
  readonly usage: string;
  /** the one line under 命令： in `perfscore --help` */
  readonly summary: string;
  /** printed by `perfscore help <name>` and `perfscore <name> --help` */
  help(): string;
  /** the arguments after the command word; returns the exit code */
  run(argv: string[], io: CliIo): Promise<number>;
}
