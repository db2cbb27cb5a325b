import { describeDroppedParts, type DroppedPart } from '../../hosts/file';
import type { CliIo } from './io';

/**
 * The warning for a written copy that lacks parts of the original workbook (ExcelJS keeps no charts,
 * chart sheets, pivot tables…), e.g. “注意：副本中未保留原工作簿的图表（2 个）和图表工作表“得分图”；
 * 原文件未改动。”; null when the copy keeps everything.
 */
export function copyWarning(host: { readonly droppedParts: readonly DroppedPart[] }): string | null {
  const what = describeDroppedParts(host.droppedParts);
  return what === null ? null : `注意：副本中未保留原工作簿的${what}；原文件未改动。`;
}

/** Prints the copy warning, if any, as one line on stderr (the exit code is unchanged). */
export function printCopyWarning(host: { readonly droppedParts: readonly DroppedPart[] }, io: CliIo): void {
  const warning = copyWarning(host);
  if (warning !== null) io.stderr(`${warning}\n`);
}
