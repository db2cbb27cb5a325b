import { percent, wan } from '../../engine/decimal';
import { LIGHT_NAMES, type Light } from '../../engine/monitoring';
import { numeral, type Paragraph } from '../../engine/narrative';
import type { MonitorResult } from './evaluateMonitor';
import { lightBasisText } from './evaluateMonitor';
import { LIKELIHOODS } from './monitorForm.types';

/**
 * The 监控报告's paragraphs, in the house style of the 自评报告 (domain.md §7): the unit in the first
 * person plural (我单位), figures with units and 2 decimals, lists as 一是…二是…. Every figure comes from
 * the form or from the lights worked out from it.
 */

const ORDER: Light[] = ['green', 'blue', 'yellow', 'red'];

function listed(items: string[]): string {
  return items.map((t, i) => `${numeral(i + 1)}是${t}`).join('；');
}

export function monitorReportTitle(result: MonitorResult): string {
  const { form } = result;
  return `${form.projectName || '项目'}${form.year ? `${form.year}年` : ''}1-${form.month}月绩效运行监控报告`;
}

export function monitorParagraphs(result: MonitorResult): Paragraph[] {
  const { form, funds, indicators } = result;
  const sheet = form.sheet;
  const cell = (address: string) => `${sheet}!${address}`;
  const out: Paragraph[] = [];
  const project = form.projectName ? `${form.projectName}` : '该项目';
  const period = `${form.year ? `${form.year}年` : ''}1-${form.month}月`;

  if (funds?.light && funds.budget !== null && funds.executed !== null) {
    const initial = funds.row.initial?.ok ? `年初预算${wan(funds.row.initial.value)}，` : '';
    const budget = funds.budgetColumn === '全年预算数' ? `全年预算${wan(funds.budget)}` : `预算${wan(funds.budget)}`;
    let text = `${period}，我单位${project}${initial}${budget}，1-${form.month}月执行${wan(funds.executed)}，执行率${percent(funds.light.executionRate)}，序时进度${percent(funds.light.elapsed)}，执行率为序时进度的${percent(funds.light.ratio)}，资金执行亮${LIGHT_NAMES[funds.light.light]}。`;
    if (funds.forecast !== null) text += `全年预计执行${wan(funds.forecast)}，占全年预算的${percent(funds.forecast.dividedBy(funds.budget))}。`;
    const cells = [funds.row.budget?.address, funds.row.executed?.address, funds.row.forecast?.address].flatMap((a) => (a ? [cell(a)] : []));
    out.push({ section: '资金执行情况', text, cells });
  }

  const counted = ORDER.map((l) => [l, indicators.filter((o) => o.light === l).length] as const).filter(([, n]) => n > 0);
  const unknown = indicators.filter((o) => o.light === null).length;
  let summary = `项目共设绩效指标${indicators.length}项，1-${form.month}月${counted.map(([l, n]) => `亮${LIGHT_NAMES[l]}${n}项`).join('、')}`;
  if (unknown > 0) summary += `，${unknown}项无法判断`;
  summary += result.projectLight ? `；按最差指标计，项目绩效目标执行亮${LIGHT_NAMES[result.projectLight]}。` : '。';
  out.push({ section: '绩效目标执行情况', text: summary, cells: indicators.map((o) => cell(o.row.progressAddress)) });
  const lagging = indicators.filter((o) => o.light === 'red' || o.light === 'yellow' || o.light === 'blue');
  if (lagging.length > 0) {
    const items = lagging.map((o) => `${o.row.name}（年度指标值${o.row.targetText}），${lightBasisText(o, form.month)}，亮${LIGHT_NAMES[o.light!]}`);
    out.push({ section: '绩效目标执行情况', text: `需关注的指标：${listed(items)}。`, cells: lagging.map((o) => cell(o.row.progressAddress)) });
  }

  const explained = indicators.filter((o) => o.row.cause.categories.length > 0 || o.row.cause.explanation !== '');
  if (explained.length > 0) {
    const items = explained.map((o) => {
      const kinds = o.row.cause.categories.length > 0 ? `属${o.row.cause.categories.join('、')}方面` : '';
      const why = o.row.cause.explanation.replace(/[。；;，,\s]+$/, '');
      return `${o.row.name}${kinds}${kinds && why ? '，' : ''}${why}`;
    });
    out.push({ section: '偏差原因分析', text: `${listed(items)}。`, cells: explained.map((o) => cell(o.row.causeAddress)) });
  }
  const unexplained = indicators.filter((o) => (o.light === 'red' || o.deviates) && o.row.cause.categories.length === 0 && o.row.cause.explanation === '');
  if (unexplained.length > 0) {
    out.push({ section: '偏差原因分析', text: `${unexplained.map((o) => o.row.name).join('、')}偏离目标，尚未说明原因，需补充。`, cells: unexplained.map((o) => cell(o.row.causeAddress)) });
  }

  const byLikelihood = LIKELIHOODS.map((l) => [l, indicators.filter((o) => o.row.likelihood === l).length] as const).filter(([, n]) => n > 0);
  const unmarked = indicators.filter((o) => o.row.likelihood === null).length;
  if (byLikelihood.length > 0 || unmarked > 0) {
    const parts = byLikelihood.map(([l, n]) => `${l}完成${n}项`);
    if (unmarked > 0) parts.push(`未选择${unmarked}项`);
    out.push({ section: '全年目标完成预计', text: `对照全年预计完成情况，年度绩效目标${parts.join('、')}。`, cells: indicators.map((o) => cell(o.row.likelihoodAddress)) });
  }

  for (const f of result.findings) out.push({ section: '检查提示', text: f.message, cells: f.address ? [cell(f.address)] : [] });
  return out;
}
