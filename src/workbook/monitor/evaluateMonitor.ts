import { percent, roundHalfUp, wan, type Dec } from '../../engine/decimal';
import { equalZeroLight, fundsLight, LIGHT_NAMES, positiveLight, qualitativeLight, reverseLight, worstLight, type FundsLight, type IndicatorLight, type Light, type LightThresholds } from '../../engine/monitoring';
import { qualitativeGrade } from '../../engine/rules';
import { pairIndicatorValues, readCell } from '../read';
import type { FundsRow, IndicatorRowRead, MonitorForm } from './monitorForm.types';
import type { MonitorFinding } from './monitorFinding';

/** A monitoring form with its lights worked out: the funds total's, each indicator's and the project's. */

export interface FundsOutcome {
  row: FundsRow;
  budget: Dec | null;
  executed: Dec | null;
  forecast: Dec | null;
  /** which column the budget came from: 全年预算数, else 年初预算数 */
  budgetColumn: '全年预算数' | '年初预算数' | null;
  light: FundsLight | null;
}

export interface IndicatorOutcome {
  row: IndicatorRowRead;
  light: Light | null;
  detail: IndicatorLight | null;
  /** 1–N月 completion and the target in one unit, for quantitative rows */
  progress: Dec | null;
  target: Dec | null;
  unit: string;
  /** whether 全年预计完成情况 meets the target; null when it cannot be told */
  forecastMeets: boolean | null;
  /** deviation from the pro-rata target at or above the threshold (or a qualitative row not 达成) */
  deviates: boolean;
  /** why there is no light, when there is none */
  why: string | null;
}

export interface MonitorResult {
  form: MonitorForm;
  thresholds: LightThresholds;
  funds: FundsOutcome | null;
  indicators: IndicatorOutcome[];
  /** the worst indicator light; null when no indicator has one */
  projectLight: Light | null;
  findings: MonitorFinding[];
}

/** A figure with its unit as the form prints it: 58.33%, 291.67人次, 4.80万元. */
export function quantityText(value: Dec, unit: string): string {
  if (unit === '%') return percent(value);
  if (unit === '万元') return wan(value);
  return `${roundHalfUp(value).toString()}${unit}`;
}

function forecastMeets(row: IndicatorRowRead, direction: string, target: Dec | null): boolean | null {
  if (!row.forecastText) return null;
  if (row.target === null || row.target.kind === 'qualitative' || target === null) {
    const grade = qualitativeGrade(row.forecastText);
    return grade === null ? null : grade === '达成';
  }
  const forecast = readCell(row.forecastText);
  if (!forecast.ok || forecast.kind === 'text' || forecast.kind === 'flag') {
    const grade = qualitativeGrade(row.forecastText);
    return grade === null ? null : grade === '达成';
  }
  const pair = pairIndicatorValues(row.target.parsed, forecast);
  if (!pair.ok) return null;
  if (direction === 'reverse') return pair.actual.lessThanOrEqualTo(pair.target);
  if (direction === 'equal' && pair.target.isZero()) return pair.actual.lessThanOrEqualTo(0);
  return pair.actual.greaterThanOrEqualTo(pair.target);
}

function evaluateIndicator(row: IndicatorRowRead, month: number, t: LightThresholds): IndicatorOutcome {
  const none = (why: string, meets: boolean | null = null): IndicatorOutcome => ({ row, light: null, detail: null, progress: null, target: null, unit: '', forecastMeets: meets, deviates: false, why });
  if (row.target === null) return none('未填写年度指标值');
  if (row.target.kind === 'qualitative') {
    const meets = forecastMeets(row, 'qualitative', null);
    if (!row.progressText) return none(`未填写1-${month}月执行情况`, meets);
    const grade = qualitativeGrade(row.progressText);
    if (grade === null) return none(`1-${month}月执行情况“${row.progressText}”无法归入达成、部分达成或未达成`, meets);
    const detail = qualitativeLight(grade);
    return { row, light: detail.light, detail, progress: null, target: null, unit: '', forecastMeets: meets, deviates: grade !== '达成', why: null };
  }
  const direction = row.target.direction;
  const meets = forecastMeets(row, direction, row.target.value);
  if (!row.progressText) return none(`未填写1-${month}月执行情况`, meets);
  const actual = readCell(row.progressText);
  if (!actual.ok || actual.kind === 'text' || actual.kind === 'flag') return none(`1-${month}月执行情况“${row.progressText}”不是数值，无法与年度指标值“${row.targetText}”比较`, meets);
  const pair = pairIndicatorValues(row.target.parsed, actual);
  if (!pair.ok) {
    return none(pair.mismatch ? `1-${month}月执行情况的单位“${pair.actualUnit}”与年度指标值的单位“${pair.targetUnit}”不同` : pair.message, meets);
  }
  let detail: IndicatorLight | null;
  if (direction === 'reverse') detail = reverseLight(pair.actual, pair.target);
  else if (direction === 'equal' && pair.target.isZero()) detail = equalZeroLight(pair.actual);
  else detail = positiveLight(pair.actual, pair.target, month, t);
  if (detail === null) return none(`年度指标值“${row.targetText}”为 0，无法按序时折算`, meets);
  const deviates = 'deviation' in detail && detail.deviation.greaterThanOrEqualTo(t.deviation);
  return { row, light: detail.light, detail, progress: pair.actual, target: pair.target, unit: pair.unit, forecastMeets: meets, deviates, why: null };
}

function evaluateFunds(form: MonitorForm, t: LightThresholds): FundsOutcome | null {
  const row = form.funds.find((f) => f.isTotal) ?? form.funds[0];
  if (!row) return null;
  const value = (n: FundsRow['budget']) => (n && n.ok ? n.value : null);
  const fromBudget = value(row.budget);
  const budget = fromBudget ?? value(row.initial);
  const executed = value(row.executed);
  const light = budget !== null && executed !== null ? fundsLight(executed, budget, form.month, t) : null;
  return { row, budget, executed, forecast: value(row.forecast), budgetColumn: fromBudget !== null ? '全年预算数' : budget !== null ? '年初预算数' : null, light };
}

/** What the light of a row rests on, in words: "1-7月完成 480人次，序时目标 291.67人次，完成序时目标的 164.57%". */
export function lightBasisText(o: IndicatorOutcome, month: number): string {
  const d = o.detail;
  if (d === null) return o.why ?? '';
  switch (d.kind) {
    case 'positive':
      return `1-${month}月完成${quantityText(o.progress!, o.unit)}，序时目标为年度指标值的${month}/12即${quantityText(d.proRataTarget, o.unit)}，完成序时目标的${percent(d.ratio)}`;
    case 'reverse':
      return `1-${month}月为${quantityText(o.progress!, o.unit)}，${d.light === 'green' ? '未超过' : '超过'}年度指标值${quantityText(o.target!, o.unit)}`;
    case 'equal-zero':
      return `1-${month}月为${quantityText(o.progress!, o.unit)}，年度指标值为 0`;
    case 'qualitative':
      return `1-${month}月执行情况为“${o.row.progressText}”（${d.grade}）`;
  }
}

export function fundsBasisText(f: FundsOutcome, month: number): string {
  if (!f.light || f.budget === null || f.executed === null) return '';
  return `${f.budgetColumn}${wan(f.budget)}，1-${month}月执行${wan(f.executed)}，执行率${percent(f.light.executionRate)}，序时进度${percent(f.light.elapsed)}，执行率为序时进度的${percent(f.light.ratio)}`;
}

function hasCause(row: IndicatorRowRead): boolean {
  return row.cause.categories.length > 0 || row.cause.explanation !== '';
}

function findingsOf(form: MonitorForm, funds: FundsOutcome | null, indicators: IndicatorOutcome[], t: LightThresholds): MonitorFinding[] {
  const out: MonitorFinding[] = [];
  const sheet = form.sheet;
  const at = (address: string) => `${sheet}!${address}`;
  for (const f of form.funds) {
    for (const n of [f.initial, f.budget, f.executed, f.rate, f.forecast]) {
      if (n && !n.ok) out.push({ code: 'MONITOR_UNREADABLE', severity: 'warning', sheet, address: n.address, message: `${at(n.address)}：“${f.label}”的“${n.text}”无法识别（${n.message}）` });
    }
    const budget = f.budget?.ok ? f.budget.value : f.initial?.ok ? f.initial.value : null;
    if (f.forecast?.ok && budget !== null && budget.greaterThan(0) && f.forecast.value.greaterThan(budget)) {
      out.push({
        code: 'MONITOR_FORECAST_OVER_BUDGET',
        severity: 'error',
        sheet,
        address: f.forecast.address,
        message: `${at(f.forecast.address)}：“${f.label}”全年预计执行数${wan(f.forecast.value)}超过预算数${wan(budget)}（为预算的${percent(f.forecast.value.dividedBy(budget))}），全年执行不能超过预算`,
      });
    }
  }
  if (funds && funds.light === null) {
    const address = funds.row.executed?.address ?? funds.row.budget?.address ?? null;
    const state = (n: FundsRow['budget'], what: string) => (n && !n.ok ? `${what}无法识别` : `未填写${what}`);
    const why = funds.budget === null ? state(funds.row.budget ?? funds.row.initial, '预算数') : funds.executed === null ? state(funds.row.executed, `1-${form.month}月执行数`) : '预算数为 0';
    out.push({ code: 'MONITOR_UNREADABLE', severity: 'warning', sheet, address, message: `${address ? at(address) : sheet}：“${funds.row.label}”${why}，无法判断资金执行预警灯` });
  }
  if (funds?.light && funds.light.light === 'red' && funds.row.noteAddress && funds.row.note === '') {
    out.push({ code: 'MONITOR_RED_WITHOUT_CAUSE', severity: 'error', sheet, address: funds.row.noteAddress, message: `${at(funds.row.noteAddress)}：资金执行亮${LIGHT_NAMES.red}（${fundsBasisText(funds, form.month)}），未说明原因` });
  }
  for (const o of indicators) {
    const row = o.row;
    const name = `指标“${row.name}”`;
    if (o.light === null) {
      out.push({ code: 'MONITOR_UNREADABLE', severity: 'warning', sheet, address: row.progressAddress, message: `${at(row.progressAddress)}：${name}${o.why}，无法判断预警灯` });
    } else if (o.light === 'red' && !hasCause(row)) {
      out.push({ code: 'MONITOR_RED_WITHOUT_CAUSE', severity: 'error', sheet, address: row.causeAddress, message: `${at(row.causeAddress)}：${name}亮${LIGHT_NAMES.red}（${lightBasisText(o, form.month)}），未填写偏差原因` });
    } else if (o.deviates && !hasCause(row)) {
      const size = o.detail && 'deviation' in o.detail && o.detail.kind === 'positive' ? `偏离序时目标${percent(o.detail.deviation)}，达到${percent(t.deviation)}的提醒线` : '未完全达成';
      out.push({ code: 'MONITOR_DEVIATION_WITHOUT_CAUSE', severity: 'warning', sheet, address: row.causeAddress, message: `${at(row.causeAddress)}：${name}${size}（${lightBasisText(o, form.month)}），未填写偏差原因` });
    }
    if (row.likelihoodAmbiguous) {
      out.push({ code: 'MONITOR_LIKELIHOOD_MISSING', severity: 'warning', sheet, address: row.likelihoodAddress, message: `${at(row.likelihoodAddress)}：${name}的完成目标可能性勾选了不止一项，应只选一项` });
    } else if (row.likelihood === null) {
      out.push({ code: 'MONITOR_LIKELIHOOD_MISSING', severity: 'info', sheet, address: row.likelihoodAddress, message: `${at(row.likelihoodAddress)}：${name}未选择完成目标可能性（确定能、有可能、完全不可能）` });
    } else if (o.forecastMeets === true && row.likelihood === '完全不可能') {
      out.push({ code: 'MONITOR_LIKELIHOOD_CONTRADICTS', severity: 'warning', sheet, address: row.likelihoodAddress, message: `${at(row.likelihoodAddress)}：${name}全年预计完成“${row.forecastText}”可达到年度指标值“${row.targetText}”，完成目标可能性却选“完全不可能”` });
    } else if (o.forecastMeets === false && row.likelihood === '确定能') {
      out.push({ code: 'MONITOR_LIKELIHOOD_CONTRADICTS', severity: 'warning', sheet, address: row.likelihoodAddress, message: `${at(row.likelihoodAddress)}：${name}全年预计完成“${row.forecastText}”达不到年度指标值“${row.targetText}”，完成目标可能性却选“确定能”` });
    }
  }
  return out;
}

/** Lights and findings of a form read by readMonitorForm, by the thresholds given. */
export function evaluateMonitor(form: MonitorForm, thresholds: LightThresholds, settingProblems: readonly string[] = []): MonitorResult {
  const funds = evaluateFunds(form, thresholds);
  const indicators = form.indicators.map((row) => evaluateIndicator(row, form.month, thresholds));
  const projectLight = worstLight(indicators.flatMap((o) => (o.light ? [o.light] : [])));
  const findings: MonitorFinding[] = settingProblems.map((message) => ({ code: 'MONITOR_SETTING_IGNORED', severity: 'warning', sheet: '_perfscore', address: null, message }));
  findings.push(...findingsOf(form, funds, indicators, thresholds));
  return { form, thresholds, funds, indicators, projectLight, findings };
}
