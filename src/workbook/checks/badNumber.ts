import type { Warning } from './finding';
import { type Check, warning } from './context';

/** BAD_NUMBER: text that cannot be read as the number it should be, naming the sheet, cell and text (a date is DATE_NUMBER_MIXED's). */
export const badNumber: Check = (ctx) =>
  ctx.issues.filter((i) => i.date === undefined).map((i): Warning =>
    warning('BAD_NUMBER', 'error', i.sheet, i.address, `工作表“${i.sheet}”${i.address} 的内容“${i.text}”无法识别为${i.what}（${i.message}），未计入`),
  );
