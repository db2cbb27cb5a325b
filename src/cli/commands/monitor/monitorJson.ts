import { fixed, type Dec } from '../../../engine/decimal';
import { LIGHT_NAMES, type Light } from '../../../engine/monitoring';
import type { MonitorResult } from '../../../workbook/monitor';

/**
 * The JSON of a monitoring run, a stable contract: amounts in 万元 and rates in percent as decimal
 * strings with two places, lights as their code and Chinese name, every finding with its sheet and cell.
 */

export const MONITOR_JSON_VERSION = 1;

const money = (v: Dec | null) => (v === null ? null : fixed(v));
const pct = (v: Dec | null | undefined) => (v === null || v === undefined ? null : fixed(v.times(100)));
const light = (l: Light | null) => (l === null ? null : { code: l, name: LIGHT_NAMES[l] });

export function monitorJson(result: MonitorResult) {
  const { form, funds } = result;
  return {
    sheet: form.sheet,
    range: form.range,
    projectName: form.projectName,
    year: form.year,
    month: form.month,
    monthSource: form.monthSource,
    notes: form.notes,
    funds: funds && {
      label: funds.row.label,
      budgetColumn: funds.budgetColumn,
      budget: money(funds.budget),
      executed: money(funds.executed),
      forecast: money(funds.forecast),
      executionRatePercent: pct(funds.light?.executionRate),
      elapsedPercent: pct(funds.light?.elapsed),
      ratioPercent: pct(funds.light?.ratio),
      light: light(funds.light?.light ?? null),
    },
    indicators: result.indicators.map((o) => ({
      level1: o.row.level1,
      level2: o.row.level2,
      name: o.row.name,
      cell: `${form.sheet}!${o.row.progressAddress}`,
      target: o.row.targetText,
      progress: o.row.progressText,
      forecast: o.row.forecastText,
      kind: o.detail?.kind ?? null,
      ratioPercent: o.detail?.kind === 'positive' ? pct(o.detail.ratio) : null,
      light: light(o.light),
      deviates: o.deviates,
      forecastMeetsTarget: o.forecastMeets,
      causeCategories: o.row.cause.categories,
      causeExplanation: o.row.cause.explanation,
      likelihood: o.row.likelihood,
      why: o.why,
    })),
    projectLight: light(result.projectLight),
    findings: result.findings.map((f) => ({ code: f.code, severity: f.severity, sheet: f.sheet, address: f.address, message: f.message })),
  };
}
