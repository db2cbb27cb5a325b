import { percent } from '../../engine/decimal';
import type { Warning } from './finding';
import { type Check, warning } from './context';

/**
 * RATE_SCALE_ASSUMED: a rate stored as a plain number of 1.5 or less (0.89) with no % format to say
 * whether it means 89% or 0.89%. It was read as a fraction (89%); an info note names the cell and the
 * assumption so the reader can confirm it. Where the host could not read the format (WPS builds that
 * answer null for a block of mixed formats) the note says so: the cell may well have a % format.
 */
export const rateScaleAssumed: Check = (ctx) => {
  const out: Warning[] = [];
  for (const f of ctx.figures.values()) {
    if (!f.rateScaleAssumed || typeof f.value === 'string') continue;
    // a format that could not be read is not a missing one: the message says which
    const format = f.formatUnread ? '单元格格式无法读取（无法读取格式）' : '单元格没有百分比格式';
    out.push(
      warning(
        'RATE_SCALE_ASSUMED',
        'info',
        f.sheet,
        f.address,
        f.scaleReason
          ? `工作表“${f.sheet}”${f.address} 的“${f.label}”是${f.formatUnread ? '' : '常规格式的'}数值 ${f.source}，${f.formatUnread ? '单元格格式无法读取，' : ''}所在行单位为 %，但${f.scaleReason}，已按小数读作 ${percent(f.value)}；请设为百分比格式或写成“${percent(f.value)}”以确认`
          : `工作表“${f.sheet}”${f.address} 的“${f.label}”是数值 ${f.source}，${format}，已按 ${percent(f.value)} 读取（也可能是指 ${f.source}%）；请设为百分比格式或写成“${percent(f.value)}”以确认`,
      ),
    );
  }
  return out;
};
