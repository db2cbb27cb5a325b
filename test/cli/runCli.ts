import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/shared/io';

/** `perfscore <argv>` in process, with what it printed and its exit code. */
export async function runCli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
