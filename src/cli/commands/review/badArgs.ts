import { EXIT_BAD_INPUT } from '../../shared/errors';
import type { CliIo } from '../../shared/io';

/** One Chinese line on stderr, exit 2: how review refuses its arguments. */
export function badArgs(io: CliIo, message: string): number {
  io.stderr(`${message}\n`);
  return EXIT_BAD_INPUT;
}
