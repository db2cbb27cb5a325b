import type { Warning } from './finding';
import { type Check, warning } from './context';

/** DATE_NUMBER_MIXED: a date typed where a number belongs, or a number in a date-formatted cell; not used. */
export const dateNumberMixed: Check = (ctx) => {
  const out: Warning[] = [];
  for (const i of ctx.issues) {
    if (i.date === undefined) continue;
    out.push(warning('DATE_NUMBER_MIXED', 'error', i.sheet, i.address, `工作表“${i.sheet}”${i.address} 填的是日期 ${i.date}（${i.message}），不是${i.what}，未计入；请改为数值格式并填写数值`));
  }
  for (const s of ctx.reading?.suspects ?? []) if (s.code === 'DATE_NUMBER_MIXED') out.push(warning('DATE_NUMBER_MIXED', s.severity, s.sheet, s.address, s.message));
  return out;
};
