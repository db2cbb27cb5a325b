import type { Warning } from './finding';
import { type Check, warning } from './context';
import { num2 } from './format';

/** NUMBER_AS_TEXT: a points or score cell holding a number as text ("５．９９", "5.99分"): read, and said so. */
export const numberAsText: Check = (ctx) =>
  ctx.textNumbers.map((t): Warning =>
    warning('NUMBER_AS_TEXT', 'info', t.sheet, t.address, `工作表“${t.sheet}”${t.address} 的${t.what}是文本“${t.text}”，已按数值 ${num2(t.value)} 读取`),
  );
