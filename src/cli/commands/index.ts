import type { Command } from './command';
import { monitor } from './monitor';
import { report } from './report';
import { review } from './review';
import { rules } from './rules';
import { score } from './score';
import { targets } from './targets';
import { template } from './template';

export type { Command } from './command';

/** Every command, in the order `perfscore --help` lists them. */
export const COMMANDS: readonly Command[] = [score, rules, template, report, review, monitor, targets];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}
