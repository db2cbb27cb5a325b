import type { Warning } from './finding';
import { type Check, leafName, warning } from './context';
import { num2 } from './format';

/**
 * POINTS_NEGATIVE: a leaf's 分值 read as a negative number ("(1.5)" is the accounting way of writing
 * −1.5, "-2"). No indicator has negative points: the leaf is out of every total until the cell is fixed.
 */
export const pointsNegative: Check = (ctx) => {
  const out: Warning[] = [];
  for (const leaf of ctx.layout.leaves) {
    const bad = leaf.negativePoints;
    if (!bad || !leaf.pointsAddress) continue;
    const how = bad.text === num2(bad.value) || bad.text === bad.value.toString() ? '' : `（“${bad.text}”读作 ${num2(bad.value)}）`;
    out.push(
      warning('POINTS_NEGATIVE', 'error', leaf.sheet, leaf.pointsAddress, `工作表“${leaf.sheet}”${leaf.pointsAddress} 的${leafName(leaf)}分值是负数 ${num2(bad.value)}${how}：分值不能为负，该指标未计入任何合计，请更正分值`),
    );
  }
  return out;
};
