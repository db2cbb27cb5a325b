import type { Analysis } from '../../../workbook/analyse';
import type { SheetSnapshot } from '../../../workbook/port';

/**
 * The name a reviewer knows a form by, for the summary's 单位名称: the unit's own name where the
 * workbook states one (基础数据's 单位名称 or a title such as “某某中心2024年度…自评表”), else the
 * form's own fields (实施单位, 主管部门, 项目名称, as the project form prints them), else the title of
 * the table's sheet. Null only when the workbook names nothing.
 */
const FORM_FIELDS = ['单位名称', '实施单位', '预算单位', '主管部门', '项目名称'];

/** The first filled text to the right of a label cell, in the first rows of a sheet. */
function fieldValue(sheet: SheetSnapshot, label: string): string | null {
  const top = Math.min(sheet.values.length, 12);
  for (let r = 0; r < top; r += 1) {
    const cells = sheet.values[r] ?? [];
    for (let c = 0; c < cells.length; c += 1) {
      const v = cells[c];
      if (typeof v !== 'string' || v.replace(/[\s:：]/g, '') !== label) continue;
      const next = cells.slice(c + 1).find((x) => (typeof x === 'string' && x.trim() !== '') || typeof x === 'number');
      if (next !== undefined && next !== null) return String(next).trim();
    }
  }
  return null;
}

/** “表5”, “附表 3”, “附件2：”: a form's number in its publication, not a name. */
const FORM_NUMBER = /^(附件|附表|表)\s*[\d一二三四五六七八九十-]+[:：.、\s]*/;
/** how units refer to themselves in their own titles (“2023年我会…”): not a name a reviewer can use */
const SELF_REFERENCE = /^(我|本)(会|局|院|委|办|中心|单位|部门|所|站|馆|校)$/;

/**
 * A title above the table (“某某单位部门整体支出绩效自评表”): the unit is what comes before the form's
 * name; where that is no name (“我会”), the whole title, so the reviewer still sees which form it is.
 */
function titleName(sheet: SheetSnapshot, firstHeaderRow: number): string | null {
  for (let r = 0; r < Math.min(firstHeaderRow, 6); r += 1) {
    const text = (sheet.values[r] ?? []).find((v) => typeof v === 'string' && /表\s*$/.test(v.trim()) && /绩效|自评|评价/.test(v));
    if (typeof text !== 'string') continue;
    const title = text.trim().replace(FORM_NUMBER, '').replace(/\s+/g, '');
    const cut = /(\d{4}年度?|部门整体|部门|项目支出|项目|预算绩效|绩效|自评|评价)/.exec(title);
    const before = cut ? title.slice(0, cut.index).replace(/[（(【[]$/, '') : '';
    return before.length >= 2 && !SELF_REFERENCE.test(before) ? before : title;
  }
  return null;
}

export function unitNameOf(analysis: Analysis): string | null {
  if (analysis.unitName && !FORM_NUMBER.test(analysis.unitName) && !SELF_REFERENCE.test(analysis.unitName)) return analysis.unitName;
  const tableSheet = analysis.snapshot.sheets.find((s) => s.name === analysis.table.sheet);
  const sheets = tableSheet ? [tableSheet, ...analysis.snapshot.sheets.filter((s) => s !== tableSheet)] : analysis.snapshot.sheets;
  for (const label of FORM_FIELDS) {
    for (const sheet of sheets) {
      const value = fieldValue(sheet, label);
      if (value) return value;
    }
  }
  return tableSheet ? titleName(tableSheet, Math.min(...analysis.table.headerRows, 6)) : null;
}
