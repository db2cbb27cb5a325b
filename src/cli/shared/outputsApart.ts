import { isSameFile } from '../../hosts/file';
import { CliInputError } from './errors';
import { outputProblem } from './outputPath';

/** One file a command writes: its option's name (without --), its path, and the extension it needs. */
export interface OutputTarget {
  option: string;
  file: string;
  ext?: string;
}

/**
 * The first reason a run that reads `reads` cannot write `outputs`: a path that cannot be written, an
 * output that is a file the run reads (same path, or a symbolic or hard link to it), or two outputs
 * that are one file. Null when every output can be tried.
 */
export function outputsProblem(reads: readonly string[], outputs: readonly OutputTarget[]): string | null {
  for (const out of outputs) {
    const problem = outputProblem(out.file, out.option, out.ext);
    if (problem) return problem;
    const read = reads.find((r) => isSameFile(r, out.file));
    if (read !== undefined) {
      const same = out.file === read ? '' : `（与 ${read} 是同一个文件）`;
      return `--${out.option} ${out.file}${same} 不能是输入文件本身：本次要读取它，输入文件从不被改写，请另选输出路径`;
    }
  }
  for (let i = 0; i < outputs.length; i += 1) {
    for (let j = i + 1; j < outputs.length; j += 1) {
      const [a, b] = [outputs[i], outputs[j]];
      if (isSameFile(a.file, b.file)) return `--${a.option} 与 --${b.option} 不能是同一个文件（${a.file}、${b.file}）`;
    }
  }
  return null;
}

/** outputsProblem as a refusal: exit 2 with the reason. */
export function requireOutputs(reads: readonly string[], outputs: readonly OutputTarget[]): void {
  const problem = outputsProblem(reads, outputs);
  if (problem) throw new CliInputError(problem);
}
