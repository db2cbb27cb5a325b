/**
 * Office.js errors turned into Chinese messages that name the sheet and cell where known.
 */
const CODES: Record<string, string> = {
  ItemNotFound: '找不到指定的工作表、单元格或批注',
  ItemAlreadyExists: '同名的工作表已存在',
  InvalidArgument: '写入的数据与单元格区域不符',
  InvalidOperation: '当前状态下不允许此操作（例如隐藏或删除唯一可见的工作表）',
  ApiNotFound: '当前 Excel 版本不支持所需的接口',
  AccessDenied: '工作簿或工作表受保护，无法修改',
  RequestPayloadSizeLimitExceeded: '一次写入的数据超过 Excel 网页版 5 MB 的上限',
  ResponsePayloadSizeLimitExceeded: '一次读取的数据超过 Excel 网页版 5 MB 的上限',
  GeneralException: 'Excel 内部错误',
};

export class ExcelHostError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly sheet?: string,
    readonly address?: string,
  ) {
    super(message);
    this.name = 'ExcelHostError';
  }
}

/** Wrap anything thrown by Office.js; `action` says what was being done, e.g. 读取工作簿. */
export function hostError(error: unknown, action: string, sheet?: string, address?: string): ExcelHostError {
  if (error instanceof ExcelHostError) return error;
  const e = error as { code?: string; message?: string; debugInfo?: { errorLocation?: string } };
  const code = e?.code ?? 'Unknown';
  const where = [sheet ? `工作表「${sheet}」` : '', address ? `单元格 ${address}` : ''].filter(Boolean).join(' ');
  const reason = CODES[code] ?? e?.message ?? String(error);
  const location = e?.debugInfo?.errorLocation ? `（${e.debugInfo.errorLocation}）` : '';
  return new ExcelHostError(`${action}失败${where ? `：${where}` : ''}：${reason}${location}`, code, sheet, address);
}
