import { parseGradeBands, type GradeBands } from '../../engine/grade';
import { D } from '../../engine/decimal';
import type { IndicatorSettings } from '../../engine/types';
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

/**
 * Options that set a scoring setting for one run, over the framework's defaults and the workbook's own
 * hidden settings sheet. The scoring commands add these to their value options.
 */
export const RUN_SETTING_OPTIONS = ['over-achievement', 'grade-bands'];

/** What the run options set: indicator settings and grade bands, each only when given. */
export interface RunSettings {
  settings?: Partial<IndicatorSettings>;
  gradeBands?: GradeBands;
}

/**
 * `--over-achievement <ratio>`: an actual at or above ratio × target on a positive national indicator
 * asks for a 偏差原因 (OVER_ACHIEVEMENT). "1.3" and "130%" both mean 130% of the target.
 * `--grade-bands 80/70/60`: the lowest totals of 优, 良 and 中 (90/80/60 unless the workbook says otherwise).
 */
export function runSettings(values: Record<string, string>): RunSettings {
  const out: RunSettings = {};
  const over = values['over-achievement'];
  if (over !== undefined) {
    const text = over.trim().replace(/％/g, '%');
    const m = /^(\d+(?:\.\d+)?|\.\d+)(%?)$/.exec(text);
    const ratio = m ? new D(m[1]).div(m[2] === '%' ? 100 : 1) : null;
    if (!ratio || ratio.lte(1)) {
      throw new CliInputError(`选项 --over-achievement 应为大于 1 的倍数，如 1.3（即实际完成值达到目标值的 130%），收到“${over}”`);
    }
    out.settings = { overAchievementThreshold: ratio.toString() };
  }
  const bands = values['grade-bands'];
  if (bands !== undefined) {
    const parsed = parseGradeBands(bands);
    if (!parsed) throw new CliInputError(`选项 --grade-bands 应为三个递减的分数（优/良/中的下限），如 80/70/60，收到“${bands}”`);
    out.gradeBands = parsed;
  }
  return out;
}
