import type { Warning } from './finding';
import { type Check, warning } from './context';

/**
 * TEMPLATE_TEXT: a written field that still holds the form's own instruction (青神: "对照年度目标,说明相关任务
 * 目标的完成情况(100字以内)"), so nothing was written there. The word limit in brackets is the template's
 * mark: a unit's own text does not set itself a length.
 */
const WORD_LIMIT = /[(（]\s*\d+\s*字以内\s*[)）]/;

/** Text that is the template's own instruction, not the unit's writing. */
export function isTemplateInstruction(text: string): boolean {
  return WORD_LIMIT.test(text);
}

export const templateText: Check = (ctx) => {
  const out: Warning[] = [];
  for (const n of ctx.layout.narratives ?? []) {
    if (!isTemplateInstruction(n.text)) continue;
    out.push(warning('TEMPLATE_TEXT', 'warning', n.sheet, n.address, `工作表“${n.sheet}”${n.address} 的${n.label}仍是表样的填写说明“${n.text}”，未填写内容`));
  }
  return out;
};
