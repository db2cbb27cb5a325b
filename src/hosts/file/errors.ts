/** Why the file host refused or failed: a code for programs and a one-line Chinese message for people. */
export type FileHostErrorCode =
  | 'missing' // the file does not exist
  | 'not-a-file' // the path is a folder or something else
  | 'unreadable' // no permission or another read error
  | 'not-xlsx' // not a zip-based .xlsx workbook
  | 'legacy-xls' // an old binary .xls (or an encrypted workbook)
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
