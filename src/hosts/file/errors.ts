/** Why the file host refused or failed: a code for programs and a one-line Chinese message for people. */
export type FileHostErrorCode =
  | 'missing' // the file does not exist
  | 'not-a-file' // the path is a folder or something else
  | 'unreadable' // no permission or another read error
  | 'not-xlsx' // not a zip-based .xlsx workbook
  | 'legacy-xls' // an old binary .xls (or an OLE file that is neither a known .xls nor encrypted)
  | 'encrypted' // a workbook with a password to open
  | 'corrupt' // a zip that ExcelJS cannot read as a workbook
  | 'same-path' // saveAs would overwrite the input file
  | 'write-failed' // the output could not be written
  | 'bad-plan'; // a write plan that cannot be applied (missing sheet, bad address, merged cell…)

export class FileHostError extends Error {
  readonly code: FileHostErrorCode;

  constructor(code: FileHostErrorCode, message: string) {
    super(message);
    this.name = 'FileHostError';
    this.code = code;
  }
}

export function isFileHostError(err: unknown): err is FileHostError {
  return err instanceof FileHostError;
}

/** The message of any thrown value, for wrapping into a Chinese sentence. */
export function reasonOf(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}

/**
 * A Chinese reason for a file-system error (its Node code), the system's own English text kept only
 * as a detail when the code is not one people meet often.
 */
export function fileSystemReason(err: unknown, doing: 'read' | 'write'): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return doing === 'read' ? '没有读取权限' : '没有写入权限';
    case 'EBUSY':
      return '文件正被其他程序占用（可能已在 Excel 或 WPS 中打开），请关闭后再试';
    case 'EISDIR':
      return '该路径是文件夹';
    case 'ENOSPC':
      return '磁盘空间不足';
    case 'EROFS':
      return '所在位置是只读的';
    case 'ENAMETOOLONG':
      return '文件名或路径过长';
    case 'ENOENT':
    case 'ENOTDIR':
      return '路径不存在';
    default:
      return `${doing === 'read' ? '读取' : '写入'}失败（原始错误：${reasonOf(err)}）`;
  }
}
