import { FRAMEWORKS, getFramework } from '../../frameworks';
import { CliInputError } from './errors';
import { requireOutputs } from './outputsApart';

/** A framework id given on the command line must be one we hold. */
export function requireKnownFramework(framework: string | undefined): void {
  if (framework && !getFramework(framework)) {
    throw new CliInputError(`未知的评分框架“${framework}”，可用：${FRAMEWORKS.map((f) => f.id).join('、')}`);
  }
}

/** A copy is never the input and must be writable as .xlsx: checked before any work, so a bad path costs nothing. */
export function requireCopyTarget(input: string, out: string): void {
  requireOutputs([input], [{ option: 'out', file: out, ext: '.xlsx' }]);
}
