import * as fs from 'fs';
import { fileSystemReason } from '../../hosts/file';
import { CliInputError } from './errors';

/**
 * Writes an output file; a refusal of the system (no permission, a folder, a full disk…) becomes a
 * Chinese reason with exit 2, never the system's English text or an internal error.
 */
export function writeOutputFile(file: string, data: string | Uint8Array): void {
  try {
    fs.writeFileSync(file, data);
  } catch (err) {
    throw new CliInputError(`无法写入 ${file}：${fileSystemReason(err, 'write')}`);
  }
}
