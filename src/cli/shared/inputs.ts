import { FRAMEWORKS, getFramework } from '../../frameworks';
import { isSameFile } from '../../hosts/file';
import { CliInputError } from './errors';
import { outputProblem } from './outputPath';

/** A framework id given on the command line must be one we hold. */
export function requireKnownFramework(framework: string | undefined): void {
  if (framework && !getFramework(framework)) {
    throw new CliInputError(`未知的评分框架“${framework}”，可用：${FRAMEWORKS.map((f) => f.id).join('、')}`);
  }
}

/** A copy is never the input and must be writable as .xlsx: checked before any work, so a bad path costs nothing. */
export function requireCopyTarget(input: string, out: string): void {
  if (isSameFile(input, out)) throw new CliInputError(`--out 不能是输入文件本身（${out}），输入文件从不被改写`);
  const problem = outputProblem(out, 'out', '.xlsx');
  if (problem) throw new CliInputError(problem);
}
