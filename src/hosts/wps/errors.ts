/**
 * Errors from the ET object model turned into Chinese messages that say what was being done and where.
 */
export class WpsHostError extends Error {
  constructor(
    message: string,
    readonly sheet?: string,
    readonly address?: string,
  ) {
    super(message);
    this.name = 'WpsHostError';
  }
}

/** Wrap anything the ET model threw; `action` says what was being done, e.g. 读取工作簿. */
export function hostError(error: unknown, action: string, sheet?: string, address?: string): WpsHostError {
  if (error instanceof WpsHostError) return error;
  const where = [sheet ? `工作表「${sheet}」` : '', address ? `单元格 ${address}` : ''].filter(Boolean).join(' ');
  const reason = error instanceof Error ? error.message : String(error);
  return new WpsHostError(`${action}失败${where ? `：${where}` : ''}：${reason}`, sheet, address);
}
