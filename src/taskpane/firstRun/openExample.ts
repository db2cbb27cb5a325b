/**
 * 打开示例工作簿: in a new window where the host documents a way (Excel.createWorkbook), else as a
 * download of the same file; says which happened, and why a window could not be opened.
 */
import { saveBytes } from '../download';
import { messageOf } from '../useBusyAction';

export type ExampleOutcome =
  | { how: 'opened' }
  | { how: 'downloaded'; file: string; /** why it was not opened in a window, when the host refused */ refused?: string }
  | { how: 'unavailable' };

export async function openExample(openWorkbook: ((base64: string) => Promise<void>) | null): Promise<ExampleOutcome> {
  const { exampleBase64, base64Bytes, EXAMPLE_FILE_NAME, XLSX_TYPE } = await import(/* webpackChunkName: "example" */ './exampleWorkbook');
  const base64 = exampleBase64();
  let refused: string | undefined;
  if (openWorkbook) {
    try {
      await openWorkbook(base64);
      return { how: 'opened' };
    } catch (e) {
      refused = messageOf(e);
    }
  }
  if (!saveBytes(base64Bytes(base64), EXAMPLE_FILE_NAME, XLSX_TYPE)) return { how: 'unavailable' };
  return refused ? { how: 'downloaded', file: EXAMPLE_FILE_NAME, refused } : { how: 'downloaded', file: EXAMPLE_FILE_NAME };
}
