import type { CellStyle, CellValue, Change, WorkbookSnapshot, WritePlan } from '../port';
import { readSettings, settingsChanges, toA1 } from '../read';
import type { MonitorResult } from './evaluateMonitor';
import { monitorBasis } from './planMonitor';

/**
 * From a monitoring form, the year-end 项目支出绩效自评表 (财预〔2020〕10号 layout, domain.md §4) on a new
 * sheet: the same project, the same funds rows with their 年初预算数 and 全年预算数, the same indicators
 * with their 年度指标值. 全年执行数, 实际完成值, 分值 and 得分 are left for the unit: the monitoring form has
 * no points, and none are guessed. An existing sheet is never replaced; the new one takes a free name.
 */

export const CARRY_FORWARD_SHEET = '项目支出绩效自评表';

const HEADERS = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'];
const FUNDS_HEADERS = ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'];
const BOLD: CellStyle = { bold: true };
const WIDTHS = [12, 18, 20, 14, 14, 10, 10, 44];

function freeName(snapshot: WorkbookSnapshot): string {
  const taken = (name: string) => snapshot.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase());
  if (!taken(CARRY_FORWARD_SHEET)) return CARRY_FORWARD_SHEET;
  for (let n = 1; ; n += 1) {
    const name = `${CARRY_FORWARD_SHEET}(年终${n === 1 ? '' : n})`;
    if (!taken(name)) return name;
  }
}

export function planCarryForward(snapshot: WorkbookSnapshot, result: MonitorResult): WritePlan {
  const { form } = result;
  const sheet = freeName(snapshot);
  const changes: Change[] = [{ kind: 'add-sheet', sheet }];
  const put = (r: number, c: number, value: CellValue, style?: CellStyle) => {
    if (value === null || value === '') return;
    changes.push({ kind: 'cell', sheet, address: toA1(r, c), value, ...(style ? { style } : {}), previous: { value: null, formula: null } });
  };

  put(0, 0, CARRY_FORWARD_SHEET, BOLD);
  put(1, 0, form.year ? `（${form.year}年度）` : '（    年度）');
  put(2, 0, '项目名称');
  put(2, 1, form.projectName);
  put(3, 0, '主管部门');
  put(3, 1, form.department);
  put(3, 4, '实施单位');
  put(3, 5, form.implementer);

  let r = 4;
  put(r, 0, '项目资金（万元）', BOLD);
  FUNDS_HEADERS.forEach((h, i) => put(r, 2 + i, h, BOLD));
  for (const f of form.funds) {
    r += 1;
    put(r, 1, f.label);
    if (f.initial?.ok) put(r, 2, f.initial.value.toNumber(), { numberFormat: '0.00' });
    if (f.budget?.ok) put(r, 3, f.budget.value.toNumber(), { numberFormat: '0.00' });
    if (f.isTotal) put(r, 5, 10);
  }
  r += 1;
  put(r, 0, '年度总体目标', BOLD);
  put(r, 1, '预期目标', BOLD);
  put(r, 5, '实际完成情况', BOLD);
  r += 2;
  HEADERS.forEach((h, i) => put(r, i, h, BOLD));
  let level1 = '';
  let level2 = '';
  for (const o of form.indicators) {
    r += 1;
    // level names once per group, as the national form prints them
    if (o.level1 !== level1) put(r, 0, o.level1);
    if (o.level2 !== level2 || o.level1 !== level1) put(r, 1, o.level2);
    level1 = o.level1;
    level2 = o.level2;
    put(r, 2, o.name);
    put(r, 3, o.targetText);
  }
  r += 1;
  put(r, 0, '总分', BOLD);
  WIDTHS.forEach((width, column) => changes.push({ kind: 'column-width', sheet, column, width }));

  const settings = readSettings(snapshot);
  changes.push(...settingsChanges(snapshot, { ...settings, ownedSheets: [...settings.ownedSheets, sheet] }));
  return {
    title: `生成年终自评表（新建“${sheet}”工作表：${form.indicators.length} 项指标及年度指标值取自“${form.sheet}”；全年执行数、实际完成值、分值、得分待填写）`,
    changes,
    basis: monitorBasis(snapshot, result),
  };
}
