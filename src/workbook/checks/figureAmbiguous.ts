import type { Warning } from './finding';
import { type Check, warning } from './context';

/**
 * FIGURE_AMBIGUOUS: a 基础数据 row whose label could name several figures (其中基本支出 with no row above
 * to say whose part it is), or several rows that name one figure. Reported with the cells, never
 * resolved silently: an ambiguous row gives no figure; two rows for one figure give it only when
 * their values agree.
 */
export const figureAmbiguous: Check = (ctx) => {
  const out: Warning[] = [];
  const label = (id: string) => `“${ctx.figureDefs[id]?.label ?? id}”`;
  for (const a of ctx.reading?.ambiguities ?? []) {
    if (a.kind === 'row') {
      out.push(
        warning(
          'FIGURE_AMBIGUOUS',
          'warning',
          a.sheet,
          a.address,
          `工作表“${a.sheet}”${a.address} 一行的“${a.label}”可能是 ${a.candidates.map(label).join('、')} 中的任一项，未采用；请改写为明确的名称，或在识别中为所缺数据选择单元格`,
        ),
      );
      continue;
    }
    const cells = a.cells.map((c) => `${c.sheet}!${c.address}“${c.label}” ${c.source}`).join('、');
    const first = a.cells[0];
    out.push(
      warning(
        'FIGURE_AMBIGUOUS',
        a.used ? 'info' : 'warning',
        first.sheet,
        first.address,
        a.used
          ? `${label(a.figure)}在多行填写（${cells}），数值相同，采用 ${first.sheet}!${first.address}`
          : `${label(a.figure)}在多行填写且数值不同（${cells}），无法确定采用哪一个，未用于计分；请删去多余的一行，或在识别中为此数据选择单元格`,
      ),
    );
  }
  return out;
};
