import { percent, wan } from '../../../engine/decimal';
import { LIGHT_NAMES, type Light } from '../../../engine/monitoring';
import { lightBasisText, type MonitorResult } from '../../../workbook/monitor';
import { SEVERITY_NAMES } from '../../../workbook';

/** What `perfscore monitor` prints for one workbook: the month and where it came from, the lights, the findings. */

const MONTH_SOURCE: Record<MonitorResult['form']['monthSource'], string> = {
  form: '月份取自表头',
  given: '月份由 --month 指定',
  default: '表中未写明月份，按默认',
};

const lightText = (light: Light | null) => (light ? LIGHT_NAMES[light] : '无法判断');

export function monitorText(file: string, result: MonitorResult): string {
  const { form, funds } = result;
  const lines: string[] = [];
  lines.push(`${file}：${form.projectName || form.sheet}（工作表“${form.sheet}”，1-${form.month}月，${MONTH_SOURCE[form.monthSource]}）`);
  for (const note of form.notes) lines.push(`  说明：${note}`);
  if (funds?.light && funds.budget !== null && funds.executed !== null) {
    lines.push(
      `  资金执行  ${LIGHT_NAMES[funds.light.light]}  ${funds.budgetColumn}${wan(funds.budget)}，1-${form.month}月执行${wan(funds.executed)}，执行率${percent(funds.light.executionRate)}，序时进度${percent(funds.light.elapsed)}，为序时进度的${percent(funds.light.ratio)}`,
    );
  } else if (funds) lines.push('  资金执行  无法判断');
  for (const o of result.indicators) lines.push(`  ${lightText(o.light)}  ${o.row.name}（${o.row.targetText || '未填指标值'}）：${lightBasisText(o, form.month)}`);
  lines.push(`  项目预警灯：${lightText(result.projectLight)}（按最差指标）`);
  if (result.findings.length === 0) lines.push('  检查提示：无');
  else {
    lines.push(`  检查提示（${result.findings.length}）：`);
    for (const f of result.findings) lines.push(`    [${SEVERITY_NAMES[f.severity]}] ${f.message}`);
  }
  return `${lines.join('\n')}\n`;
}
