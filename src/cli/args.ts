import { CliInputError } from './errors';

export interface OptionSpec {
  /** options taking a value (`--out x` or `--out=x`) */
  values: string[];
  /** options without a value */
  flags: string[];
}

export interface ParsedArgs {
  positionals: string[];
  values: Record<string, string>;
  flags: Set<string>;
}

/**
 * Hand-rolled parsing for a few long options: `--name value`, `--name=value`, flags, positionals,
 * and `--` ending the options. Anything unknown is refused with a Chinese message.
 */
export function parseArgs(argv: string[], spec: OptionSpec, command: string): ParsedArgs {
  const out: ParsedArgs = { positionals: [], values: {}, flags: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      out.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = (eq >= 0 ? arg.slice(2, eq) : arg.slice(2)).trim();
      if (spec.values.includes(name)) {
        let value: string | undefined;
        if (eq >= 0) value = arg.slice(eq + 1);
        else {
          value = argv[i + 1];
          i += 1;
        }
        if (value === undefined || value === '' || (eq < 0 && value.startsWith('--'))) {
          throw new CliInputError(`选项 --${name} 需要一个值（perfscore ${command} --help 查看用法）`);
        }
        out.values[name] = value;
      } else if (spec.flags.includes(name)) {
        if (eq >= 0) throw new CliInputError(`选项 --${name} 不带值`);
        out.flags.add(name);
      } else {
        throw new CliInputError(`未知选项 ${arg}（perfscore ${command} --help 查看用法）`);
      }
    } else if (arg.startsWith('-') && arg.length > 1) {
      if (arg === '-h') out.flags.add('help');
      else throw new CliInputError(`未知选项 ${arg}（perfscore ${command} --help 查看用法）`);
    } else {
      out.positionals.push(arg);
    }
  }
  return out;
}
